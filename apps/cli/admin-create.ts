import {
  createDataSourceOptions,
  I18nService,
  loadConfigOrExit,
  prepareDatabase,
  upsertAdmin,
  ValidationFailedError,
} from '@app/platform';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';

const USAGE =
  'Usage: npm run admin:create -- --email admin@example.eu --password "<at least 12 characters>"';

/** Creates an admin, or promotes an existing account to admin with a new password. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.email || !values.password) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit();
  await prepareDatabase(config);
  const dataSource = await new DataSource(createDataSourceOptions(config)).initialize();
  try {
    const admin = await upsertAdmin(dataSource, values.email, values.password);
    process.stdout.write(`Admin ${admin.email} (${admin.id}) is ready.\n`);
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    const i18n = new I18nService();
    const reasons = error.fieldErrors.map((e) =>
      i18n.translate('en', `validation:${e.code}`, e.variables),
    );
    process.stderr.write(`The password is too weak: it ${reasons.join('; it ')}.\n`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
