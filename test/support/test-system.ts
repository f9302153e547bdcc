import { loadConfig, type AppConfig } from '@app/platform';
import { QUEUE_NAMES } from '@app/platform/queues/queue-catalog';
import { QueueProducerService } from '@app/platform/queues/queue-producer.service';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import type { App } from 'supertest/types';
import type { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { signIn, type SignedIn } from './accounts';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface TestSystem {
  config: AppConfig;
  api: INestApplication;
  worker?: INestApplicationContext;
  dataSource: DataSource;
  stop(): Promise<void>;
}

export interface TestSystemOptions {
  worker?: boolean;
  env?: Record<string, string>;
  /** Where the API's log lines go, for tests that read them (set LOG_LEVEL in `env` too). */
  logDestination?: DestinationStream;
}

/**
 * The API (and optionally the worker) as production builds them, on a database of this test
 * file's own and a queue prefix of its own on the real Redis.
 */
export async function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const database = await createTestDatabase();
  const storageDir = await mkdtemp(join(tmpdir(), 'marketplace-storage-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `{test-${randomBytes(4).toString('hex')}}`,
    OUTBOX_POLL_INTERVAL_MS: '50',
    OUTBOX_ENQUEUE_TIMEOUT_MS: '300',
    STORAGE_DIR: storageDir,
    ...options.env,
  });
  const api = await createApiApp(config, { logDestination: options.logDestination });
  await api.init();
  const worker = options.worker ? await createWorkerApp(config) : undefined;
  const dataSource = api.get<DataSource>(getDataSourceToken());
  return {
    config,
    api,
    worker,
    dataSource,
    async stop() {
      if (worker) {
        // Leave nothing behind in the shared Redis.
        const producer = worker.get(QueueProducerService);
        await Promise.all(
          QUEUE_NAMES.map((name) => producer.queue(name).obliterate({ force: true })),
        );
        await worker.close();
      }
      await api.close();
      await dropTestDatabase(database.name);
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

export interface TestSystemWithAdmin {
  system: TestSystem;
  http: App;
  admin: SignedIn;
}

/** The administrator account of startTestSystemWithAdmin; the password policy accepts it. */
const TEST_ADMIN = { email: 'reviewer@example.eu', password: 'a long passphrase for the admin' };

/** startTestSystem with an administrator account (ADMIN_EMAIL, ADMIN_PASSWORD), signed in. */
export async function startTestSystemWithAdmin(
  options: TestSystemOptions = {},
): Promise<TestSystemWithAdmin> {
  const system = await startTestSystem({
    ...options,
    env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password, ...options.env },
  });
  const http = system.api.getHttpServer() as App;
  try {
    return { system, http, admin: await signIn(http, TEST_ADMIN.email, TEST_ADMIN.password) };
  } catch (error) {
    await system.stop();
    throw error;
  }
}

/** Polls until `probe` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
