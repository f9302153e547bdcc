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

export type VatRateKind = 'standard' | 'reduced' | 'superReduced' | 'parking';

/** One VAT rate of a member state with the period it applies to; `percent` as the law states it. */
export interface VatRateRecord extends EffectivePeriod {
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
