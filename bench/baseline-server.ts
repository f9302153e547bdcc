import { buildSearchQuery } from '@app/catalog/storefront/search-query';
import { statementName } from '@app/platform/database/prepared-query';
import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The baseline the storefront is measured against: a bare node:http server with a pg pool that
 * runs exactly the storefront's search SQL for DE in German and returns the rows as JSON, with
 * no framework, validation, pricing or localisation.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const port = Number(process.env.PORT ?? 3401);

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const { sql, params } = buildSearchQuery('DE', 'EUR', 'de', {
    q: url.searchParams.get('q') ?? undefined,
    limit: 20,
  });
  pool
    // Prepared by name, as the API's storefront does (preparedQuery).
    .query({ name: statementName(sql), text: sql, values: params })
    .then((result) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ items: result.rows.slice(0, 20) }));
    })
    .catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
}).listen(port, '127.0.0.1', () => process.stdout.write(`baseline listening on ${port}\n`));
