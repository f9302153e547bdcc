/** ISO 3166-1 alpha-2 codes of the 27 EU member states (Greece is GR here, EL only in VAT IDs). */
export const MEMBER_STATE_CODES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const; // prettier-ignore
export type CountryCode = (typeof MEMBER_STATE_CODES)[number];

export const CURRENCY_CODES = [
  'EUR',
  'BGN',
  'CZK',
  'DKK',
  'HRK',
  'HUF',
  'PLN',
  'RON',
  'SEK',
] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** A calendar date as `YYYY-MM-DD`; such strings order correctly when compared as text. */
export type IsoDate = string;

/**
 * A half-open validity interval: in force from `from` (inclusive) until `to` (exclusive).
 * A missing `from` means "in force since before the records begin"; a missing `to`, "still in force".
 */
export interface EffectivePeriod {
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * The kinds of rate the VAT Directive (2006/112/EC) allows: the standard rate (Art. 96-97), reduced
 * rates of 5 % or more for Annex III supplies (Art. 98), super-reduced rates below 5 % (Art. 98(2)
 * as amended by Directive (EU) 2022/542, and the historical Art. 110) and parking rates of 12 % or
 * more kept for supplies outside Annex III (Art. 118). The Commission's table "VAT rates applied in
 * the Member States" lists one percentage under several kinds where a state uses it for both
 * (Ireland's 13.5 % is a reduced and the parking rate): such a rate is one record per kind here.
 */
export const VAT_RATE_KINDS = ['standard', 'reduced', 'superReduced', 'parking'] as const;
export type VatRateKind = (typeof VAT_RATE_KINDS)[number];

/** Where a rate was checked, so that a VAT engine can tell a verified rate from a believed one. */
export interface VatRateEvidence {
  /**
   * True when at least two independent sources agree on the rate and its start date, one of them
   * the Commission (TEDB or its rates table), the national tax authority, the legal text, or an
   * adviser's note naming the legal act. False: believed, not verified.
   */
  confirmed: boolean;
  /** The sources the rate and its period were checked against. */
  source: string;
  /** The national provision setting the rate and the VAT Directive article allowing it, where known. */
  legalBasis: string | null;
}

/** One VAT rate of a member state with the period it applies to; `percent` as the law states it. */
export interface VatRateRecord extends EffectivePeriod, VatRateEvidence {
  kind: VatRateKind;
  percent: number;
}

export interface CurrencyRecord extends EffectivePeriod {
  code: CurrencyCode;
}

export interface MarketDefinition {
  code: CountryCode;
  /** Languages of the member state (ISO 639-1); may include ones that are not EU official languages (lb, tr). */
  languages: readonly string[];
  currencies: readonly CurrencyRecord[];
  vatRates: readonly VatRateRecord[];
  /** Prefix of the VAT identification number; differs from the ISO code only for Greece (EL). */
  vatIdPrefix: string;
  /** IANA time zone of the capital: a rate change takes effect at local midnight. */
  timeZone: string;
  /** Consumer right of withdrawal in days, Directive 2011/83/EU Art. 9(1). */
  withdrawalPeriodDays: number;
}
