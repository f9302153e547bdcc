import { isCalendarDate } from './is-calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2024-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '26-01-01',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
    '',
    20260101,
  ])('refuses %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});
