import type { FieldError } from '../errors/domain-error';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_DISTINCT_CHARACTERS = 5;

/**
 * Passwords seen most often in breach corpora. Length matters most (NIST SP 800-63B §3.1.1.2 asks
 * for a minimum length and a blocklist, and no composition rules), so this list only needs the
 * ones long enough to pass the length rule.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', 'qwertyuiopas', 'qwerty123456', 'password1234', 'password12345',
  'passwordpassword', 'iloveyou1234', 'administrator', 'letmein12345', 'welcome12345',
  '1q2w3e4r5t6y', '1qaz2wsx3edc', 'qwertyuiop123', 'abcdefghijkl', 'abc123456789', 'changeme1234',
  'football1234', 'monkey123456', 'superman1234', 'trustno11234', 'sunshine1234', 'princess1234',
]); // prettier-ignore

/** Every rule a password breaks, as field errors for `password`; empty when it is acceptable. */
export function passwordWeaknesses(password: string, email: string): FieldError[] {
  const problems: FieldError[] = [];
  const field = 'password';
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ field, code: 'passwordTooShort', variables: { min: PASSWORD_MIN_LENGTH } });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ field, code: 'passwordTooLong', variables: { max: PASSWORD_MAX_LENGTH } });
  }
  const lower = password.toLowerCase();
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 3 && lower.includes(localPart)) {
    problems.push({ field, code: 'passwordContainsEmail' });
  }
  if (COMMON_PASSWORDS.has(lower)) {
    problems.push({ field, code: 'passwordTooCommon' });
  }
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) {
    problems.push({
      field,
      code: 'passwordTooRepetitive',
      variables: { min: MIN_DISTINCT_CHARACTERS },
    });
  }
  return problems;
}
