import { REGISTER_NUMBER_RULES } from '../register-numbers';
import { checkBulgarianUic } from './bulgaria';

describe('Bulgarian UIC (ЕИК) of the business register', () => {
  // 9 digits: python-stdnum 2.2 tests/test_bg_vat.doctest; 13 digits (branches):
  // github.com/petarov/bulgarian-control-numbers tests/test-bulstat.js
  it.each(['175074752', '831919536', '131071587', '0009039460577', '0000568780291'])(
    'accepts %s',
    (number) => {
      expect(checkBulgarianUic(number)).toEqual({ valid: true, normalized: number });
    },
  );

  it.each([
    ['175074751', 'identifierChecksum'], // test_bg_vat.doctest
    ['0009039460578', 'identifierChecksum'], // branch check digit changed
    ['0009049460577', 'identifierChecksum'], // the company's check digit inside it changed
    ['7501020018', 'identifierFormat'], // 10 digits: a person's number, no UIC
    ['17507475', 'identifierFormat'],
    ['17507475A', 'identifierFormat'],
  ])('refuses %s: %s', (number, problem) => {
    expect(checkBulgarianUic(number)).toEqual({ valid: false, problem });
  });

  it('is the check of the Bulgarian register number, 13-digit branches included', () => {
    expect(REGISTER_NUMBER_RULES.BG.check('000 903 946 0577')).toEqual({
      valid: true,
      normalized: '0009039460577',
    });
    expect(REGISTER_NUMBER_RULES.BG.check('831919536')).toMatchObject({ valid: true });
    expect(REGISTER_NUMBER_RULES.BG.check('1037735942')).toEqual({
      valid: false,
      problem: 'identifierFormat',
    });
  });
});
