import type {
  CountryCode,
  CurrencyRecord,
  IsoDate,
  MarketDefinition,
  VatRateEvidence,
  VatRateKind,
  VatRateRecord,
} from './market.types';

/**
 * The 27 member states as data.
 *
 * Sources (see the project's reference file eu-markets.json, which cites each fact); every rate
 * record names the ones it was checked against, and says whether that check confirms it:
 * - VAT rates: the Commission's TEDB as of 2026-08-22 (vatnode snapshot), its table "VAT rates
 *   applied in the Member States of the European Union" (for the split into reduced, super-reduced
 *   and parking rates), the ibericode/vat-rates history, the kdeldycke/vat-rates standard-rate
 *   history, and the national law, tax authority or adviser notes named per record. TEDB has no
 *   data after 2026-08-22: a change announced later is not recorded.
 * - Currencies: Council decision of 8 July 2025 (Bulgaria joins the euro on 2026-01-01 at
 *   1.95583 BGN/EUR); Croatia on the euro since 2023-01-01.
 * - Withdrawal period: Directive 2011/83/EU Art. 9(1), 14 days everywhere.
 *
 * Only national rates are listed. Regional rates (Corsica and the French overseas departments,
 * Madeira and the Azores, the Greek islands' rates 30 % lower, Jungholz and Mittelberg) apply only
 * to deliveries there and are not served by the national market. A super-reduced rate is one below
 * 5 % (VAT Directive Art. 98(2) and 110); TEDB lists some 5 %+ rates in that column, which are
 * kept as reduced rates here. A parking rate (Art. 118) is listed as such only where the
 * Commission's table lists it; it is also a reduced rate only where the state uses the same
 * percentage for Annex III supplies.
 *
 * A rate that changes is a new record with `from`, and the old one gets `to`: never edit history.
 * Rates are recorded as in force from VAT_RECORDS_START on; a record without `from` was already
 * in force then.
 */
export const VAT_RECORDS_START: IsoDate = '2024-01-01';

const euro: readonly CurrencyRecord[] = [{ code: 'EUR' }];

/** Sources cited by many records. */
const TEDB = 'Commission TEDB 2026-08-22 (github:vatnode/eu-vat-rates-data-js @3b32dd5)';
const IBERICODE = 'github:ibericode/vat-rates @5abb1e1 (2025-08-12)';
const STANDARD_HISTORY = 'standard-rate history: github:kdeldycke/vat-rates @7585c28';
/** Table I of the Commission's "VAT rates applied in the Member States", as of 13 January 2014. */
const EC_TABLE_2014 =
  "Commission, 'VAT rates applied in the Member States' 2014, table I (regfollower.com/eu-vat-rates-changes-for-2014)";
const ART_STANDARD = 'VAT Directive Art. 96-97';
const ART_REDUCED = 'VAT Directive Art. 98, Annex III';
const ART_PARKING = 'VAT Directive Art. 118';

function checked(legalBasis: string | null, ...sources: string[]): VatRateEvidence {
  return { confirmed: true, source: sources.join('; '), legalBasis };
}

function rates(
  kind: VatRateKind,
  percents: readonly number[],
  evidence: VatRateEvidence,
  period: { from?: IsoDate; to?: IsoDate } = {},
): VatRateRecord[] {
  return percents.map((percent) => ({ kind, percent, ...period, ...evidence }));
}

const standard = (
  percent: number,
  evidence: VatRateEvidence,
  from: IsoDate,
  to?: IsoDate,
): VatRateRecord[] => rates('standard', [percent], evidence, { from, to });

/** A standard rate whose start date the standard-rate histories and TEDB agree on. */
const longStandingStandard = (percent: number, from: IsoDate, legalBasis = ART_STANDARD) =>
  standard(percent, checked(legalBasis, TEDB, IBERICODE, STANDARD_HISTORY), from);

/** Reduced rates that TEDB and ibericode both list, unchanged since before the records begin. */
const longStandingReduced = (percents: readonly number[], legalBasis = ART_REDUCED) =>
  rates('reduced', percents, checked(legalBasis, TEDB, IBERICODE));

