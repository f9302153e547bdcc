import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LoginDto, RegisterDto } from './auth.dto';
import { hasInvisibleCharacters } from '../validation/unicode-text';
import { normalizeEmail } from './email-address';

const codesFor = (type: typeof LoginDto | typeof RegisterDto, email: string) =>
  validateSync(
    plainToInstance(type, {
      email,
      password: 'correct horse battery staple',
      role: 'shopper',
    }),
  ).flatMap((error) => Object.keys(error.constraints ?? {}));

describe('normalizeEmail', () => {
  it.each([
    ['  Anna.Schmidt@Example.EU ', 'anna.schmidt@example.eu'],
    ['ａｎｎａ@ｅｘａｍｐｌｅ．ｅｕ', 'anna@example.eu'],
    // U+FB01 LATIN SMALL LIGATURE FI is a compatibility form of "fi".
    ['\uFB01nn@example.eu', 'finn@example.eu'],
    // A decomposed umlaut composes to the precomposed letter.
    ['mu\u0308ller@example.de', 'm\u00FCller@example.de'],
    ['anna+shop@example.eu', 'anna+shop@example.eu'],
  ])('stores %j as %j', (raw, stored) => {
    expect(normalizeEmail(raw)).toBe(stored);
  });
});

describe('hasInvisibleCharacters', () => {
  it.each([
    ['zero-width space', 'an\u200Bna@example.eu'],
    ['zero-width joiner', 'an\u200Dna@example.eu'],
    ['zero-width non-joiner', 'an\u200Cna@example.eu'],
    ['word joiner', 'anna@exa\u2060mple.eu'],
    ['right-to-left override', 'anna@\u202Eue.elpmaxe'],
    ['right-to-left isolate', 'anna\u2067@example.eu'],
    ['left-to-right mark', 'anna\u200E@example.eu'],
    ['soft hyphen', 'an\u00ADna@example.eu'],
    ['byte order mark inside', 'an\uFEFFna@example.eu'],
    ['variation selector', 'anna\uFE0F@example.eu'],
    ['Hangul filler', 'anna\u3164@example.eu'],
    ['control character', 'anna\u0007@example.eu'],
    ['Ogham space mark', 'an\u1680na@example.eu'],
    ['blank Braille pattern', 'an\u2800na@example.eu'],
  ])('finds a %s', (_name, email) => {
    expect(hasInvisibleCharacters(normalizeEmail(email))).toBe(true);
  });

  it('lets visible letters of any script through', () => {
    expect(hasInvisibleCharacters('žofia.kováčová@príklad.sk')).toBe(false);
    expect(hasInvisibleCharacters('ελένη@παράδειγμα.gr')).toBe(false);
  });
});

describe.each([
  ['RegisterDto', RegisterDto],
  ['LoginDto', LoginDto],
] as const)('%s email', (_name, type) => {
  it('refuses an address with a zero-width space', () => {
    expect(codesFor(type, 'an\u200Bna@example.eu')).toEqual(['emailInvisibleCharacters']);
  });

  it('takes fullwidth letters as their plain form', () => {
    const dto = plainToInstance(type, { email: 'ａｎｎａ@ｅｘａｍｐｌｅ．ｅｕ' });
    expect(dto.email).toBe('anna@example.eu');
    expect(codesFor(type, 'ａｎｎａ@ｅｘａｍｐｌｅ．ｅｕ')).toEqual([]);
  });
});
