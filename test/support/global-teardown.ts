import { TEMPLATE_ENV, dropRunDatabases } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (template) await dropRunDatabases(template);
}
