import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { DomainEventType } from '../outbox/domain-events';
import { createRedisConnection } from '../redis/redis-connection';
import {
  EVENT_QUEUES,
  JOB_OPTIONS,
  eventJobId,
  type EventJobData,
  type QueueName,
} from './queue-catalog';

export interface EventToEnqueue {
  eventId: string;
  eventType: DomainEventType;
  payload: EventJobData['payload'];
}

/**
 * Adds event jobs to their queues. Its connection fails fast while Redis is down, so the outbox
 * relay learns of it and retries later instead of hanging.
 */
@Injectable()
export class QueueProducerService implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'command');
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.REDIS_PREFIX,
        defaultJobOptions: JOB_OPTIONS[name],
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueueEvents(events: readonly EventToEnqueue[]): Promise<void> {
    const byQueue = new Map<QueueName, EventToEnqueue[]>();
    for (const event of events) {
      const name = EVENT_QUEUES[event.eventType];
      byQueue.set(name, [...(byQueue.get(name) ?? []), event]);
    }
    for (const [name, batch] of byQueue) {
      await this.queue(name).addBulk(
        batch.map((event) => ({
          name: event.eventType,
          data: { eventId: event.eventId, payload: event.payload } satisfies EventJobData,
          opts: { ...JOB_OPTIONS[name], jobId: eventJobId(event.eventId) },
        })),
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
