import { ValidateBy, type ValidationOptions } from 'class-validator';
import { hasInvisibleCharacters } from '../validation/unicode-text';

/**
 * The one form in which an email address is stored, looked up and compared. NFKC folds
 * compatibility forms onto their plain letters (fullwidth "ｅｘａｍｐｌｅ" is "example"), as UTS #39
 * and RFC 8265's identifier profiles do before comparing. The whole address is lower-cased, not
 * only the domain: RFC 5321 §2.4 lets a server treat the local part as case-sensitive, but mail
 * providers do not, and two accounts told apart only by case would be lookalikes (the users table
 * checks email = lower(email)). Dots and +tags are kept: only some providers ignore them.
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** class-transformer hook that normalises an email field before it is validated. */
export const toNormalizedEmail = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? normalizeEmail(value) : value;

/** Validation code, and key of the message in the validation namespace. */
export const EMAIL_INVISIBLE_CHARACTERS = 'emailInvisibleCharacters';

/**
 * Refuses an address with invisible characters (see unicode-text.ts), bidi controls included: in
 * an address they only serve to make two accounts look alike.
 */
export function HasNoInvisibleCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: EMAIL_INVISIBLE_CHARACTERS,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleCharacters(value),
      },
    },
    options,
  );
}
