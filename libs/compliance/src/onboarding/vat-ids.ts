import { stdnum } from 'stdnum';
import type { CountryCode } from '../markets/market.types';
import { findMarket } from '../markets/markets';
import {
  clean,
  fromStdnum,
  type IdentifierCheck,
  type IdentifierRule,
  type StdnumValidator,
} from './identifier-check';
import { checkBulgarianVatNumber } from './vat-checks/bulgaria';
import { checkCzechDic, checkSlovakIcDph } from './vat-checks/czechoslovakia';
import { checkFrenchTva } from './vat-checks/france';
import { checkLatvianPvn } from './vat-checks/latvia';
import { WRONG_FORMAT, type NationalCheck } from './vat-checks/national-check';
import { checkDutchBtw } from './vat-checks/netherlands';
import { checkSlovenianDdv } from './vat-checks/slovenia';

/**
 * A check of the stdnum package (1.12). Its validators strip their country's prefix once more,
 * so "DE DE 136695976" would pass; no number of these countries starts with two letters, so such
 * input is refused here (python-stdnum 2.2 tests/test_eu_vat.doctest lists duplicated prefixes
 * as invalid).
 */
function stdnumCheck(country: CountryCode, validator: StdnumValidator): NationalCheck {
  const check = fromStdnum(validator, (compact) => compact.replace(new RegExp(`^${country}`), ''));
  return (number) => (/^[A-Z]{2}/.test(number) ? WRONG_FORMAT : check(number));
}

/** Refuses as a format error what stdnum 1.12 lets through although python-stdnum 2.2 does not. */
function requiring(format: RegExp, check: NationalCheck): NationalCheck {
  return (number) => (format.test(number) ? check(number) : WRONG_FORMAT);
}

/**
 * Check digits of VAT identification numbers, per member state, after python-stdnum 2.2 (the
 * `<cc>.vat` module that `stdnum.eu.vat` picks for each country): the stdnum package's port
 * where scripts/vat-differential.py finds it agreeing, our own checks in vat-checks/ where the
 * port is wrong. Two deliberate differences: a 13-digit Romanian CNP, which python-stdnum
 * accepts with the remark that "not all sources agree", is refused as VIES documents Romanian
 * VAT numbers as 2 to 10 digits; and Belgian check digits 98, 99 or 00, which python-stdnum
 * accepts because it only tests (number + check) mod 97 = 0, are refused because the check is
 * defined as 97 - (first 8 digits mod 97), from 01 to 97.
 */
const VAT_CHECKS: Readonly<Record<CountryCode, NationalCheck>> = {
  AT: stdnumCheck('AT', stdnum.AT.uid),
  // python-stdnum 2.2 be.vat: enterprise numbers start with 0 or 1 (9-digit ones get a 0 in front)
  BE: requiring(/^([01]\d{9}|\d{9})$/, stdnumCheck('BE', stdnum.BE.vat)),
  BG: checkBulgarianVatNumber,
  // python-stdnum 2.2 cy.vat: numbers starting with 12 are never issued
  CY: requiring(/^(?!12)/, stdnumCheck('CY', stdnum.CY.vat)),
  CZ: checkCzechDic,
  // python-stdnum 2.2 de.vat and dk.cvr: no number starts with 0
  DE: requiring(/^[1-9]/, stdnumCheck('DE', stdnum.DE.vat)),
  DK: requiring(/^[1-9]/, stdnumCheck('DK', stdnum.DK.cvr)),
  EE: stdnumCheck('EE', stdnum.EE.kmkr),
  // python-stdnum 2.2 es.nif: 7 digits between the first and the last character, always; stdnum
  // 1.12 skips that for the K, L and M numbers and so accepted L92E5249T
  ES: requiring(/^[A-Z0-9]\d{7}[A-Z0-9]$/, stdnumCheck('ES', stdnum.ES.nif)),
  FI: stdnumCheck('FI', stdnum.FI.alv),
  FR: checkFrenchTva,
  GR: stdnumCheck('GR', stdnum.GR.vat),
  HR: stdnumCheck('HR', stdnum.HR.oib),
  HU: stdnumCheck('HU', stdnum.HU.anum),
  IE: stdnumCheck('IE', stdnum.IE.vat),
  IT: stdnumCheck('IT', stdnum.IT.iva),
  LT: stdnumCheck('LT', stdnum.LT.pvm),
  LU: stdnumCheck('LU', stdnum.LU.tva),
  LV: checkLatvianPvn,
  MT: stdnumCheck('MT', stdnum.MT.vat),
  NL: checkDutchBtw,
  PL: stdnumCheck('PL', stdnum.PL.nip),
  PT: stdnumCheck('PT', stdnum.PT.nif),
  RO: stdnumCheck('RO', stdnum.RO.cif),
  SE: stdnumCheck('SE', stdnum.SE.vat),
  SI: checkSlovenianDdv,
  SK: checkSlovakIcDph,
}; // prettier-ignore

/**
 * What follows the prefix, as VIES and the national rules define it (reference/eu-markets.json,
 * python-stdnum 2.2 module docstrings), as a pattern in the notation of FORMAT_NOTATION
 * (onboarding-requirements.ts), since sellers read it in every language. What the patterns do not
 * say, the checks enforce: CY numbers never start with 12; DE, DK and SI never
 * with 0; the FR key is digits or letters other than I and O; older IE numbers have a letter, +
 * or * second; NL ends in B and 01 to 99; HR is the OIB; and all have check digits.
 */
const VAT_FORMATS: Readonly<Record<CountryCode, string>> = {
  AT: 'U########', BE: '(0|1)#########', BG: '#########[#]', CY: '########X', CZ: '########[##]',
  DE: '#########', DK: '########', EE: '#########', ES: '(#|X)#######(#|X)', FI: '########',
  FR: '(#|X)(#|X)#########', GR: '#########', HR: '###########', HU: '########',
  IE: '#######X[X] | #X#####X', IT: '###########', LT: '######### | ############', LU: '########',
  LV: '###########', MT: '########', NL: '#########B##', PL: '##########', PT: '#########',
  RO: '##[########]', SE: '##########01', SI: '########', SK: '##########',
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
 * its check digits. Spaces, dots and dashes are ignored (and the slash of a Czech birth number);
 * the normalized form has none.
 */
export function checkVatId(country: CountryCode, value: string): IdentifierCheck {
  const prefix = findMarket(country)?.vatIdPrefix ?? country;
  const compactInput = clean(value).replace(/[\s.-]/g, '');
  if (!compactInput.startsWith(prefix)) return { valid: false, problem: 'vatIdPrefix' };
  const result = VAT_CHECKS[country](compactInput.slice(prefix.length));
  return result.valid ? { valid: true, normalized: `${prefix}${result.normalized}` } : result;
}

export function vatIdRule(country: CountryCode): IdentifierRule {
  const prefix = findMarket(country)?.vatIdPrefix ?? country;
  return {
    format: VAT_FORMATS[country]
      .split(' | ')
      .map((format) => `${prefix}${format}`)
      .join(' | '),
    example: VAT_EXAMPLES[country],
    check: (value) => checkVatId(country, value),
  };
}
