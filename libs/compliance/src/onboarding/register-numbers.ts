import { stdnum } from 'stdnum';
import type { CountryCode } from '../markets/market.types';
import { firstValid, fromPattern, fromStdnum, type IdentifierRule } from './identifier-check';
import { checkBulgarianUic } from './vat-checks/bulgaria';

/**
 * Business register numbers. Where the number carries check digits, the check is the stdnum
 * algorithm; where the register defines only a format, a pattern. Sources: the register
 * authorities' published formats (e-Justice portal, business registers of the member states).
 */
export const REGISTER_NUMBER_RULES: Readonly<Record<CountryCode, IdentifierRule>> = {
  AT: { format: 'FN + 1-6 digits + letter', example: 'FN 122119m', check: fromStdnum(stdnum.AT.businessid, (c) => `FN ${c.toLowerCase()}`) },
  BE: { format: 'enterprise number, 10 digits starting 0 or 1 (mod 97)', example: '0403.019.261', check: fromStdnum(stdnum.BE.vat) },
  BG: { format: 'UIC (ЕИК), 9 or 13 digits with check digits', example: '175074752', check: checkBulgarianUic },
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
