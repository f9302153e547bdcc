import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { hasBidiControl, hasVisibleCharacter } from './unicode-text';

/**
 * For names and titles people read: normalises the text to NFC (so "é" typed as e + U+0301 and
 * as U+00E9 is stored, compared and searched alike; Unicode UAX #15) and refuses text that is
 * blank once invisible characters are removed (code `isVisibleText`) or that holds bidirectional
 * controls (code `hasNoBidiControls`), which could make a seller name or a listing title show as
 * something else to admins and shoppers (see unicode-text.ts). Values that are not strings are
 * left to `@IsString()`.
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
