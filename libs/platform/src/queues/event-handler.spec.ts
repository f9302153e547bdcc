import { DOMAIN_EVENT_TYPES, type DomainEventType } from '../outbox/domain-events';
import { indexEventHandlers, type EventHandler } from './event-handler';

const handler = (eventType: DomainEventType): EventHandler => ({
  eventType,
  handle: () => Promise.resolve(),
});
const oneEach = () => DOMAIN_EVENT_TYPES.map(handler);

describe('indexEventHandlers', () => {
  it('indexes one handler per event type', () => {
    const handlers = oneEach();
    const index = indexEventHandlers(handlers);
    expect(index.get('user.registered')).toBe(handlers[0]);
    expect(index.size).toBe(DOMAIN_EVENT_TYPES.length);
  });

  it('refuses an event without a handler', () => {
    expect(() =>
      indexEventHandlers(oneEach().filter((h) => h.eventType !== 'vendor.vat-id-changed')),
    ).toThrow('No handler for event(s): vendor.vat-id-changed');
  });

  it('refuses two handlers for one event', () => {
    expect(() => indexEventHandlers([...oneEach(), handler('user.registered')])).toThrow(
      'Two handlers for event user.registered',
    );
  });
});
