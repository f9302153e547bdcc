import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Helpers the benchmarks share to run the servers under test as child processes. */
export const ROOT = join(__dirname, '..');

/**
 * Starts a node process and resolves once it answers HTTP on `env.PORT`: the API on
 * `/health/live`, a baseline server on `/?q=Tasse`.
 */
export function start(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 60_000);
    const poll = setInterval(() => {
      fetch(`http://127.0.0.1:${env.PORT}${name === 'api' ? '/health/live' : '/?q=Tasse'}`)
        .then((r) => {
          if (r.ok) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve(child);
          }
        })
        .catch(() => undefined);
    }, 250);
  });
}

/** The node arguments of `npm run start:api`, so the API runs here as it does in production. */
export function apiCommand(): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const [runtime, ...args] = (scripts['start:api'] ?? '').split(/\s+/);
  if (runtime !== 'node' || args.length === 0) throw new Error('start:api is not a node command');
  return args;
}
