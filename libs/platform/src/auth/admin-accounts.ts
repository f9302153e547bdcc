import type { DataSource } from 'typeorm';
import { ValidationFailedError } from '../errors/domain-error';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { hasInvisibleCharacters } from '../validation/unicode-text';
import { EMAIL_INVISIBLE_CHARACTERS, normalizeEmail } from './email-address';
import { hashPassword, verifyPassword } from './password-hasher';
import { passwordWeaknesses } from './password-policy';
import { User } from './user.entity';

/**
 * Creates the admin account, or makes an existing account with that email an admin with this
 * password. The only ways to get an admin: `npm run admin:create` and ADMIN_EMAIL/ADMIN_PASSWORD.
 * Making an account an admin or changing its password counts up its token version, which takes
 * back every token issued before: the account may have been registered by someone else, or the
 * old password leaked. An admin that already has this password is left as it is, as every API
 * start-up with ADMIN_EMAIL comes here and must not sign the admin out.
 */
export async function upsertAdmin(
  dataSource: DataSource,
  email: string,
  password: string,
): Promise<User> {
  const normalizedEmail = normalizeEmail(email);
  if (hasInvisibleCharacters(normalizedEmail)) {
    throw ValidationFailedError.of('email', EMAIL_INVISIBLE_CHARACTERS);
  }
  const weaknesses = passwordWeaknesses(password, normalizedEmail);
  if (weaknesses.length > 0) throw new ValidationFailedError(weaknesses);
  const users = dataSource.getRepository(User);
  const existing = await users.findOneBy({ email: normalizedEmail });
  if (existing?.role === 'admin' && (await verifyPassword(existing.passwordHash, password))) {
    return existing;
  }
  const passwordHash = await hashPassword(password);
  await dataSource.query(
    `INSERT INTO users (email, password_hash, role, locale) VALUES ($1, $2, 'admin', $3)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'admin',
       token_version = users.token_version + 1, updated_at = now()`,
    [normalizedEmail, passwordHash, DEFAULT_LOCALE],
  );
  return users.findOneByOrFail({ email: normalizedEmail });
}
