import { passwordWeaknesses } from './password-policy';

const codes = (password: string, email = 'anna.schmidt@example.eu') =>
  passwordWeaknesses(password, email).map((problem) => problem.code);

describe('passwordWeaknesses', () => {
  it('accepts a long, varied password', () => {
    expect(codes('correct horse battery staple')).toEqual([]);
  });

  it.each([
    ['short1!', ['passwordTooShort']],
    ['x'.repeat(129), ['passwordTooLong', 'passwordTooRepetitive']],
    ['anna.schmidt-2026!', ['passwordContainsEmail']],
    ['Password1234', ['passwordTooCommon']],
    ['aaaabbbbaaaabbbb', ['passwordTooRepetitive']],
    ['abab', ['passwordTooShort', 'passwordTooRepetitive']],
  ])('%s breaks %j', (password, expected) => {
    expect(codes(password)).toEqual(expected);
  });

  it('counts characters, not UTF-16 code units', () => {
    // Six emoji are twelve UTF-16 code units but six characters.
    expect(codes('😀🎉🚀🌍🍀🎈')).toEqual(['passwordTooShort']);
  });

  it('reports the limits as message variables', () => {
    expect(passwordWeaknesses('short', 'a@b.eu')[0]).toEqual({
      field: 'password',
      code: 'passwordTooShort',
      variables: { min: 12 },
    });
  });
});
