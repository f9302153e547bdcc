import { hasBidiControl, hasInvisibleCharacters, hasVisibleCharacter } from './unicode-text';

describe('hasVisibleCharacter and hasBidiControl', () => {
  it('tell visible text and bidi controls apart', () => {
    expect(hasVisibleCharacter('\u200B a')).toBe(true);
    expect(hasVisibleCharacter('\t\n\u200B')).toBe(false);
    expect(hasBidiControl('\u2066')).toBe(true);
    expect(hasBidiControl('\u200F')).toBe(false);
  });
});

describe('hasInvisibleCharacters', () => {
  it('finds exactly the characters that hasVisibleCharacter does not count', () => {
    const disagreements: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      const character = String.fromCodePoint(codePoint);
      if (hasInvisibleCharacters(character) === hasVisibleCharacter(character))
        disagreements.push(codePoint.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('counts every bidi control as invisible', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2069']) {
      expect(hasBidiControl(control) && hasInvisibleCharacters(control)).toBe(true);
    }
  });
});
