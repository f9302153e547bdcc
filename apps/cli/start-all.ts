import { loadConfigOrExit, prepareDatabase } from '@app/platform';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * Local development: migrates once, then runs the API and the worker as two processes (as
 * production does) and stops both when either exits or on Ctrl-C / SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const applied = await prepareDatabase(config);
  if (applied.length > 0) process.stdout.write(`Applied migrations: ${applied.join(', ')}\n`);

  const children: ChildProcess[] = ['api', 'worker'].map((app) =>
    spawn(
      process.execPath,
      [...process.execArgv, HEAP_LIMIT, join(__dirname, '..', app, 'src', `main${extname()}`)],
      {
        stdio: 'inherit',
        env: { ...process.env, MIGRATIONS_RUN: 'false' },
      },
    ),
  );
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (const child of children) child.on('exit', (code) => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}

/**
 * The same old-space limit as `npm run start:api` and `start:worker`. Without one, V8 sizes the
 * heap by the machine's memory and lets a busy API grow to twice the RSS it needs.
 */
const HEAP_LIMIT = '--max-old-space-size=384';

/** `.ts` under ts-node (npm run start:dev), `.js` when built. */
function extname(): string {
  return __filename.endsWith('.ts') ? '.ts' : '.js';
}

main().catch((error: unknown) => {
  process.stderr.write(`Start failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
