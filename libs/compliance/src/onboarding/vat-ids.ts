import { stdnum } from 'stdnum';
import type { CountryCode } from '../markets/market.types';
import { findMarket } from '../markets/markets';
import {
  clean,
  type IdentifierCheck,
  type IdentifierRule,
  type StdnumValidator,
} from './identifier-check';

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
