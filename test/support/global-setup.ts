// Jest loads the global setup without moduleNameMapper; tsconfig-paths resolves the @app aliases
// for it and for the entity files TypeORM loads.
import 'tsconfig-paths/register';
import { createDataSourceOptions, runMigrations } from '@app/platform';
import { DataSource } from 'typeorm';
import {
  TEMPLATE_ENV,
  databaseUrl,
  uniqueDatabaseName,
  withMaintenanceClient,
} from './test-database';

/** Builds the template database from the migrations once per test run. */
export default async function globalSetup(): Promise<void> {
  const name = uniqueDatabaseName('template');
  await withMaintenanceClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const dataSource = new DataSource(
    createDataSourceOptions({ DATABASE_URL: databaseUrl(name), DATABASE_POOL_SIZE: 2 }),
  );
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_ENV] = name;
}
