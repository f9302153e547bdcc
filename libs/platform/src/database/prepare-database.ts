import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { createDataSourceOptions } from './data-source-options';

/** Arbitrary but fixed key of the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK_KEY = 7_240_118_903;

/**
 * Creates the database named in the URL when it does not exist yet, so that a fresh development
 * machine starts with no manual step. Never done in production, where a missing database is a
 * configuration mistake to surface.
 */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } catch (error) {
    // Another process may have created it at the same moment.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; replicas starting together take turns on an advisory lock. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await lockRunner.release();
  }
}

/** What an entry point does before it serves: make sure the database exists and is migrated. */
export async function prepareDatabase(config: AppConfig): Promise<string[]> {
  if (config.NODE_ENV !== 'production') {
    await ensureDatabaseExists(config.DATABASE_URL);
  }
  if (!config.MIGRATIONS_RUN) {
    return [];
  }
  const dataSource = new DataSource({ ...createDataSourceOptions(config), extra: { max: 2 } });
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
