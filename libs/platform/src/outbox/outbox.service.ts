import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventPayloads, DomainEventType } from './domain-events';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Records domain events. Always called with the transaction's EntityManager: the event commits or
 * rolls back together with the change it describes, so no event is lost or sent for nothing.
 */
@Injectable()
export class OutboxService {
  async publish<T extends DomainEventType>(
    transaction: EntityManager,
    eventType: T,
    payload: DomainEventPayloads[T],
  ): Promise<void> {
    if (!transaction.queryRunner?.isTransactionActive) {
      throw new Error(`Outbox event ${eventType} must be published inside a transaction`);
    }
    await transaction.insert(OutboxMessage, { eventType, payload });
  }
}
