import { isValidIBAN } from 'ibantools';
import type { CountryCode } from '../markets/market.types';

/**
 * Payouts are credit transfers in euro by SEPA, so a seller's IBAN must belong to a country in the
 * SEPA schemes' geographical scope. Source: the EPC's "List of SEPA scheme countries" (EPC409-09):
 * the EU and EEA states, Andorra, Gibraltar, Monaco, San Marino, Switzerland, the United Kingdom
 * and Vatican City, joined by Albania and Montenegro (EPC Board decision of November 2024), by
 * Moldova and North Macedonia (6 March 2025) and by Serbia (22 May 2025; its banks' earliest
 * operational readiness date is May 2026): 41 countries in the EPC's count, which puts Gibraltar
 * with the United Kingdom (EPC press releases of those dates). Territories without an IBAN country code of their own
 * bank under their state's code (the French overseas departments under FR, Åland under FI,
 * Jersey, Guernsey and the Isle of Man under GB: SWIFT IBAN Registry, "Country code includes
 * other countries/territories"). ibantools' isSEPACountry (4.5) predates the 2024-2025 additions.
 */
export const SEPA_IBAN_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'IS', 'LI', 'NO',
  'AD', 'CH', 'GB', 'GI', 'MC', 'SM', 'VA',
  'AL', 'MD', 'ME', 'MK', 'RS',
]); // prettier-ignore

/**
 * One IBAN of each member state, in print format: the examples of the SWIFT IBAN Registry ("IBAN
 * print format example"), as shipped in ibantools' script/registry.txt. Each passes isValidIBAN.
 */
export const IBAN_EXAMPLES: Readonly<Record<CountryCode, string>> = {
  AT: 'AT61 1904 3002 3457 3201', BE: 'BE68 5390 0754 7034', BG: 'BG80 BNBG 9661 1020 3456 78',
  CY: 'CY17 0020 0128 0000 0012 0052 7600', CZ: 'CZ65 0800 0000 1920 0014 5399',
  DE: 'DE89 3704 0044 0532 0130 00', DK: 'DK50 0040 0440 1162 43', EE: 'EE38 2200 2210 2014 5685',
  ES: 'ES91 2100 0418 4502 0005 1332', FI: 'FI21 1234 5600 0007 85',
  FR: 'FR14 2004 1010 0505 0001 3M02 606', GR: 'GR16 0110 1250 0000 0001 2300 695',
  HR: 'HR12 1001 0051 8630 0016 0', HU: 'HU42 1177 3016 1111 1018 0000 0000',
  IE: 'IE29 AIBK 9311 5212 3456 78', IT: 'IT60 X054 2811 1010 0000 0123 456',
  LT: 'LT12 1000 0111 0100 1000', LU: 'LU28 0019 4006 4475 0000', LV: 'LV80 BANK 0000 4351 9500 1',
  MT: 'MT84 MALT 0110 0001 2345 MTLC AST0 01S', NL: 'NL91 ABNA 0417 1643 00',
  PL: 'PL61 1090 1014 0000 0712 1981 2874', PT: 'PT50 0002 0123 1234 5678 9015 4',
  RO: 'RO49 AAAA 1B31 0075 9384 0000', SE: 'SE45 5000 0000 0583 9825 7466',
  SI: 'SI56 2633 0001 2039 086', SK: 'SK31 1200 0000 1987 4263 7541',
}; // prettier-ignore

export type IbanCheck =
  | { valid: true; normalized: string }
  | { valid: false; problem: 'invalidIban' }
  | { valid: false; problem: 'ibanOutsideSepa'; country: string };

/**
 * Checks an IBAN as people type it: spaces, dots and dashes between the groups are ignored, and
 * the normal form is the electronic one (ISO 13616: capitals and digits only).
 */
export function checkIban(value: string): IbanCheck {
  const normalized = value.replace(/[\s.-]/g, '').toUpperCase();
  if (!isValidIBAN(normalized)) return { valid: false, problem: 'invalidIban' };
  const country = normalized.slice(0, 2);
  if (!SEPA_IBAN_COUNTRIES.has(country))
    return { valid: false, problem: 'ibanOutsideSepa', country };
  return { valid: true, normalized };
}
