import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';

const ACCESS_TOKEN_PURPOSE = 'access-token';

/**
 * The HMAC secret of access tokens: JWT_SECRET when set (always in production), else this
 * installation's own random secret from the database. The first API process to start generates it;
 * `ON CONFLICT DO NOTHING` lets replicas starting together agree on the one that was stored first.
 * It lives in the database rather than in a file because every API replica on this database must
 * verify the tokens any other one signed, across restarts; whoever can read that table could also
 * change users.role directly, so it guards nothing the database does not already.
 */
export async function resolveJwtSecret(
  config: Pick<AppConfig, 'JWT_SECRET'>,
  dataSource: DataSource,
): Promise<string> {
  if (config.JWT_SECRET !== undefined) return config.JWT_SECRET;
  // 256 bits: RFC 7518 §3.2 requires an HS256 key at least as long as the hash output.
  const candidate = randomBytes(32).toString('base64url');
  await dataSource.query(
    `INSERT INTO auth_signing_secrets (purpose, secret) VALUES ($1, $2)
     ON CONFLICT (purpose) DO NOTHING`,
    [ACCESS_TOKEN_PURPOSE, candidate],
  );
  const [stored] = await dataSource.query<Array<{ secret: string }>>(
    `SELECT secret FROM auth_signing_secrets WHERE purpose = $1`,
    [ACCESS_TOKEN_PURPOSE],
  );
  if (!stored) throw new Error('The access-token signing secret could not be stored');
  return stored.secret;
}
