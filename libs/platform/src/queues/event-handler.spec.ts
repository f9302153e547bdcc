import { indexEventHandlers, type EventHandler } from './event-handler';

const handler = (): EventHandler => ({
  eventType: 'user.registered',
  handle: () => Promise.resolve(),
});

describe('indexEventHandlers', () => {
  it('indexes one handler per event type', () => {
    const welcome = handler();
    expect(indexEventHandlers([welcome]).get('user.registered')).toBe(welcome);
  });

  it('refuses an event without a handler', () => {
    expect(() => indexEventHandlers([])).toThrow('No handler for event(s): user.registered');
  });

  it('refuses two handlers for one event', () => {
    expect(() => indexEventHandlers([handler(), handler()])).toThrow(
      'Two handlers for event user.registered',
    );
  });
});
