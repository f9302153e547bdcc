import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { QueueProducerService } from '../queues/queue-producer.service';
import type { DomainEventPayloads, DomainEventType } from './domain-events';

const MAX_BACKOFF_MS = 30_000;

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Queue did not accept the events within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface PendingRow {
  id: string;
  event_type: DomainEventType;
  payload: DomainEventPayloads[DomainEventType];
}

/**
 * Moves committed outbox rows to their BullMQ queues and marks them sent.
 *
 * Every worker process runs a relay. Rows are claimed with FOR UPDATE SKIP LOCKED inside a
 * transaction that also marks them sent, so two relays never hand over the same batch; if Redis
 * refuses the batch, the transaction rolls back and the rows wait for the next round (with
 * backoff). A crash after enqueueing but before commit re-sends the batch: the job id is derived
 * from the outbox id, and handlers are idempotent, so the repeat is harmless.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private consecutiveFailures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly producer: QueueProducerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relays one batch; returns how many events were handed over. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (transaction) => {
      const rows: PendingRow[] = await transaction.query(
        `SELECT id, event_type, payload FROM outbox
          WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.OUTBOX_BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      // A queue first used while Redis is down waits for it to come back; the timeout turns that
      // wait into a failed round, so the rows are released and the relay backs off.
      await withTimeout(
        this.producer.enqueueEvents(
          rows.map((row) => ({
            eventId: String(row.id),
            eventType: row.event_type,
            payload: row.payload,
          })),
        ),
        this.config.OUTBOX_ENQUEUE_TIMEOUT_MS,
      );
      await transaction.query(
        `UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1)`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = undefined));
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let delay = this.config.OUTBOX_POLL_INTERVAL_MS;
    try {
      const relayed = await this.relayBatch();
      this.consecutiveFailures = 0;
      // A full batch suggests more are waiting: go again at once.
      if (relayed === this.config.OUTBOX_BATCH_SIZE) delay = 0;
    } catch (error) {
      this.consecutiveFailures += 1;
      delay = Math.min(
        MAX_BACKOFF_MS,
        this.config.OUTBOX_POLL_INTERVAL_MS * 2 ** this.consecutiveFailures,
      );
      this.logger.warn(
        { err: error, retryInMs: delay },
        'Outbox relay failed; events stay pending',
      );
      await this.recordFailure(error).catch(() => undefined);
    }
    this.schedule(delay);
  }

  /** Notes the failure on the oldest pending rows, so an operator can see why events wait. */
  private async recordFailure(error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.dataSource.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $2
        WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)`,
      [this.config.OUTBOX_BATCH_SIZE, message.slice(0, 1000)],
    );
  }
}
