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

type Expected = [
  code: CountryCode,
  date: string,
  standard: number,
  reduced: number[],
  superReduced: number | null,
  parking: number | null,
];

const RATES_ON_DATE = '%s on %s: standard %d, reduced %j, super-reduced %p, parking %p';

function expectRatesOn(...[code, date, standard, reduced, superReduced, parking]: Expected): void {
  expect(vatRatesOn(market(code), date)).toMatchObject({
    standard,
    reduced,
    superReduced,
    parking,
  });
}

describe('vatRatesOn', () => {
  // Rates in force on 2026-12-01, checked against the sources each record in market-data.ts names
  // (TEDB 2026-08-22, the Commission's table for parking rates, national law or tax authority).
  it.each<Expected>([
    ['AT', '2026-12-01', 20, [10, 13], 4.9, 13],
    ['BE', '2026-12-01', 21, [6, 12], null, 12],
    ['BG', '2026-12-01', 20, [9], null, null],
    ['CY', '2026-12-01', 19, [5, 9], 3, null],
    ['CZ', '2026-12-01', 21, [12], null, null],
    ['DE', '2026-12-01', 19, [7], null, null],
    ['DK', '2026-12-01', 25, [], null, null],
    ['EE', '2026-12-01', 24, [9, 13], null, null],
    ['ES', '2026-12-01', 21, [10], 4, null],
    ['FI', '2026-12-01', 25.5, [10, 13.5], null, null],
    ['FR', '2026-12-01', 20, [5.5, 10], 2.1, null],
    ['GR', '2026-12-01', 24, [6, 13], null, null],
    ['HR', '2026-12-01', 25, [5, 13], null, null],
    ['HU', '2026-12-01', 27, [5, 18], null, null],
    ['IE', '2026-12-01', 23, [9, 13.5], 4.8, 13.5],
    ['IT', '2026-12-01', 22, [5, 10], 4, null],
    ['LT', '2026-12-01', 21, [5, 12], null, null],
    ['LU', '2026-12-01', 17, [8], 3, 14],
    ['LV', '2026-12-01', 21, [5, 12], null, null],
    ['MT', '2026-12-01', 18, [5, 7], null, 12],
    ['NL', '2026-12-01', 21, [9], null, null],
    ['PL', '2026-12-01', 23, [5, 8], null, null],
    ['PT', '2026-12-01', 23, [6, 13], null, 13],
    ['RO', '2026-12-01', 21, [11], null, null],
    ['SE', '2026-12-01', 25, [6, 12], null, null],
    ['SI', '2026-12-01', 22, [5, 9.5], null, null],
    ['SK', '2026-12-01', 23, [5, 19], null, null],
  ])(RATES_ON_DATE, expectRatesOn);

  // Each change on the day before and the day it takes effect.
  it.each<Expected>([
    ['AT', '2026-06-30', 20, [10, 13], null, 13],
    ['AT', '2026-07-01', 20, [10, 13], 4.9, 13],
    ['CZ', '2024-01-01', 21, [12], null, null],
    ['EE', '2024-12-31', 22, [5, 9], null, null],
    ['EE', '2025-01-01', 22, [9, 13], null, null],
    ['EE', '2025-06-30', 22, [9, 13], null, null],
    ['EE', '2025-07-01', 24, [9, 13], null, null],
    ['ES', '2024-09-30', 21, [10], 4, null],
    ['ES', '2024-10-01', 21, [10], 2, null],
    ['ES', '2025-01-01', 21, [10], 4, null],
    ['FI', '2024-08-31', 24, [10, 14], null, null],
    ['FI', '2024-09-01', 25.5, [10, 14], null, null],
    ['FI', '2025-12-31', 25.5, [10, 14], null, null],
    ['FI', '2026-01-01', 25.5, [10, 13.5], null, null],
    ['LT', '2025-12-31', 21, [5, 9], null, null],
    ['LT', '2026-01-01', 21, [5, 12], null, null],
    // Luxembourg's 2023 cut by one point (Law of 26 October 2022), before the records begin.
    ['LU', '2023-06-01', 16, [7], 3, 13],
    ['LU', '2023-12-31', 16, [7], 3, 13],
    ['LU', '2024-01-01', 17, [8], 3, 14],
    ['MT', '2024-01-01', 18, [5, 7], null, 12],
    ['RO', '2025-07-31', 19, [5, 9], null, null],
    ['RO', '2025-08-01', 21, [11], null, null],
    ['SK', '2024-12-31', 20, [5, 10], null, null],
    ['SK', '2025-01-01', 23, [5, 19], null, null],
  ])(RATES_ON_DATE, expectRatesOn);

  it('reports when the standard rate in force took effect', () => {
    expect(vatRatesOn(market('FI'), '2025-01-01').standardSince).toBe('2024-09-01');
    expect(vatRatesOn(market('EE'), '2025-07-01').standardSince).toBe('2025-07-01');
  });

  it('lists a rate used as reduced and as parking rate once per kind, with its evidence', () => {
    const ireland = vatRatesOn(market('IE'), '2026-12-01');
    expect(ireland.details.map(({ kind, percent }) => [kind, percent])).toEqual([
      ['standard', 23],
      ['reduced', 9],
      ['reduced', 13.5],
      ['superReduced', 4.8],
      ['parking', 13.5],
    ]);
    expect(ireland.details.find((rate) => rate.kind === 'superReduced')).toMatchObject({
      confirmed: true,
      from: null,
      to: null,
      legalBasis: expect.stringContaining('Art. 110'),
      source: expect.stringContaining('revenue.ie'),
    });
    expect(ireland.allConfirmed).toBe(true);
  });

  it('gives the period of a dated rate', () => {
    const spain = vatRatesOn(market('ES'), '2024-11-15');
    expect(spain.details).toContainEqual(
      expect.objectContaining({
        kind: 'superReduced',
        percent: 2,
        from: '2024-10-01',
        to: '2025-01-01',
      }),
    );
  });
});

describe('rate evidence', () => {
  it.each(MEMBER_STATE_CODES)('%s names a source for every rate record', (code) => {
    for (const record of market(code).vatRates) {
      expect(record.source.trim()).not.toBe('');
      expect(typeof record.confirmed).toBe('boolean');
    }
  });

  it('keeps parking rates at 12 % or more and below the standard rate (VAT Directive Art. 118)', () => {
    for (const definition of MARKET_DEFINITIONS) {
      for (const record of definition.vatRates.filter((r) => r.kind === 'parking')) {
        const date = record.from ?? VAT_RECORDS_START;
        expect(record.percent).toBeGreaterThanOrEqual(12);
        expect(record.percent).toBeLessThan(vatRatesOn(definition, date).standard);
      }
    }
  });

  it('flags every rate in force on 2026-12-01 as confirmed', () => {
    const unconfirmed = MARKET_DEFINITIONS.flatMap((definition) =>
      vatRatesOn(definition, '2026-12-01')
        .details.filter((rate) => !rate.confirmed)
        .map((rate) => `${definition.code} ${rate.kind} ${rate.percent}`),
    );
    expect(unconfirmed).toEqual([]);
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
