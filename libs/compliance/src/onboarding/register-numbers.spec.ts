import { MEMBER_STATE_CODES } from '../markets/market.types';
import { REGISTER_NUMBER_RULES } from './register-numbers';

describe('business register numbers', () => {
  it.each(MEMBER_STATE_CODES)('%s: the documented example passes its own check', (country) => {
    const rule = REGISTER_NUMBER_RULES[country];
    expect(rule.check(rule.example)).toMatchObject({ valid: true });
  });

  it.each([
    ['FR', '732829320', '732829321', 'identifierChecksum'], // SIREN, Luhn
    ['FR', '73282932000074', '73282932000075', 'identifierChecksum'], // SIRET
    ['CZ', '25596641', '25596642', 'identifierChecksum'], // IČO
    ['SK', '35757442', '35757443', 'identifierChecksum'], // IČO
    ['DK', '13585628', '13585629', 'identifierChecksum'], // CVR
    ['FI', '2077474-0', '2077474-1', 'identifierChecksum'], // Y-tunnus
    ['EE', '10137319', '10137318', 'identifierChecksum'], // registrikood
    ['PT', '501964843', '501964844', 'identifierChecksum'], // NIPC
    ['BE', '0403.019.261', '0403.019.262', 'identifierChecksum'], // enterprise number
    ['DE', 'HRB 86891', '86891', 'identifierFormat'], // Handelsregister
    ['NL', '12345678', '1234567', 'identifierFormat'], // KvK
    ['PL', '0000123456', '123456', 'identifierFormat'], // KRS
    ['AT', 'FN 122119m', 'FN ABC', 'identifierFormat'], // Firmenbuch (the check letter is not verified)
  ] as const)('%s: accepts %s and refuses %s', (country, valid, invalid, problem) => {
    const rule = REGISTER_NUMBER_RULES[country];
    expect(rule.check(valid)).toMatchObject({ valid: true });
    expect(rule.check(invalid)).toEqual({ valid: false, problem });
  });

  it('writes numbers in their usual form', () => {
    expect(REGISTER_NUMBER_RULES.FI.check('20774740')).toEqual({
      valid: true,
      normalized: '2077474-0',
    });
    expect(REGISTER_NUMBER_RULES.DE.check('hrb  86891')).toEqual({
      valid: true,
      normalized: 'HRB 86891',
    });
  });
});
