/**
 * The sigle of Italy's 107 provinces and metropolitan cities (the two-letter codes of the
 * automobile plates, also ISO 3166-2:IT), as listed by ISTAT in "Codici statistici delle unità
 * amministrative territoriali" (column "Sigla automobilistica"). A REA number is kept by the
 * chamber of commerce of a province and written with its sigla. The Sardinian provinces abolished
 * in 2016 (CI, VS, OG, OT) are left out: their chambers of commerce never existed, so no REA
 * number carries their sigla.
 */
export const ITALIAN_PROVINCE_CODES: ReadonlySet<string> = new Set([
  'AG', 'AL', 'AN', 'AO', 'AP', 'AQ', 'AR', 'AT', 'AV', 'BA', 'BG', 'BI', 'BL', 'BN', 'BO', 'BR',
  'BS', 'BT', 'BZ', 'CA', 'CB', 'CE', 'CH', 'CL', 'CN', 'CO', 'CR', 'CS', 'CT', 'CZ', 'EN', 'FC',
  'FE', 'FG', 'FI', 'FM', 'FR', 'GE', 'GO', 'GR', 'IM', 'IS', 'KR', 'LC', 'LE', 'LI', 'LO', 'LT',
  'LU', 'MB', 'MC', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NA', 'NO', 'NU', 'OR', 'PA', 'PC', 'PD',
  'PE', 'PG', 'PI', 'PN', 'PO', 'PR', 'PT', 'PU', 'PV', 'PZ', 'RA', 'RC', 'RE', 'RG', 'RI', 'RM',
  'RN', 'RO', 'SA', 'SI', 'SO', 'SP', 'SR', 'SS', 'SU', 'SV', 'TA', 'TE', 'TN', 'TO', 'TP', 'TR',
  'TS', 'TV', 'UD', 'VA', 'VB', 'VC', 'VE', 'VI', 'VR', 'VT', 'VV',
]); // prettier-ignore

export type ReaNumberCheck =
  | { valid: true; normalized: string }
  | { valid: false; problem: 'identifierFormat' | 'unknownProvince' };

/**
 * Checks a REA number (Repertorio Economico Amministrativo, D.P.R. 581/1995 art. 9): the sigla of
 * the province whose chamber keeps it and up to 7 digits, written e.g. `MI-1234567` or `MI 1234567`.
 */
export function checkReaNumber(value: string): ReaNumberCheck {
  const match = /^([A-Z]{2})\s*[-.\s]?\s*(\d{1,7})$/.exec(value.trim().toUpperCase());
  if (!match) return { valid: false, problem: 'identifierFormat' };
  const [, province, digits] = match;
  if (!ITALIAN_PROVINCE_CODES.has(province)) return { valid: false, problem: 'unknownProvince' };
  return { valid: true, normalized: `${province}-${digits}` };
}
