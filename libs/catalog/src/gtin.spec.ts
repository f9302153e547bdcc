import { isValidGtin } from './gtin';

describe('isValidGtin', () => {
  it.each(['4006381333931', '96385074', '036000291452', '10614141000415', '5901234123457'])(
    'accepts %s',
    (gtin) => {
      expect(isValidGtin(gtin)).toBe(true);
    },
  );

  it.each([
    '4006381333932',
    '96385075',
    '036000291453',
    '123',
    '400638133393A',
    '',
    '40063813339310',
  ])('refuses %s', (gtin) => {
    expect(isValidGtin(gtin)).toBe(false);
  });
});
