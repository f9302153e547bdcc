import type {
  CountryCode,
  CurrencyRecord,
  IsoDate,
  MarketDefinition,
  VatRateKind,
  VatRateRecord,
} from './market.types';

/**
 * The 27 member states as data.
 *
 * Sources (see the project's reference file eu-markets.json, which cites each fact):
 * - VAT rates: the Commission's TEDB snapshot of 2026-08-22 and the TEDB standard-rate history,
 *   cross-checked with the ibericode/vat-rates snapshot of 2025-08-12.
 * - Currencies: Council decision of 8 July 2025 (Bulgaria joins the euro on 2026-01-01 at
 *   1.95583 BGN/EUR); Croatia on the euro since 2023-01-01.
 * - Withdrawal period: Directive 2011/83/EU Art. 9(1), 14 days everywhere.
 *
 * Only national rates are listed. Regional rates (Corsica and the French overseas departments,
 * Madeira and the Azores, the Greek islands, Jungholz and Mittelberg) apply only to deliveries
 * there and are not served by the national market. A super-reduced rate is one below 5 %
 * (VAT Directive Art. 98 and 110); TEDB lists some 5 %+ rates in that column, which are kept as
 * reduced rates here.
 *
 * A rate that changes is a new record with `from`, and the old one gets `to`: never edit history.
 * Rates are recorded as in force from VAT_RECORDS_START on; a record without `from` was already
 * in force then.
 */
export const VAT_RECORDS_START: IsoDate = '2024-01-01';

const euro: readonly CurrencyRecord[] = [{ code: 'EUR' }];

function rates(
  kind: VatRateKind,
  percents: readonly number[],
  period: { from?: IsoDate; to?: IsoDate } = {},
): VatRateRecord[] {
  return percents.map((percent) => ({ kind, percent, ...period }));
}

const standard = (percent: number, from: IsoDate, to?: IsoDate): VatRateRecord[] =>
  rates('standard', [percent], { from, to });

/** Mainland time zone of each member state (IANA tz database). */
const TIME_ZONES: Readonly<Record<CountryCode, string>> = {
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GR: 'Europe/Athens',
  HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IT: 'Europe/Rome',
  LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', LV: 'Europe/Riga', MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm', SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava',
}; // prettier-ignore

function market(
  code: CountryCode,
  languages: readonly string[],
  vatRates: readonly VatRateRecord[][],
  options: { currencies?: readonly CurrencyRecord[]; vatIdPrefix?: string } = {},
): MarketDefinition {
  return {
    code,
    languages,
    currencies: options.currencies ?? euro,
    vatRates: vatRates.flat(),
    vatIdPrefix: options.vatIdPrefix ?? code,
    timeZone: TIME_ZONES[code],
    withdrawalPeriodDays: 14,
  };
}

