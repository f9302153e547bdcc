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

/** The name a statement is prepared under: a hash of its text, so a name never stands for two texts. */
export function statementName(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * Runs a statement as a named prepared statement on the DataSource's pool. PostgreSQL then parses
 * it once per connection and, once it settles on a generic plan (after five runs, when that plan
 * is no costlier than the custom ones), stops planning it; for the storefront's search, planning
 * cost more than executing.
 */
export async function preparedQuery<Row extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const name = statementName(text);
  if (!prepared.has(name) && prepared.size >= MAX_PREPARED_STATEMENTS) {
    return (await pool.query<Row>(text, values)).rows;
  }
  prepared.add(name);
  const result = await pool.query<Row>({ name, text, values });
  return result.rows;
}
