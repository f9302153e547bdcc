import { loadConfigOrExit, prepareDatabase } from '@app/platform';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await prepareDatabase(config);
  await createWorkerApp(config);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
