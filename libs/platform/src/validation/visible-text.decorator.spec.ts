import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validateSync } from 'class-validator';
import { toFieldErrors } from '../errors/validation-errors';
import { IsVisibleText } from './visible-text.decorator';

class Named {
  @IsString()
  @IsVisibleText()
  name!: string;

  @IsOptional()
  @IsString()
  @IsVisibleText()
  nickname?: string;
}

const check = (plain: Record<string, unknown>) => {
  const instance = plainToInstance(Named, plain);
  return { instance, errors: toFieldErrors(validateSync(instance)) };
};

describe('IsVisibleText', () => {
  it('normalises to NFC', () => {
    const { instance, errors } = check({ name: 'Cafe\u0301 Mu\u0308ller' });
    expect(errors).toEqual([]);
    expect(instance.name).toBe('Caf\u00E9 M\u00FCller');
  });

  it.each([
    ['zero-width characters', '\u200B\u200C\u200D'],
    ['a word joiner and a byte order mark', '\u2060\uFEFF'],
    ['a soft hyphen and spaces', ' \u00AD\u00A0 '],
    ['Hangul fillers', '\u3164\u115F'],
    ['a blank Braille pattern', '\u2800'],
    ['variation selectors', '\uFE0F\uFE0E'],
  ])('refuses text of only %s', (_name, text) => {
    expect(check({ name: text }).errors).toEqual([
      { field: 'name', code: 'isVisibleText', variables: {} },
    ]);
  });

  it.each([
    ['RLO', 'Anna\u202E'],
    ['LRE', '\u202AAnna'],
    ['PDF', 'An\u202Cna'],
    ['RLI', '\u2067Anna'],
    ['PDI', 'Anna\u2069'],
  ])('refuses the bidi control %s', (_name, text) => {
    expect(check({ name: text }).errors).toEqual([
      { field: 'name', code: 'hasNoBidiControls', variables: {} },
    ]);
  });

  it('accepts names in every script of the EU, with inner joiners and implicit marks', () => {
    for (const name of [
      'Ελένη',
      'Йорданка',
      'Łukasz Żółć',
      'Ó Súilleabháin',
      'Ġużè',
      'a\u200Db',
      'x\u200Ey',
    ]) {
      expect({ name, errors: check({ name }).errors }).toEqual({ name, errors: [] });
    }
  });

  it('leaves absent optional values and non-strings to the other rules', () => {
    expect(check({ name: 'Anna' }).errors).toEqual([]);
    expect(check({ name: 42 }).errors).toEqual([
      { field: 'name', code: 'isString', variables: {} },
    ]);
  });
});
