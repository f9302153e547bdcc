import { VAT_RECORDS_START } from '../markets/market-data';
import { MEMBER_STATE_CODES } from '../markets/market.types';
import { findMarket } from '../markets/markets';
import { isInForce, vatRatesOn } from '../markets/vat-rates';
import type { TaxCategoryRate } from './tax-categories';
import { TAX_CATEGORY_RATES } from './tax-category-rates';
import { vatIncluded, vatRateFor } from './vat-for-goods';

describe('vatRateFor', () => {
  it.each([
    ['DE', 'books', '2026-11-26', 7],
    ['FR', 'books', '2026-11-26', 5.5],
    ['DE', 'standard', '2026-11-26', 19],
    ['FI', 'food', '2025-12-31', 14],
    ['FI', 'food', '2026-01-01', 13.5],
    ['AT', 'food', '2026-06-30', 10],
    ['AT', 'food', '2026-07-01', 4.9],
    ['IE', 'childrens_clothing', '2026-11-26', 0],
    ['RO', 'books', '2025-08-01', 11],
    // Spain's basic foods: 0 % until September 2024, 2 % for the last quarter, then 4 %.
    ['ES', 'food', '2024-09-30', 0],
    ['ES', 'food', '2024-10-01', 2],
    ['ES', 'food', '2024-12-31', 2],
    ['ES', 'food', '2025-01-01', 4],
  ] as const)('%s %s on %s: %d %%', (market, category, date, expected) => {
    expect(vatRateFor(market, category, date)).toBe(expected);
  });

  it('applies the standard rate where no reduced rate is recorded', () => {
    expect(vatRateFor('DK', 'books', '2026-11-26')).toBe(25);
  });
});

describe('vatIncluded', () => {
  it.each([
    [1999, 19, 319], // 1999 × 19 / 119 = 319.16
    [1070, 7, 70], // exactly 70
    [1000, 25.5, 203], // 203.19
    [105, 5, 5], // 5.0
    [21, 5, 1], // 1.0
    [31, 5, 1], // 1.476 -> 1
    [32, 5, 2], // 1.5238 -> 2
    [0, 21, 0],
  ])('%d incl. %d %% VAT contains %d', (amount, rate, vat) => {
    expect(vatIncluded(amount, rate)).toBe(vat);
  });

  it('rounds an exact half up', () => {
    // 3 × 100 % / 200 % = 1.5 minor units -> 2
    expect(vatIncluded(3, 100)).toBe(2);
    // 1 × 100 % / 200 % = 0.5 -> 1
    expect(vatIncluded(1, 100)).toBe(1);
  });
});

describe('TAX_CATEGORY_RATES', () => {
  /** The first day of each record and the day before its end, from the start of the records on. */
  function datesOf(rate: TaxCategoryRate): string[] {
    const start = rate.from && rate.from > VAT_RECORDS_START ? rate.from : VAT_RECORDS_START;
    const dates = [start, '2026-12-01'];
    if (rate.to) {
      const dayBefore = new Date(`${rate.to}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      dates.push(dayBefore.toISOString().slice(0, 10));
    }
    return dates.filter((date) => isInForce(rate, date));
  }

  it.each(MEMBER_STATE_CODES)(
    '%s uses only its own national rates (or zero) for tax categories',
    (code) => {
      const definition = findMarket(code)!;
      const strays = TAX_CATEGORY_RATES[code].flatMap((rate) =>
        datesOf(rate)
          .filter((date) => {
            const inForce = vatRatesOn(definition, date).details.map((detail) => detail.percent);
            return rate.percent !== 0 && !inForce.includes(rate.percent);
          })
          .map((date) => `${rate.taxCategory} ${rate.percent} % on ${date}`),
      );
      expect(strays).toEqual([]);
    },
  );
});
