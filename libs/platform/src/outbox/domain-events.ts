/**
 * Every domain event and its payload. Payloads carry ids, never copies of rows: handlers re-read
 * the current state, so a late or repeated delivery acts on the truth.
 */
export interface DomainEventPayloads {
  'user.registered': { userId: string };
}

export type DomainEventType = keyof DomainEventPayloads;

export const DOMAIN_EVENT_TYPES = ['user.registered'] as const satisfies readonly DomainEventType[];