export const MARKET_DEFINITIONS: readonly MarketDefinition[] = [
  market(
    'AT',
    ['de'],
    [
      standard(20, '1984-01-01'),
      rates('reduced', [10, 13]),
      // Basic foods halved to 4.9 % from 2026-07-01 (TEDB from that date; reference notes).
      rates('superReduced', [4.9], { from: '2026-07-01' }),
    ],
  ),
  market(
    'BE',
    ['nl', 'fr', 'de'],
    [standard(21, '1996-01-01'), rates('reduced', [6, 12]), rates('parking', [12])],
  ),
  market('BG', ['bg'], [standard(20, '1999-01-01'), rates('reduced', [9])], {
    currencies: [
      { code: 'BGN', to: '2026-01-01' },
      { code: 'EUR', from: '2026-01-01' },
    ],
  }),
  market(
    'CY',
    ['el', 'tr'],
    [
      standard(19, '2014-01-13'),
      rates('reduced', [5, 9]),
      // Listed by TEDB; the date it took effect is not confirmed by the reference.
      rates('superReduced', [3]),
    ],
  ),
  market(
    'CZ',
    ['cs'],
    [
      standard(21, '2013-01-01'),
      // One reduced rate of 12 % replaced 10 % and 15 % on 2024-01-01.
      rates('reduced', [10, 15], { to: '2024-01-01' }),
      rates('reduced', [12], { from: '2024-01-01' }),
    ],
    { currencies: [{ code: 'CZK' }] },
  ),
  market('DE', ['de'], [standard(19, '2021-01-01'), rates('reduced', [7])]),
  market('DK', ['da'], [standard(25, '1992-01-01')], { currencies: [{ code: 'DKK' }] }),
  market(
    'EE',
    ['et'],
    [
      standard(22, '2024-01-01', '2025-07-01'),
      standard(24, '2025-07-01'),
      // 2025-01-01: accommodation 9 % -> 13 %, press 5 % -> 9 %.
      rates('reduced', [5, 9], { to: '2025-01-01' }),
      rates('reduced', [9, 13], { from: '2025-01-01' }),
    ],
  ),
  market(
    'ES',
    ['es'],
    [
      standard(21, '2012-09-01'),
      rates('reduced', [10]),
      rates('superReduced', [4]),
      // Real Decreto-ley 4/2024 art. 1 (BOE-A-2024-12944): basic foods taxed at 2 % from
      // 2024-10-01 to 2024-12-31, between the temporary 0 % and the return to 4 %. Its other
      // temporary rates (5 % then 7.5 % on seed oils and pasta) are not recorded. The markets
      // endpoint shows one super-reduced rate per date, the lowest, so for that quarter it shows
      // 2 % although 4 % stayed in force for books and medicines (tax-category-rates.ts has both).
      rates('superReduced', [2], { from: '2024-10-01', to: '2025-01-01' }),
    ],
  ),
  market(
    'FI',
    ['fi', 'sv'],
    [
      standard(24, '2013-01-01', '2024-09-01'),
      standard(25.5, '2024-09-01'),
      rates('reduced', [10]),
      rates('reduced', [14], { to: '2026-01-01' }),
      rates('reduced', [13.5], { from: '2026-01-01' }),
    ],
  ),
  market(
    'FR',
    ['fr'],
    [standard(20, '2014-01-01'), rates('reduced', [5.5, 10]), rates('superReduced', [2.1])],
  ),
  market(
    'GR',
    ['el'],
    [standard(24, '2016-06-01'), rates('reduced', [6, 13]), rates('parking', [13])],
    { vatIdPrefix: 'EL' },
  ),
  market('HR', ['hr'], [standard(25, '2012-03-01'), rates('reduced', [5, 13])], {
    currencies: [
      { code: 'HRK', to: '2023-01-01' },
      { code: 'EUR', from: '2023-01-01' },
    ],
  }),
  market('HU', ['hu'], [standard(27, '2012-01-01'), rates('reduced', [5, 18])], {
    currencies: [{ code: 'HUF' }],
  }),
  market('IE', ['ga', 'en'], [standard(23, '2021-03-01'), rates('reduced', [9, 13.5])]),
  market(
    'IT',
    ['it'],
    [standard(22, '2013-10-01'), rates('reduced', [5, 10]), rates('superReduced', [4])],
  ),
  market(
    'LT',
    ['lt'],
    [
      standard(21, '2009-09-01'),
      rates('reduced', [5]),
      // TEDB of 2026-08 lists 12 % where the 2025-08 snapshot had 9 %; the tax reform of 2025 moved
      // the 9 % rate to 12 % from 2026-01-01 (date not confirmed by the reference).
      rates('reduced', [9], { to: '2026-01-01' }),
      rates('reduced', [12], { from: '2026-01-01' }),
    ],
  ),
  market(
    'LU',
    ['lb', 'fr', 'de'],
    [
      standard(16, '2023-01-01', '2024-01-01'),
      standard(17, '2024-01-01'),
      // TEDB lists 14 % both as a reduced and as the parking rate, as it does Belgium's 12 %.
      rates('reduced', [8, 14]),
      rates('superReduced', [3]),
      rates('parking', [14]),
    ],
  ),
  market('LV', ['lv'], [standard(21, '2012-07-01'), rates('reduced', [5, 12])]),
  market(
    'MT',
    ['mt', 'en'],
    [standard(18, '2004-01-01'), rates('reduced', [5, 7]), rates('parking', [12])],
  ),
  market('NL', ['nl'], [standard(21, '2012-10-01'), rates('reduced', [9])]),
  market('PL', ['pl'], [standard(23, '2011-01-01'), rates('reduced', [5, 8])], {
    currencies: [{ code: 'PLN' }],
  }),
  market(
    'PT',
    ['pt'],
    [standard(23, '2011-01-01'), rates('reduced', [6, 13]), rates('parking', [13])],
  ),
  market(
    'RO',
    ['ro'],
    [
      standard(19, '2017-01-01', '2025-08-01'),
      standard(21, '2025-08-01'),
      // 2025-08-01: one reduced rate of 11 % replaced 9 % and 5 %.
      rates('reduced', [5, 9], { to: '2025-08-01' }),
      rates('reduced', [11], { from: '2025-08-01' }),
    ],
    { currencies: [{ code: 'RON' }] },
  ),
  market('SE', ['sv'], [standard(25, '1990-07-01'), rates('reduced', [6, 12])], {
    currencies: [{ code: 'SEK' }],
  }),
  market('SI', ['sl'], [standard(22, '2013-07-01'), rates('reduced', [5, 9.5])]),
  market(
    'SK',
    ['sk'],
    [
      standard(20, '2011-01-01', '2025-01-01'),
      standard(23, '2025-01-01'),
      // 2025-01-01: reduced rates 10 % and 5 % became 19 % and 5 %.
      rates('reduced', [5]),
      rates('reduced', [10], { to: '2025-01-01' }),
      rates('reduced', [19], { from: '2025-01-01' }),
    ],
  ),
];
