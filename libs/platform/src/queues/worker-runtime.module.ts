import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { WelcomeNotificationHandler } from '../notifications/welcome-notification.handler';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { EVENT_HANDLERS } from './event-handler';
import { EventWorkersService } from './event-workers.service';
import { QueueProducerService } from './queue-producer.service';

/**
 * The worker's machinery: the outbox relay, the queue producers it feeds, and the BullMQ workers
 * with every event handler. A new handler is added to EVENT_HANDLERS here.
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    QueueProducerService,
    OutboxRelayService,
    EventWorkersService,
    {
      provide: EVENT_HANDLERS,
      inject: [WelcomeNotificationHandler],
      useFactory: (...handlers: unknown[]) => handlers,
    },
  ],
  exports: [OutboxRelayService, QueueProducerService],
})
export class WorkerRuntimeModule {}
