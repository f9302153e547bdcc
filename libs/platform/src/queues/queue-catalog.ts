import type { JobsOptions } from 'bullmq';
import type { DomainEventPayloads, DomainEventType } from '../outbox/domain-events';

/** One queue per concern, so each has its own concurrency and can be paused alone. */
export const QUEUE_NAMES = ['notifications', 'verification', 'imports'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** The queue each domain event is delivered to; a job's name is its event type. */
export const EVENT_QUEUES: Readonly<Record<DomainEventType, QueueName>> = {
  'user.registered': 'notifications',
  'vendor.status-changed': 'notifications',
  'vendor.vat-id-changed': 'verification',
  'product.decided': 'notifications',
  'notice.received': 'notifications',
  'notice.handled': 'notifications',
  'complaint.resolved': 'notifications',
  'vendor-complaint.resolved': 'notifications',
  'offer-import.uploaded': 'imports',
};

/** What a job carries: the outbox id (for idempotency and tracing) and the event's payload. */
export interface EventJobData<T extends DomainEventType = DomainEventType> {
  eventId: string;
  payload: DomainEventPayloads[T];
}

/**
 * Job options per queue, in one place. Failed jobs are kept (removeOnFail: false) so an admin can
 * inspect and retry them after the last attempt.
 */
export const JOB_OPTIONS: Readonly<Record<QueueName, JobsOptions>> = {
  notifications: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: false,
  },
  // External registers (VIES) go down for hours: retry for about a day with growing gaps.
  verification: {
    attempts: 18,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: false,
  },
  // Long-running bulk jobs, kept apart so that they never hold up notifications. A retry resumes
  // after the last recorded batch.
  imports: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 5000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: false,
  },
};

/** BullMQ job ids must not be plain integers; this also keeps one job per outbox event. */
export function eventJobId(eventId: string): string {
  return `event-${eventId}`;
}
