import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The explicit directional embeddings, overrides and isolates of the Unicode Bidirectional
 * Algorithm (UAX #9 §2.1-2.4: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). In a name they make
 * the text display in another order than it is stored ("Trojan Source", CVE-2021-42574), so a
 * seller name or a listing title could show as something else to admins and shoppers. The
 * implicit marks LRM, RLM and ALM stay allowed: they only nudge neutral characters.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Characters that show nothing: Unicode's Default_Ignorable_Code_Point (zero-width space and
 * joiners, soft hyphen, word joiner, BOM, Hangul fillers, variation selectors; DerivedCoreProperties
 * .txt), other format (Cf) and control (Cc) characters, white space, and the blank Braille pattern.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{White_Space}\u2800]/gu;

/** True when some character of the text would be seen. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * For names and titles people read: normalises the text to NFC (so "é" typed as e + U+0301 and
 * as U+00E9 is stored, compared and searched alike; Unicode UAX #15) and refuses text that is
 * blank once invisible characters are removed (code `isVisibleText`) or that holds bidirectional
 * controls (code `hasNoBidiControls`). Values that are not strings are left to `@IsString()`.
 */
export function IsVisibleText(options?: ValidationOptions): PropertyDecorator {
  const normalize = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC') : value,
  );
  return (target, propertyName) => {
    normalize(target, propertyName);
    const rule = (name: string, isValid: (text: string) => boolean) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options,
        validator: { validate: (value: unknown) => typeof value !== 'string' || isValid(value) },
      });
    rule('isVisibleText', hasVisibleCharacter);
    rule('hasNoBidiControls', (text) => !hasBidiControl(text));
  };
}
