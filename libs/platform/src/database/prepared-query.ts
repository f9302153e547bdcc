import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * How many distinct statements are prepared. Each is kept by node-postgres and by every pooled
 * PostgreSQL connection until it closes, and callers can vary a statement's text (a storefront
 * search differs by languages, filters and page size), so past this many, new texts run
 * unprepared rather than grow memory without bound.
 */
const MAX_PREPARED_STATEMENTS = 200;
const prepared = new Set<string>();

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
  if (!prepared.has(name) && prepared.size >= MAX_PREPARED_STATEMENTS) {
    return (await pool.query<Row>(text, values)).rows;
  }
  prepared.add(name);
  const result = await pool.query<Row>({ name, text, values });
  return result.rows;
}
