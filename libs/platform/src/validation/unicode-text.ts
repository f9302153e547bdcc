/**
 * Characters that display as nothing: controls (Cc), format characters (Cf: zero-width space and
 * joiners, the bidi controls of UAX #9 such as U+202E, the soft hyphen, the BOM), the other
 * default-ignorable code points (variation selectors, Hangul fillers; Unicode
 * DerivedCoreProperties.txt, Default_Ignorable_Code_Point), white space (including U+1680, which
 * NFKC leaves alone) and the blank Braille pattern U+2800.
 */
const INVISIBLE_CHARACTER = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]/u;
const ALL_INVISIBLE_CHARACTERS = new RegExp(INVISIBLE_CHARACTER.source, 'gu');

/**
 * The explicit directional embeddings, overrides and isolates of the Unicode Bidirectional
 * Algorithm (UAX #9 §2.1-2.4: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). They make text display
 * in another order than it is stored ("Trojan Source", CVE-2021-42574). The implicit marks LRM,
 * RLM and ALM are not among them: they only nudge neutral characters.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE_CHARACTER.test(text);
}

/** True when some character of the text would be seen. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(ALL_INVISIBLE_CHARACTERS, '').length > 0;
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}
