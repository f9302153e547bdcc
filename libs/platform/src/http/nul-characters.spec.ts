import { nulCharacterErrors, nulCharacterFields } from './nul-characters';

describe('nulCharacterFields', () => {
  it('finds NUL characters in nested strings and keys, with printable dotted paths', () => {
    expect(
      nulCharacterFields({
        legalName: 'Beispiel\u0000 GmbH',
        address: { city: 'Berlin', lines: ['ok', 'x\u0000'] },
        registrations: { DE: { 'packaging\u0000': 'DE123' } },
      }),
    ).toEqual(['address.lines.1', 'legalName', 'registrations.DE.packaging\\u0000']);
  });

  it('finds nothing in clean input and in values that are not strings', () => {
    expect(nulCharacterFields({ a: 'text', b: 1, c: null, d: [true, { e: 'f' }] })).toEqual([]);
    expect(nulCharacterFields(undefined)).toEqual([]);
  });

  it('names a top-level string by the given root path', () => {
    expect(nulCharacterErrors('\u0000', 'q')).toEqual([{ field: 'q', code: 'noNulCharacter' }]);
  });
});
