import { MEMBER_STATE_CODES } from '../markets/market.types';
import { checkVatId, vatIdRule } from './vat-ids';

describe('VAT identification numbers', () => {
  it.each(MEMBER_STATE_CODES)('%s: the documented example passes its own check', (country) => {
    const rule = vatIdRule(country);
    expect(rule.check(rule.example)).toMatchObject({ valid: true });
  });

  it.each([
    ['AT', 'ATU13585627', 'ATU13585626'],
    ['BE', 'BE0403019261', 'BE0403019262'],
    ['DE', 'DE136695976', 'DE136695978'],
    ['DK', 'DK13585628', 'DK13585627'],
    ['ES', 'ESA58818501', 'ESA58818502'],
    ['FI', 'FI20774740', 'FI20774741'],
    ['FR', 'FR40303265045', 'FR41303265045'],
    ['GR', 'EL094259216', 'EL094259217'],
    ['IT', 'IT00743110157', 'IT00743110158'],
    ['NL', 'NL004495445B01', 'NL004495446B01'],
    ['PL', 'PL8567346215', 'PL8567346216'],
    ['PT', 'PT501964843', 'PT501964842'],
    ['SE', 'SE556188840401', 'SE556188840501'],
    ['SI', 'SI50223054', 'SI50223055'],
  ] as const)(
    '%s: accepts %s and refuses the check-digit error in %s',
    (country, valid, invalid) => {
      expect(checkVatId(country, valid)).toEqual({ valid: true, normalized: valid });
      expect(checkVatId(country, invalid)).toEqual({ valid: false, problem: 'identifierChecksum' });
    },
  );

  it('ignores spaces, dots, dashes and letter case', () => {
    expect(checkVatId('DE', ' de 136.695-976 ')).toEqual({
      valid: true,
      normalized: 'DE136695976',
    });
  });

  it('requires the country’s own prefix: EL for Greece, never GR', () => {
    expect(checkVatId('GR', 'GR094259216')).toEqual({ valid: false, problem: 'vatIdPrefix' });
    expect(checkVatId('DE', 'FR40303265045')).toEqual({ valid: false, problem: 'vatIdPrefix' });
  });

  it('tells a wrong format from a wrong check digit', () => {
    expect(checkVatId('DE', 'DE12345')).toEqual({ valid: false, problem: 'identifierFormat' });
  });
});
