import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { CODE_ROOT } from '../project-root';

/** Options shared by the apps, the migration CLI and the tests: one definition of the database. */
export function createDataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: [join(CODE_ROOT, 'libs/*/src/**/*.entity.{ts,js}')],
    migrations: [join(CODE_ROOT, 'migrations/*.{ts,js}')],
    migrationsTableName: 'migrations',
    // The schema changes only through reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.DATABASE_POOL_SIZE },
  };
}
