import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the tests use: DATABASE_URL's server when set, else the local default. */
export const TEST_SERVER_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const TEMPLATE_ENV = 'MARKETPLACE_TEST_TEMPLATE_DB';
export const TEST_DATABASE_PREFIX = 'mp_test_';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withMaintenanceClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(kind: string): string {
  return `${TEST_DATABASE_PREFIX}${kind}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/**
 * A fresh database for one test file, copied from the migrated template that the global setup
 * built, so every file starts from the real schema without re-running migrations.
 */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the e2e tests through jest`);
  // Named after the template so the global teardown can drop any a crashed file left behind.
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await withMaintenanceClient((client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return { name, url: databaseUrl(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withMaintenanceClient((client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

/** Drops the template and every database copied from it in this run. */
export async function dropRunDatabases(template: string): Promise<void> {
  const { rows } = await withMaintenanceClient((client) =>
    client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname DESC`,
      [`${template}%`],
    ),
  );
  for (const { datname } of rows) await dropTestDatabase(datname);
}
