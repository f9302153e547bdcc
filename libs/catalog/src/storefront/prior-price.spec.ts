import { priorPrice } from './prior-price';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 24 * 3600 * 1000);

describe('priorPrice (Omnibus 30-day rule)', () => {
  it('shows nothing without a reduction', () => {
    expect(priorPrice([{ amount: 1000, recordedAt: day(0) }])).toBeUndefined();
    expect(
      priorPrice([
        { amount: 1000, recordedAt: day(0) },
        { amount: 1200, recordedAt: day(40) },
      ]),
    ).toBeUndefined();
  });

  it('shows the price before a reduction when it held for the whole 30 days', () => {
    expect(
      priorPrice([
        { amount: 1000, recordedAt: day(0) },
        { amount: 800, recordedAt: day(40) },
      ]),
    ).toBe(1000);
  });

  it('shows the lowest price of the 30 days, not the last one (no inflate-then-discount)', () => {
    const history = [
      { amount: 900, recordedAt: day(0) },
      { amount: 1500, recordedAt: day(35) }, // raised shortly before the "sale"
      { amount: 1200, recordedAt: day(45) },
    ];
    expect(priorPrice(history)).toBe(900);
  });

  it('ignores prices that ended more than 30 days before the reduction', () => {
    const history = [
      { amount: 500, recordedAt: day(0) },
      { amount: 1000, recordedAt: day(10) },
      { amount: 800, recordedAt: day(60) },
    ];
    expect(priorPrice(history)).toBe(1000);
  });
});
