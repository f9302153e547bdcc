import type { DomainEventPayloads, DomainEventType } from '../outbox/domain-events';
import { DOMAIN_EVENT_TYPES } from '../outbox/domain-events';

export interface EventDelivery {
  eventId: string;
  attempt: number;
}

/**
 * Reacts to one event type. Delivery is at least once, so a handler must be idempotent: it
 * re-reads state and treats "already done" and "no longer exists" as success.
 */
export interface EventHandler<T extends DomainEventType = DomainEventType> {
  readonly eventType: T;
  handle(payload: DomainEventPayloads[T], delivery: EventDelivery): Promise<void>;
}

export const EVENT_HANDLERS = Symbol('EVENT_HANDLERS');

/** Indexes handlers by event type, refusing a set where an event has no handler or two. */
export function indexEventHandlers(
  handlers: readonly EventHandler[],
): Map<DomainEventType, EventHandler> {
  const index = new Map<DomainEventType, EventHandler>();
  for (const handler of handlers) {
    if (index.has(handler.eventType)) {
      throw new Error(`Two handlers for event ${handler.eventType}`);
    }
    index.set(handler.eventType, handler);
  }
  const missing = DOMAIN_EVENT_TYPES.filter((type) => !index.has(type));
  if (missing.length > 0) {
    throw new Error(`No handler for event(s): ${missing.join(', ')}`);
  }
  return index;
}
