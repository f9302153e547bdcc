import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { buildSearchQuery } from '@app/catalog/storefront/search-query';
import { apiCommand, start } from './processes';

/**
 * Drives the storefront over HTTP with autocannon and prints throughput and latency percentiles
 * for search and the product page, the same search against a bare node:http + pg baseline, the
 * CPU time per request of the server and of PostgreSQL, the ratio of the two throughputs, the
 * API's peak memory, and the query plans. See bench/README.md.
 */
const DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/marketplace_bench';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const API_PORT = 3400;
const BASELINE_PORT = 3401;
const QUERIES = [
  'Tasse',
  'Lampe',
  'Stuhl',
  'Buch',
  'Wasserkocher',
  'Jacke',
  'Schuh',
  'Spielzeug',
  'weiße Tasse',
  'blaue Lampe',
  'Telefon',
  'Teller',
];
/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

interface Run {
  requestsPerSecond: number;
  errors: number;
}

/** Exact latency percentiles from every response time (autocannon itself reports p97.5, not p95). */
function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * CPU seconds used so far per process: the one with this pid, or all with this command name (for
 * `postgres`, every PostgreSQL process on the machine, so nothing else should use it meanwhile).
 */
function cpuSeconds(target: number | string): Map<string, number> {
  const pids =
    typeof target === 'number'
      ? [String(target)]
      : readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  const used = new Map<string, number>();
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (typeof target === 'string' && name !== target) continue;
    // After the name come the state (field 3) and so on; utime is field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    used.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND);
  }
  return used;
}

/**
 * CPU seconds used since `before` by the processes alive now (a PostgreSQL backend that ended
 * meanwhile, e.g. an idle pool connection, is not counted).
 */
function cpuSince(before: Map<string, number>, now: Map<string, number>): number {
  let seconds = 0;
  for (const [pid, used] of now) seconds += used - (before.get(pid) ?? 0);
  return seconds;
}

/** USER_HZ, 100 on Linux for x86-64 and arm64. */
const CLOCK_TICKS_PER_SECOND = 100;

async function load(title: string, url: string, paths: string[], server: number): Promise<Run> {
  let next = 0;
  const times: number[] = [];
  const cpuBefore = [cpuSeconds(server), cpuSeconds('postgres')] as const;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION,
        // A German shopper, so the API issues the same SQL as the baseline (German texts only).
        headers: { 'accept-language': 'de' },
        requests: [
          { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
        ],
      },
      (error: Error | null, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) =>
      times.push(responseTime),
    );
  });
  const [serverCpu, postgresCpu] = [
    cpuSince(cpuBefore[0], cpuSeconds(server)),
    cpuSince(cpuBefore[1], cpuSeconds('postgres')),
  ].map((seconds) => (seconds * 1000) / times.length);
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentileOf(times, p).toFixed(1));
  const errors = result.errors + result.non2xx;
  process.stdout.write(
    `${title.padEnd(32)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${p50} ms   p95 ${p95} ms   p99 ${p99} ms   errors ${errors}\n` +
      `${''.padEnd(32)} CPU per request: server ${serverCpu?.toFixed(2)} ms, PostgreSQL ${postgresCpu?.toFixed(2)} ms\n`,
  );
  return { requestsPerSecond: result.requests.average, errors };
}

/**
 * The plans PostgreSQL runs for the API: the storefront's statements are prepared (see
 * preparedQuery) and, after five runs, executed with a generic plan, so that is what is shown.
 */
async function explain(): Promise<void> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query('SET plan_cache_mode = force_generic_plan');
    for (const [index, [label, q]] of [
      ['search "Tasse" (relevance)', 'Tasse'],
      ['search "weiße Tasse" (relevance, two words)', 'weiße Tasse'],
      ['browse newest (no q)', undefined],
    ].entries()) {
      const { sql, params } = buildSearchQuery('DE', 'EUR', 'de', { q, limit: 20 });
      await client.query(`PREPARE plan_${index} AS ${sql}`);
      const values = params
        .map((value) =>
          value === null ? 'NULL' : client.escapeLiteral(String(value as string | number)),
        )
        .join(', ');
      await client.query(`EXECUTE plan_${index}(${values})`); // warm: dictionaries, caches
      const plan = await client.query(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE plan_${index}(${values})`,
      );
      process.stdout.write(
        `\nQuery plan, ${label}:\n${plan.rows.map((r: Record<string, string>) => `  ${r['QUERY PLAN']}`).join('\n')}\n`,
      );
    }
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM products WHERE status = 'published'`,
    );
    process.stdout.write(`\nPublished products: ${(rows[0] as { n: number }).n}\n`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const env = {
    DATABASE_URL,
    LOG_LEVEL: 'warn',
    MIGRATIONS_RUN: 'false',
    DATABASE_POOL_SIZE: '10',
  };
  const api = await start('api', apiCommand(), { ...env, PORT: String(API_PORT) });
  const baseline = await start(
    'baseline',
    [
      '-r',
      'tsconfig-paths/register',
      '-r',
      'ts-node/register/transpile-only',
      'bench/baseline-server.ts',
    ],
    { ...env, PORT: String(BASELINE_PORT) },
  );
  try {
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(
      `SELECT p.id FROM products p JOIN offers o ON o.product_id = p.id WHERE p.status = 'published' AND o.stock > 0 AND o.markets @> ARRAY['DE'] LIMIT 500`,
    );
    await client.end();
    const productPaths = (rows as Array<{ id: string }>).map(
      (r) => `/v1/storefront/DE/products/${r.id}`,
    );
    const searchPaths = QUERIES.map((q) => `/v1/storefront/DE/products?q=${encodeURIComponent(q)}`);
    const baselinePaths = QUERIES.map((q) => `/?q=${encodeURIComponent(q)}`);

    process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per run\n`);
    const apiUrl = `http://127.0.0.1:${API_PORT}`;
    await load('warm-up (search)', apiUrl, searchPaths, api.pid!);
    const search = await load('API search', apiUrl, searchPaths, api.pid!);
    await load('API product page', apiUrl, productPaths, api.pid!);
    const raw = await load(
      'baseline search (node:http+pg)',
      `http://127.0.0.1:${BASELINE_PORT}`,
      baselinePaths,
      baseline.pid!,
    );
    process.stdout.write(
      `\nthroughput ratio API / baseline: ${(search.requestsPerSecond / raw.requestsPerSecond).toFixed(2)}\n`,
    );
    process.stdout.write(`API peak RSS: ${peakRssMb(api.pid!)} MB\n`);
    await explain();
  } finally {
    api.kill('SIGTERM');
    baseline.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
