import { MARKET_DEFINITIONS, VAT_RECORDS_START } from './market-data';
import { MEMBER_STATE_CODES, type CountryCode } from './market.types';
import { findMarket } from './markets';
import { currencyOn, todayIn, toBasisPoints, vatRatesOn } from './vat-rates';

function market(code: CountryCode) {
  const found = findMarket(code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
}

/** Every first of the month from the start of the records to the end of 2027. */
function monthlyDates(): string[] {
  const dates: string[] = [];
  for (let year = 2024; year <= 2027; year += 1) {
    for (let month = 1; month <= 12; month += 1)
      dates.push(`${year}-${String(month).padStart(2, '0')}-01`);
  }
  return dates;
}

describe('market data', () => {
  it('holds the 27 member states once each', () => {
    expect(MARKET_DEFINITIONS.map((m) => m.code).sort()).toEqual([...MEMBER_STATE_CODES].sort());
  });

  it.each(MEMBER_STATE_CODES)(
    '%s has exactly one standard rate and one currency on every covered date',
    (code) => {
      const definition = market(code);
      const boundaries = definition.vatRates
        .flatMap((r) => [r.from, r.to])
        .filter((d): d is string => !!d);
      for (const date of [...monthlyDates(), ...boundaries.filter((d) => d >= VAT_RECORDS_START)]) {
        const standards = definition.vatRates.filter(
          (r) => r.kind === 'standard' && (!r.from || r.from <= date) && (!r.to || date < r.to),
        );
        expect({ date, count: standards.length }).toEqual({ date, count: 1 });
        expect(() => currencyOn(definition, date)).not.toThrow();
      }
    },
  );

  it('keeps super-reduced rates below 5 % and reduced rates at 5 % or more (VAT Directive Art. 98, 110)', () => {
    for (const definition of MARKET_DEFINITIONS) {
      for (const record of definition.vatRates) {
        if (record.kind === 'superReduced') expect(record.percent).toBeLessThan(5);
        if (record.kind === 'reduced') expect(record.percent).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('uses EL as the VAT prefix for Greece and the ISO code elsewhere', () => {
    expect(market('GR').vatIdPrefix).toBe('EL');
    for (const definition of MARKET_DEFINITIONS.filter((m) => m.code !== 'GR')) {
      expect(definition.vatIdPrefix).toBe(definition.code);
    }
  });
});

describe('vatRatesOn', () => {
  it.each([
    // [country, date, standard, reduced]
    ['FI', '2024-08-31', 24, [10, 14]],
    ['FI', '2024-09-01', 25.5, [10, 14]],
    ['FI', '2025-12-31', 25.5, [10, 14]],
    ['FI', '2026-01-01', 25.5, [10, 13.5]],
    ['EE', '2024-06-01', 22, [5, 9]],
    ['EE', '2025-01-01', 22, [9, 13]],
    ['EE', '2025-06-30', 22, [9, 13]],
    ['EE', '2025-07-01', 24, [9, 13]],
    ['SK', '2024-12-31', 20, [5, 10]],
    ['SK', '2025-01-01', 23, [5, 19]],
    ['RO', '2025-07-31', 19, [5, 9]],
    ['RO', '2025-08-01', 21, [11]],
    ['CZ', '2024-01-01', 21, [12]],
    ['LT', '2025-12-31', 21, [5, 9]],
    ['LT', '2026-01-01', 21, [5, 12]],
    ['LU', '2024-01-01', 17, [8, 14]],
    ['DE', '2026-11-26', 19, [7]],
    ['FR', '2026-11-26', 20, [5.5, 10]],
    ['DK', '2026-11-26', 25, []],
    ['HU', '2026-11-26', 27, [5, 18]],
  ] as const)('%s on %s: standard %d, reduced %j', (code, date, standard, reduced) => {
    const rates = vatRatesOn(market(code), date);
    expect(rates.standard).toBe(standard);
    expect(rates.reduced).toEqual(reduced);
  });

  it('adds Austria’s 4.9 % super-reduced food rate from 2026-07-01', () => {
    expect(vatRatesOn(market('AT'), '2026-06-30').superReduced).toBeNull();
    expect(vatRatesOn(market('AT'), '2026-07-01').superReduced).toBe(4.9);
  });

  it('reports when the standard rate in force took effect', () => {
    expect(vatRatesOn(market('FI'), '2025-01-01').standardSince).toBe('2024-09-01');
    expect(vatRatesOn(market('EE'), '2025-07-01').standardSince).toBe('2025-07-01');
  });

  it('keeps rates of other kinds apart', () => {
    expect(vatRatesOn(market('LU'), '2026-01-01')).toMatchObject({ superReduced: 3, parking: 14 });
    expect(vatRatesOn(market('BE'), '2026-01-01')).toMatchObject({ reduced: [6, 12], parking: 12 });
  });
});

describe('currencyOn', () => {
  it('switches Bulgaria from the lev to the euro on 2026-01-01', () => {
    expect(currencyOn(market('BG'), '2025-12-31')).toBe('BGN');
    expect(currencyOn(market('BG'), '2026-01-01')).toBe('EUR');
  });

  it.each([
    ['CZ', 'CZK'],
    ['DK', 'DKK'],
    ['HU', 'HUF'],
    ['PL', 'PLN'],
    ['RO', 'RON'],
    ['SE', 'SEK'],
    ['HR', 'EUR'],
    ['DE', 'EUR'],
  ] as const)('%s pays in %s in 2026', (code, currency) => {
    expect(currencyOn(market(code), '2026-06-01')).toBe(currency);
  });
});

describe('todayIn', () => {
  it('uses the market’s own calendar date around midnight', () => {
    const instant = new Date('2025-12-31T22:30:00Z');
    expect(todayIn(market('PT'), instant)).toBe('2025-12-31');
    expect(todayIn(market('FI'), instant)).toBe('2026-01-01');
  });
});

describe('toBasisPoints', () => {
  it.each([
    [25.5, 2550],
    [4.9, 490],
    [5.5, 550],
    [9.5, 950],
    [2.1, 210],
  ])('%d %% is %d basis points', (percent, points) => {
    expect(toBasisPoints(percent)).toBe(points);
  });
});
