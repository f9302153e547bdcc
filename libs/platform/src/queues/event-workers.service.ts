import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { DomainEventType } from '../outbox/domain-events';
import { createRedisConnection } from '../redis/redis-connection';
import { EVENT_HANDLERS, indexEventHandlers, type EventHandler } from './event-handler';
import { QUEUE_NAMES, type EventJobData } from './queue-catalog';

/**
 * Runs one BullMQ worker per queue and dispatches each job to the handler of its event type.
 * On shutdown, workers stop taking jobs and finish the ones in flight before the process exits.
 */
@Injectable()
export class EventWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventWorkersService.name);
  private readonly handlers: Map<DomainEventType, EventHandler>;
  private workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_HANDLERS) handlers: EventHandler[],
  ) {
    // Refuse to start with an event nobody handles or two handlers for one event.
    this.handlers = indexEventHandlers(handlers);
  }

  onApplicationBootstrap(): void {
    this.workers = QUEUE_NAMES.map((name) => {
      const connection = createRedisConnection(this.config.REDIS_URL, 'blocking-worker');
      this.connections.push(connection);
      const worker = new Worker<EventJobData>(name, (job) => this.process(job), {
        connection,
        prefix: this.config.REDIS_PREFIX,
        concurrency: this.config.WORKER_CONCURRENCY,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          { queue: name, jobId: job?.id, attempt: job?.attemptsMade, err: error },
          'Job failed',
        ),
      );
      worker.on('error', (error) =>
        this.logger.debug({ queue: name, err: error }, 'Worker connection error'),
      );
      return worker;
    });
  }

  private async process(job: Job<EventJobData>): Promise<void> {
    const handler = this.handlers.get(job.name as DomainEventType);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    await handler.handle(job.data.payload, {
      eventId: job.data.eventId,
      attempt: job.attemptsMade + 1,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connections.forEach((connection) => connection.disconnect());
  }
}
