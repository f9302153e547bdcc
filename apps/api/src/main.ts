import { loadConfigOrExit, prepareDatabase } from '@app/platform';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await prepareDatabase(config);
  const app = await createApiApp(config);
  await app.listen(config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `API failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
