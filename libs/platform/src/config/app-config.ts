import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * JWT secrets that are public because they were once in this repository (the former development
 * default and the .env.example placeholder): anyone could sign tokens with them, so they are
 * refused everywhere.
 */
export const PUBLIC_JWT_SECRETS: readonly string[] = [
  'development-only-jwt-secret-change-me',
  'replace-with-at-least-32-random-characters',
];

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be an integer' })
    .int({ error: 'must be an integer' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** The address ranges Express's "trust proxy" knows by name (the proxy-addr package). */
const NAMED_PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * A value Express accepts for "trust proxy": true or false, a hop count, or a comma-separated list
 * of range names, addresses and CIDR ranges (`10.0.0.0/8`, `10.0.0.0/255.0.0.0`, `fc00::/7`).
 * Express would refuse anything else only when the API starts, without naming the variable.
 */
export function isTrustProxySetting(value: string): boolean {
  if (/^(?:true|false|\d+)$/.test(value)) return true;
  return value.split(',').every((entry) => {
    const [address = '', range, ...extra] = entry.trim().split('/');
    if (extra.length > 0) return false;
    if (range === undefined && NAMED_PROXY_RANGES.includes(address)) return true;
    const version = isIP(address);
    if (version === 0) return false;
    if (range === undefined) return true;
    if (/^\d{1,3}$/.test(range)) return Number(range) <= (version === 4 ? 32 : 128);
    return version === 4 && isIP(range) === 4;
  });
}

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'must be a postgres:// or postgresql:// URL',
});
const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' });

/**
 * Every setting the apps read, validated once at start-up. Defaults suit a development machine
 * with PostgreSQL and Redis on their standard local ports.
 */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: integer(1, 65535).default(3000),
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/marketplace'),
    DATABASE_POOL_SIZE: integer(1, 200).default(10),
    /** Applies pending migrations at start-up; several replicas serialise on an advisory lock. */
    MIGRATIONS_RUN: z.stringbool().default(true),
    REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
    /**
     * Prefix of every Redis key (queues, rate limits), so deployments can share a Redis; braces
     * make it a Redis Cluster hash tag so a queue's keys stay on one slot.
     */
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:{}_-]{1,64}$/)
      .default('{mp}'),
    /**
     * HMAC secret of access tokens. Unset outside production, the API generates a random one per
     * installation and keeps it in the database (see auth/jwt-secret.ts).
     */
    JWT_SECRET: z
      .string()
      .min(32, 'must be at least 32 characters')
      .refine((secret) => !PUBLIC_JWT_SECRETS.includes(secret), {
        error: 'must not be a value published in this repository; generate a random one',
      })
      .optional(),
    JWT_TTL_SECONDS: integer(60, 7 * 24 * 3600).default(3600),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** Largest accepted request body, in bytes. */
    BODY_LIMIT_BYTES: integer(1024, 50 * 1024 * 1024).default(1024 * 1024),
    /** Express "trust proxy" setting, so the per-IP login limit sees the client behind a load balancer. */
    TRUST_PROXY: z
      .string()
      .refine(isTrustProxySetting, {
        error:
          'must be true, false, a hop count, or a comma-separated list of addresses, CIDR ranges and loopback, linklocal or uniquelocal',
      })
      .default('loopback'),
    /**
     * Login attempts per window that may fail, counted three ways. Per account and client IP
     * together: guessing from one client is slow, yet the owner on another client still signs in.
     * Per account across all clients: a ceiling against guessing spread over many addresses (NIST
     * SP 800-63B §5.2.2 allows at most 100 consecutive failures per account). Per client IP: one
     * client trying many accounts.
     */
    LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: integer(1, 1000).default(5),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: integer(1, 1000).default(50),
    LOGIN_MAX_FAILURES_PER_IP: integer(1, 10000).default(30),
    LOGIN_FAILURE_WINDOW_SECONDS: integer(1, 86400).default(900),
    /** DSA notices accepted per client IP and hour, against floods of fake notices. */
    NOTICES_PER_IP_PER_HOUR: integer(1, 10000).default(20),
    OUTBOX_POLL_INTERVAL_MS: integer(10, 60000).default(500),
    OUTBOX_BATCH_SIZE: integer(1, 1000).default(100),
    /** How long the relay waits for Redis to accept a batch before it gives up for this round. */
    OUTBOX_ENQUEUE_TIMEOUT_MS: integer(100, 60000).default(5000),
    WORKER_CONCURRENCY: integer(1, 100).default(5),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().optional(),
    /** Folder for uploaded documents (relative paths are taken from the project folder). */
    STORAGE_DIR: z.string().min(1).default('var/storage'),
    /**
     * Base URL of the VIES REST service that checks VAT IDs, e.g. the Commission's
     * https://ec.europa.eu/taxation_customs/vies/rest-api. Unset, nothing is sent anywhere: VAT
     * IDs are marked `not_checked`, so development and tests never call out. Required in production.
     */
    VIES_API_BASE: z.url().optional(),
    VIES_TIMEOUT_MS: integer(100, 60000).default(5000),
    /** Where Stripe sends the seller back after its hosted onboarding. */
    PUBLIC_APP_URL: z.url().default('http://localhost:3000'),
    STRIPE_SECRET_KEY: z.string().startsWith('sk_').optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
    /** Points the Stripe SDK at another host, such as a local emulator in tests. */
    STRIPE_API_BASE: z.url().optional(),
  })
  .superRefine((env, ctx) => {
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.ADMIN_EMAIL === undefined ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD'],
        message: 'must be set together with the other of ADMIN_EMAIL and ADMIN_PASSWORD',
      });
    }
    // Production keeps its secret in the deployment's secret store, not in the database.
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must be set in production',
      });
    }
    // Traders' data must be checked in official interfaces such as VIES (DSA Art. 30(2), Recital 73;
    // DAC7 TIN validation): skipping the check is for development and tests only.
    if (env.NODE_ENV === 'production' && env.VIES_API_BASE === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['VIES_API_BASE'],
        message: 'must be set in production (VAT IDs are checked in VIES)',
      });
    }
  });

export type AppConfig = z.infer<typeof environmentSchema>;

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Reads the configuration; empty strings count as unset so `VAR=` falls back to the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = environmentSchema.safeParse(present);
  if (result.success) {
    return result.data;
  }
  const issue = result.error.issues[0];
  const variable = String(issue.path[0] ?? 'environment');
  const given = present[variable];
  const shown =
    given === undefined || /SECRET|PASSWORD|KEY/.test(variable) ? '' : ` (got "${given}")`;
  throw new ConfigurationError(`Invalid configuration: ${variable} ${issue.message}${shown}`);
}

/**
 * Loads the configuration for an entry point; on error prints one line naming the variable and
 * exits, since nothing can run on a bad configuration.
 */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
