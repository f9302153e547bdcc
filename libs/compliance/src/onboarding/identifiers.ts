import { stdnum } from 'stdnum';
import type { CountryCode } from '../markets/market.types';
import { findMarket } from '../markets/markets';

/** Why an identifier was refused; each is a message key of the validation namespace. */
export type IdentifierProblem = 'vatIdPrefix' | 'identifierFormat' | 'identifierChecksum';

export type IdentifierCheck =
  { valid: true; normalized: string } | { valid: false; problem: IdentifierProblem };

interface StdnumValidator {
  validate(value: string): { isValid: boolean; compact?: string; error?: Error };
}

/** Identifier rule: a description of the format for people, an example, and the check itself. */
export interface IdentifierRule {
  format: string;
  example: string;
  check(value: string): IdentifierCheck;
}

const clean = (value: string) => value.trim().toUpperCase();

function fromStdnum(validator: StdnumValidator, normalize: (compact: string) => string = (c) => c) {
  return (value: string): IdentifierCheck => {
    const result = validator.validate(clean(value));
    if (result.isValid && result.compact)
      return { valid: true, normalized: normalize(result.compact) };
    return {
      valid: false,
      problem: result.error?.name === 'InvalidChecksum' ? 'identifierChecksum' : 'identifierFormat',
    };
  };
}

function fromPattern(pattern: RegExp) {
  return (value: string): IdentifierCheck => {
    const normalized = clean(value).replace(/\s+/g, ' ');
    return pattern.test(normalized)
      ? { valid: true, normalized }
      : { valid: false, problem: 'identifierFormat' };
  };
}

function firstValid(...checks: Array<(value: string) => IdentifierCheck>) {
  return (value: string): IdentifierCheck => {
    const results = checks.map((check) => check(value));
    return (
      results.find((r) => r.valid) ??
      results.find((r) => !r.valid && r.problem === 'identifierChecksum') ??
      results[0]
    );
  };
}

/**
 * Check digits of VAT identification numbers, per member state, with python-stdnum's algorithms
 * as ported by the stdnum package (the reference file cites the same algorithms).
 */
const VAT_VALIDATORS: Readonly<Record<CountryCode, StdnumValidator>> = {
  AT: stdnum.AT.uid, BE: stdnum.BE.vat, BG: stdnum.BG.vat, CY: stdnum.CY.vat, CZ: stdnum.CZ.dic,
  DE: stdnum.DE.vat, DK: stdnum.DK.cvr, EE: stdnum.EE.kmkr, ES: stdnum.ES.nif, FI: stdnum.FI.alv,
  FR: stdnum.FR.tva, GR: stdnum.GR.vat, HR: stdnum.HR.oib, HU: stdnum.HU.anum, IE: stdnum.IE.vat,
  IT: stdnum.IT.iva, LT: stdnum.LT.pvm, LU: stdnum.LU.tva, LV: stdnum.LV.pvn, MT: stdnum.MT.vat,
  NL: stdnum.NL.btw, PL: stdnum.PL.nip, PT: stdnum.PT.nif, RO: stdnum.RO.cif, SE: stdnum.SE.vat,
  SI: stdnum.SI.ddv, SK: stdnum.SK.dph,
}; // prettier-ignore

const VAT_EXAMPLES: Readonly<Record<CountryCode, string>> = {
  AT: 'ATU13585627', BE: 'BE0403019261', BG: 'BG175074752', CY: 'CY10259033P', CZ: 'CZ25123891',
  DE: 'DE136695976', DK: 'DK13585628', EE: 'EE100931558', ES: 'ESA58818501', FI: 'FI20774740',
  FR: 'FR40303265045', GR: 'EL094259216', HR: 'HR33392005961', HU: 'HU12892312', IE: 'IE6433435F',
  IT: 'IT00743110157', LT: 'LT119511515', LU: 'LU15027442', LV: 'LV40003521600', MT: 'MT11679112',
  NL: 'NL004495445B01', PL: 'PL8567346215', PT: 'PT501964843', RO: 'RO18547290', SE: 'SE556188840401',
  SI: 'SI50223054', SK: 'SK2022749619',
}; // prettier-ignore

/**
 * Checks a VAT identification number of `country`: its prefix (EL for Greece), its format and
 * its check digits. Spaces, dots and dashes are ignored; the normalized form has none.
 */
export function checkVatId(country: CountryCode, value: string): IdentifierCheck {
  const prefix = findMarket(country)?.vatIdPrefix ?? country;
  const compactInput = clean(value).replace(/[\s.-]/g, '');
  if (!compactInput.startsWith(prefix)) return { valid: false, problem: 'vatIdPrefix' };
  const result = VAT_VALIDATORS[country].validate(compactInput.slice(prefix.length));
  if (result.isValid && result.compact) {
    return {
      valid: true,
      normalized: `${prefix}${result.compact.replace(new RegExp(`^${prefix}`), '')}`,
    };
  }
  return {
    valid: false,
    problem: result.error?.name === 'InvalidChecksum' ? 'identifierChecksum' : 'identifierFormat',
  };
}

