import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { EVENT_HANDLERS, type EventHandler } from './event-handler';
import { EventWorkersService } from './event-workers.service';
import { QueueProducerService } from './queue-producer.service';

export interface WorkerRuntimeOptions {
  /** Modules that provide (and export) the handlers. */
  imports: ModuleMetadata['imports'];
  /** Every event handler; the worker refuses to start if an event has none or two. */
  handlers: Array<Type<EventHandler>>;
}

/** The worker's machinery: the outbox relay, the queue producers it feeds, and the BullMQ workers. */
@Module({})
export class WorkerRuntimeModule {
  static forHandlers(options: WorkerRuntimeOptions): DynamicModule {
    return {
      module: WorkerRuntimeModule,
      imports: options.imports,
      providers: [
        QueueProducerService,
        OutboxRelayService,
        EventWorkersService,
        {
          provide: EVENT_HANDLERS,
          inject: options.handlers,
          useFactory: (...handlers: EventHandler[]) => handlers,
        },
      ],
      exports: [OutboxRelayService, QueueProducerService],
    };
  }
}
