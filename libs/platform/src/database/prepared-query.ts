import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a statement as a named prepared statement on the DataSource's pool. PostgreSQL then parses
 * and plans it once per connection instead of on every call, which for the storefront's search
 * costs more than executing it. The name is a hash of the text, so each distinct statement is
 * prepared once per connection and a name never stands for two texts.
 */
export async function preparedQuery<Row extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const name = createHash('sha1').update(text).digest('base64url');
  const result = await pool.query<Row>({ name, text, values });
  return result.rows;
}
