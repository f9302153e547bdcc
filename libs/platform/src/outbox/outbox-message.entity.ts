import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DomainEventPayloads, DomainEventType } from './domain-events';

/**
 * A domain event written in the same transaction as the change that raised it, waiting for the
 * worker's relay to hand it to its queue. `sentAt` is set once the queue has accepted it.
 */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  /** Increasing id: the relay hands events over in the order they were committed (roughly). */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: DomainEventType;

  @Column({ type: 'jsonb' })
  payload!: DomainEventPayloads[DomainEventType];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