const LU_VAT_LAW = 'Loi TVA modifiée du 12 février 1979';
const LU_2023 = { from: '2023-01-01', to: '2024-01-01' };
const LU_2023_CUT = 'Loi du 26 octobre 2022 (projet de loi 8083), for 2023 only';
const LU_2023_SOURCES = [IBERICODE, 'efitax.lu 2023-01-03', 'lcgb.lu 2022-12-22', 'orbitax.com'];
const LU_BAKER_MCKENZIE =
  'resourcehub.bakermckenzie.com Luxembourg VAT rates (3 / 8 / 17, parking 14)';
const RO_LAW_141 = 'Codul fiscal art. 291 as amended by Legea 141/2025';
const RO_SOURCES = [TEDB, IBERICODE, 'bdo.ro Tax Flash 121', 'regfollower.com 2025-07-31'];
const SK_2025_AMENDMENT = 'Zákon 222/2004 Z. z. §27 as amended in October 2024';
const SK_2025_SOURCES = [
  TEDB,
  IBERICODE,
  'taxnews.ey.com 2024-1947',
  'ceelegalmatters.com (DLA Piper)',
];

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
      longStandingStandard(20, '1984-01-01', 'UStG 1994 §10(1)'),
      longStandingReduced([10, 13], 'UStG 1994 §10(2) and (3)'),
      // 13 % also covers supplies outside Annex III (wine from the farm, for one), kept under
      // Art. 118: the Commission's table lists it as Austria's parking rate too; TEDB does not.
      rates(
        'parking',
        [13],
        checked(
          `UStG 1994 §10(3); ${ART_PARKING}`,
          IBERICODE,
          'easytax.co EU VAT rates 2025 table',
          'fiscalead.com VAT rates in Europe 2026 table',
        ),
      ),
      // Selected basic foods (milk, bread, eggs, vegetables, fruit...) halved to 4.9 %.
      rates(
        'superReduced',
        [4.9],
        checked(
          'UStG 1994 §10 as amended for 2026 (Ministry of Finance draft bill); VAT Directive Art. 98(2) as amended by Directive (EU) 2022/542',
          `${TEDB}, first listed in its 2026-07-01 data`,
          'orbitax.com (draft bill)',
          'vatupdate.com 2026-01-16',
        ),
        { from: '2026-07-01' },
      ),
    ],
  ),
  market(
    'BE',
    ['nl', 'fr', 'de'],
    [
      longStandingStandard(21, '1996-01-01'),
      longStandingReduced([6, 12]),
      rates('parking', [12], checked(ART_PARKING, TEDB, IBERICODE, EC_TABLE_2014)),
    ],
  ),
  market('BG', ['bg'], [longStandingStandard(20, '1999-01-01'), longStandingReduced([9])], {
    currencies: [
      { code: 'BGN', to: '2026-01-01' },
      { code: 'EUR', from: '2026-01-01' },
    ],
  }),
  market(
    'CY',
    ['el', 'tr'],
    [
      longStandingStandard(19, '2014-01-13'),
      longStandingReduced([5, 9]),
      // Books, press, disability aids and some services at 3 % since the amending law was
      // published in the Official Gazette on 2023-07-21.
      rates(
        'superReduced',
        [3],
        checked(
          'VAT Law 95(I)/2000 as amended in July 2023; VAT Directive Art. 98(2) as amended by Directive (EU) 2022/542',
          TEDB,
          'meridianglobalservices.com 2023-08-01',
          'orbitax.com 2023-08-03',
        ),
        { from: '2023-07-21' },
      ),
    ],
  ),
  market(
    'CZ',
    ['cs'],
    [
      longStandingStandard(21, '2013-01-01'),
      rates('reduced', [10, 15], checked(ART_REDUCED, IBERICODE), { to: '2024-01-01' }),
      // The 2023 consolidation package merged 10 % and 15 % into one reduced rate of 12 %.
      rates(
        'reduced',
        [12],
        checked(
          'ZDPH (235/2004 Sb.) as amended by the 2023 consolidation package (349/2023 Sb.)',
          TEDB,
          IBERICODE,
          'meridianglobalservices.com (Parliament approval)',
        ),
        { from: '2024-01-01' },
      ),
    ],
    { currencies: [{ code: 'CZK' }] },
  ),
  market(
    'DE',
    ['de'],
    [
      longStandingStandard(19, '2021-01-01', 'UStG §12(1)'),
      longStandingReduced([7], 'UStG §12(2)'),
    ],
  ),
  market('DK', ['da'], [longStandingStandard(25, '1992-01-01')], {
    currencies: [{ code: 'DKK' }],
  }),
  market(
    'EE',
    ['et'],
    [
      standard(22, checked(ART_STANDARD, IBERICODE, STANDARD_HISTORY), '2024-01-01', '2025-07-01'),
      standard(
        24,
        checked(ART_STANDARD, TEDB, IBERICODE, STANDARD_HISTORY, 'taxopolis.eu'),
        '2025-07-01',
      ),
      // 2025-01-01: accommodation 9 % -> 13 %, press 5 % -> 9 %.
      rates('reduced', [5, 9], checked(ART_REDUCED, IBERICODE), { to: '2025-01-01' }),
      rates(
        'reduced',
        [9, 13],
        checked(ART_REDUCED, TEDB, IBERICODE, 'taxopolis.eu', 'vatabout.com 2024-08-31'),
        { from: '2025-01-01' },
      ),
    ],
  ),
  market(
    'ES',
    ['es'],
    [
      longStandingStandard(21, '2012-09-01', 'Ley 37/1992 art. 90'),
      longStandingReduced([10], 'Ley 37/1992 art. 91.Uno'),
      rates(
        'superReduced',
        [4],
        checked('Ley 37/1992 art. 91.Dos; VAT Directive Art. 110', TEDB, IBERICODE),
      ),
      // Real Decreto-ley 4/2024 art. 1 (BOE-A-2024-12944): basic foods taxed at 2 % from
      // 2024-10-01 to 2024-12-31, between the temporary 0 % and the return to 4 %. Its other
      // temporary rates (5 % then 7.5 % on seed oils and pasta) are not recorded. The markets
      // endpoint shows one super-reduced rate per date, the lowest, so for that quarter it shows
      // 2 % although 4 % stayed in force for books and medicines (tax-category-rates.ts has both).
      rates(
        'superReduced',
        [2],
        checked(
          'Real Decreto-ley 4/2024 art. 1 (BOE-A-2024-12944)',
          'prime.tirant.com 2024-10-01',
          'elnacional.cat (AEAT figures)',
          'cudosconsultors.com',
        ),
        {
          from: '2024-10-01',
          to: '2025-01-01',
        },
      ),
    ],
  ),
  market(
    'FI',
    ['fi', 'sv'],
    [
      standard(24, checked(ART_STANDARD, IBERICODE, STANDARD_HISTORY), '2013-01-01', '2024-09-01'),
      standard(25.5, checked(ART_STANDARD, TEDB, IBERICODE, STANDARD_HISTORY), '2024-09-01'),
      rates('reduced', [10], checked('AVL §85a', TEDB, IBERICODE)),
      // 2025-01-01 moved books, medicines and more from 10 % to 14 %, a rate that already
      // existed; 2026-01-01 lowered 14 % to 13.5 % (not the other way round).
      rates('reduced', [14], checked('AVL §85', IBERICODE), { to: '2026-01-01' }),
      rates(
        'reduced',
        [13.5],
        checked(
          'AVL §85 as amended for 2026 (draft bill VM043:00/2025)',
          TEDB,
          'vatapi.com 2026-01-01',
          'vatcalc.com',
          'news.bloombergtax.com (draft bill)',
        ),
        { from: '2026-01-01' },
      ),
    ],
  ),
  market(
    'FR',
    ['fr'],
    [
      longStandingStandard(20, '2014-01-01', 'CGI art. 278'),
      longStandingReduced([5.5, 10], 'CGI art. 278-0 bis and 279'),
      rates(
        'superReduced',
        [2.1],
        checked('CGI art. 281 quater ff.; VAT Directive Art. 110', TEDB, IBERICODE),
      ),
    ],
  ),
  market(
    'GR',
    ['el'],
    [
      longStandingStandard(24, '2016-06-01'),
      // No parking rate: the Commission's table and Baker McKenzie list none, and ibericode has
      // none; a 13 % parking rate seen only in a TEDB extract was dropped as a data error.
      rates(
        'reduced',
        [6, 13],
        checked(
          ART_REDUCED,
          TEDB,
          IBERICODE,
          'resourcehub.bakermckenzie.com Greece VAT rates ("parking rate not applicable")',
        ),
      ),
    ],
    { vatIdPrefix: 'EL' },
  ),
  market('HR', ['hr'], [longStandingStandard(25, '2012-03-01'), longStandingReduced([5, 13])], {
    currencies: [
      { code: 'HRK', to: '2023-01-01' },
      { code: 'EUR', from: '2023-01-01' },
    ],
  }),
  market('HU', ['hu'], [longStandingStandard(27, '2012-01-01'), longStandingReduced([5, 18])], {
    currencies: [{ code: 'HUF' }],
  }),
  market(
    'IE',
    ['ga', 'en'],
    [
      // 23 % again since the temporary 21 % (2020-09-01 to 2021-02-28) ended.
      standard(23, checked('VATCA 2010 s. 46(1)(a)', TEDB, IBERICODE), '2021-03-01'),
      // 13.5 % is the reduced rate (fuel, building and repair services, greyhounds, horses and
      // their hire) and, for its non-Annex III supplies, Ireland's parking rate.
      rates(
        'reduced',
        [9, 13.5],
        checked('VATCA 2010 s. 46(1)(c) and (ca)', TEDB, IBERICODE, 'revenue.ie VAT rates'),
      ),
      rates(
        'parking',
        [13.5],
        checked(`VATCA 2010 s. 46(1)(c); ${ART_PARKING}`, IBERICODE, EC_TABLE_2014),
      ),
      // The livestock rate: cattle, sheep, goats, pigs, deer and horses for food or farming.
      rates(
        'superReduced',
        [4.8],
        checked(
          'VATCA 2010 s. 46(1)(d); VAT Directive Art. 110',
          IBERICODE,
          EC_TABLE_2014,
          'revenue.ie VAT rates database (Animals - live)',
          'Minister for Finance, written answer 2017-11-14 (Art. 110 derogation)',
        ),
      ),
    ],
  ),
  market(
    'IT',
    ['it'],
    [
      longStandingStandard(22, '2013-10-01'),
      longStandingReduced([5, 10]),
      rates('superReduced', [4], checked('VAT Directive Art. 110', TEDB, IBERICODE)),
    ],
  ),
  market(
    'LT',
    ['lt'],
    [
      longStandingStandard(21, '2009-09-01'),
      longStandingReduced([5], 'PVM įstatymas Art. 19'),
      // Law XV-287 moved the 9 % supplies to 12 % (transport, accommodation, culture), 5 % (books)
      // or the standard rate (heating) from 2026-01-01.
      rates('reduced', [9], checked('PVM įstatymas Art. 19', IBERICODE), { to: '2026-01-01' }),
      rates(
        'reduced',
        [12],
        checked(
          'PVM įstatymas Art. 19 as amended by Law XV-287',
          TEDB,
          'sovos.com 2026-01-05',
          'vatapi.com 2026-01-01',
          'meridianglobalservices.com',
        ),
        { from: '2026-01-01' },
      ),
    ],
  ),
  market(
    'LU',
    ['lb', 'fr', 'de'],
    [
      // Law of 26 October 2022: every rate but the super-reduced one cut by one point for 2023.
      standard(16, checked(LU_2023_CUT, ...LU_2023_SOURCES), '2023-01-01', '2024-01-01'),
      rates('reduced', [7], checked(LU_2023_CUT, ...LU_2023_SOURCES), LU_2023),
      rates('parking', [13], checked(LU_2023_CUT, ...LU_2023_SOURCES), LU_2023),
      standard(17, checked(LU_VAT_LAW, TEDB, IBERICODE, STANDARD_HISTORY), '2024-01-01'),
      rates('reduced', [8], checked(LU_VAT_LAW, TEDB, IBERICODE, LU_BAKER_MCKENZIE), {
        from: '2024-01-01',
      }),
      // The intermediate 14 % covers only supplies outside Annex III (wine, solid fuels, cleaning
      // products, securities custody), so it is a parking rate, not a reduced one, whatever TEDB's
      // list of reduced rates says.
      rates(
        'parking',
        [14],
        checked(`${LU_VAT_LAW}; ${ART_PARKING}`, TEDB, IBERICODE, LU_BAKER_MCKENZIE),
        {
          from: '2024-01-01',
        },
      ),
      rates(
        'superReduced',
        [3],
        checked(`${LU_VAT_LAW}; VAT Directive Art. 110`, TEDB, IBERICODE, LU_BAKER_MCKENZIE),
      ),
    ],
  ),
  market('LV', ['lv'], [longStandingStandard(21, '2012-07-01'), longStandingReduced([5, 12])]),
  market(
    'MT',
    ['mt', 'en'],
    [
      longStandingStandard(18, '2004-01-01'),
      longStandingReduced([5, 7], 'VAT Act (Cap. 406) Eighth Schedule'),
      // Securities custody, credit management, short pleasure-boat hire, body care.
      rates(
        'parking',
        [12],
        checked(
          'VAT Act (Cap. 406) Eighth Schedule as amended by Legal Notice 231 of 2023',
          TEDB,
          'forvismazars.com "Malta introduces a parking rate of 12 %"',
          'pwc.com/mt 2024-04-23',
        ),
        { from: '2024-01-01' },
      ),
    ],
  ),
  market('NL', ['nl'], [longStandingStandard(21, '2012-10-01'), longStandingReduced([9])]),
  market('PL', ['pl'], [longStandingStandard(23, '2011-01-01'), longStandingReduced([5, 8])], {
    currencies: [{ code: 'PLN' }],
  }),
  market(
    'PT',
    ['pt'],
    [
      longStandingStandard(23, '2011-01-01'),
      longStandingReduced([6, 13]),
      rates('parking', [13], checked(ART_PARKING, TEDB, IBERICODE, EC_TABLE_2014)),
    ],
  ),
  market(
    'RO',
    ['ro'],
    [
      standard(19, checked(ART_STANDARD, IBERICODE, STANDARD_HISTORY), '2017-01-01', '2025-08-01'),
      standard(21, checked(RO_LAW_141, ...RO_SOURCES), '2025-08-01'),
      // 2025-08-01: one reduced rate of 11 % replaced 9 % and 5 %.
      rates('reduced', [5, 9], checked('Codul fiscal art. 291', IBERICODE), { to: '2025-08-01' }),
      rates('reduced', [11], checked(RO_LAW_141, ...RO_SOURCES), { from: '2025-08-01' }),
    ],
    { currencies: [{ code: 'RON' }] },
  ),
  market(
    'SE',
    ['sv'],
    [
      longStandingStandard(25, '1990-07-01', 'ML (2023:200) ch. 9'),
      // The temporary food cut (12 % -> 6 %, 2026-04-01 to 2027-12-31) moves goods between
      // existing rates; tax-category-rates.ts records it.
      longStandingReduced([6, 12], 'ML (2023:200) ch. 9'),
    ],
    { currencies: [{ code: 'SEK' }] },
  ),
  market('SI', ['sl'], [longStandingStandard(22, '2013-07-01'), longStandingReduced([5, 9.5])]),
  market(
    'SK',
    ['sk'],
    [
      standard(20, checked(ART_STANDARD, STANDARD_HISTORY, IBERICODE), '2011-01-01', '2025-01-01'),
      standard(23, checked(SK_2025_AMENDMENT, ...SK_2025_SOURCES), '2025-01-01'),
      // 2025-01-01: 10 % abolished, a new 19 % rate added; 5 % kept.
      rates('reduced', [5], checked(SK_2025_AMENDMENT, ...SK_2025_SOURCES)),
      rates('reduced', [10], checked(ART_REDUCED, IBERICODE), { to: '2025-01-01' }),
      rates('reduced', [19], checked(SK_2025_AMENDMENT, ...SK_2025_SOURCES), {
        from: '2025-01-01',
      }),
    ],
  ),
];
