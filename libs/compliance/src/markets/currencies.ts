import type { CurrencyCode } from './market.types';

/** Digits after the decimal point of each currency (ISO 4217 minor unit). */
export const CURRENCY_MINOR_UNITS: Readonly<Record<CurrencyCode, number>> = {
  EUR: 2, BGN: 2, CZK: 2, DKK: 2, HRK: 2, HUF: 2, PLN: 2, RON: 2, SEK: 2,
}; // prettier-ignore
