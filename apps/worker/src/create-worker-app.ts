import { createLogger, PinoNestLogger, type AppConfig } from '@app/platform';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** Starts the worker's application context; used by main.ts and the end-to-end tests. */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(createLogger(config, 'worker')),
    // Start-up errors reach the caller (main.ts prints them and exits) instead of exiting here.
    abortOnError: false,
  });
  // SIGTERM closes the workers, which finish their jobs in flight before the process exits.
  app.enableShutdownHooks();
  await app.init();
  return app;
}