export function vatIdRule(country: CountryCode): IdentifierRule {
  const prefix = findMarket(country)?.vatIdPrefix ?? country;
  return {
    format: `${prefix} + ${VAT_EXAMPLES[country].length - prefix.length} characters, with check digits`,
    example: VAT_EXAMPLES[country],
    check: (value) => checkVatId(country, value),
  };
}

/**
 * Business register numbers. Where the number carries check digits, the check is the stdnum
 * algorithm; where the register defines only a format, a pattern. Sources: the register
 * authorities' published formats (e-Justice portal, business registers of the member states).
 */
export const REGISTER_NUMBER_RULES: Readonly<Record<CountryCode, IdentifierRule>> = {
  AT: { format: 'FN + 1-6 digits + letter', example: 'FN 122119m', check: fromStdnum(stdnum.AT.businessid, (c) => `FN ${c.toLowerCase()}`) },
  BE: { format: 'enterprise number, 10 digits starting 0 or 1 (mod 97)', example: '0403.019.261', check: fromStdnum(stdnum.BE.vat) },
  BG: { format: 'UIC (ЕИК), 9 or 13 digits with check digit', example: '175074752', check: fromStdnum(stdnum.BG.vat) },
  CY: { format: 'HE, AE or P + up to 6 digits', example: 'HE 123456', check: fromPattern(/^(HE|AE|P|S) ?\d{1,6}$/) },
  CZ: { format: 'IČO, 8 digits with check digit', example: '25596641', check: fromStdnum(stdnum.CZ.ico) },
  DE: { format: 'HRA, HRB, GnR, PR or VR + number (Handelsregister)', example: 'HRB 86891', check: fromPattern(/^(HRA|HRB|GNR|PR|VR|GSR) ?\d{1,6}( ?[A-Z]{1,2})?$/) },
  DK: { format: 'CVR, 8 digits with check digit', example: '13585628', check: fromStdnum(stdnum.DK.cvr) },
  EE: { format: 'registry code, 8 digits with check digit', example: '10137319', check: fromStdnum(stdnum.EE.registrikood) },
  ES: { format: 'NIF of the company (CIF), letter + 7 digits + check character', example: 'A58818501', check: fromStdnum(stdnum.ES.cif) },
  FI: { format: 'Business ID (Y-tunnus), 7 digits + check digit', example: '2077474-0', check: fromStdnum(stdnum.FI.ytunnus, (c) => `${c.slice(0, 7)}-${c.slice(7)}`) },
  FR: { format: 'SIREN (9 digits) or SIRET (14 digits), Luhn check', example: '732829320', check: firstValid(fromStdnum(stdnum.FR.siren), fromStdnum(stdnum.FR.siret)) },
  GR: { format: 'G.E.MI. number, 9 to 12 digits', example: '123456701000', check: fromPattern(/^\d{9,12}$/) },
  HR: { format: 'OIB, 11 digits with check digit', example: '33392005961', check: fromStdnum(stdnum.HR.oib) },
  HU: { format: 'Cg. + court-form-number, e.g. 01-09-123456', example: '01-09-562739', check: fromPattern(/^(CG\. ?)?\d{2}-\d{2}-\d{6}$/) },
  IE: { format: 'CRO company number, up to 6 digits', example: '123456', check: fromPattern(/^\d{1,6}$/) },
  IT: { format: 'REA number: province code + up to 7 digits', example: 'MI-1234567', check: fromPattern(/^[A-Z]{2}[- ]?\d{1,7}$/) },
  LT: { format: 'company code (įmonės kodas), 9 digits', example: '110053842', check: fromPattern(/^\d{9}$/) },
  LU: { format: 'RCS number: letter + up to 6 digits', example: 'B123456', check: fromPattern(/^[A-Z] ?\d{1,6}$/) },
  LV: { format: 'registration number, 11 digits with check digit', example: '40003521600', check: fromStdnum(stdnum.LV.pvn) },
  MT: { format: 'C + up to 6 digits', example: 'C 12345', check: fromPattern(/^C ?\d{1,6}$/) },
  NL: { format: 'KvK number, 8 digits', example: '12345678', check: fromPattern(/^\d{8}$/) },
  PL: { format: 'KRS number, 10 digits', example: '0000123456', check: fromPattern(/^\d{10}$/) },
  PT: { format: 'NIPC, 9 digits with check digit', example: '501964843', check: fromStdnum(stdnum.PT.nipc) },
  RO: { format: 'ONRC number, e.g. J40/1234/2020', example: 'J52/750/2012', check: fromStdnum(stdnum.RO.onrc) },
  SE: { format: 'organisationsnummer, 10 digits with check digit', example: '556188-8404', check: fromStdnum(stdnum.SE.orgnr, (c) => `${c.slice(0, 6)}-${c.slice(6)}`) },
  SI: { format: 'registration number (matična številka), 7 or 10 digits', example: '5300231000', check: fromPattern(/^\d{7}(\d{3})?$/) },
  // The Slovak IČO uses the Czechoslovak algorithm, shared with the Czech IČO.
  SK: { format: 'IČO, 8 digits with check digit', example: '35757442', check: fromStdnum(stdnum.CZ.ico) },
}; // prettier-ignore
