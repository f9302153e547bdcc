import type { DataSource } from 'typeorm';
import { ValidationFailedError } from '../errors/domain-error';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { hasInvisibleCharacters } from '../validation/unicode-text';
import { EMAIL_INVISIBLE_CHARACTERS, normalizeEmail } from './email-address';
import { hashPassword } from './password-hasher';
import { passwordWeaknesses } from './password-policy';
import { User } from './user.entity';

/**
 * Creates the admin account, or makes an existing account with that email an admin with this
 * password. The only ways to get an admin: `npm run admin:create` and ADMIN_EMAIL/ADMIN_PASSWORD.
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
  const passwordHash = await hashPassword(password);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(User)
    .values({ email: normalizedEmail, passwordHash, role: 'admin', locale: DEFAULT_LOCALE })
    .orUpdate(['password_hash', 'role', 'updated_at'], ['email'])
    .execute();
  return dataSource.getRepository(User).findOneByOrFail({ email: normalizedEmail });
}
