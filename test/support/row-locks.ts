import type { DataSource, QueryRunner } from 'typeorm';
import { eventually } from './test-system';

/** Sessions of this test's database that wait for a lock held by another transaction. */
async function sessionsWaitingForALock(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row.n as number;
}

/**
 * Makes a race happen every time: `change` runs in a transaction that holds the vendor row's lock,
 * as a PATCH or an upload does between its check and its commit; `contender` (an HTTP call) starts
 * meanwhile, and the transaction commits only once a session is seen waiting for a lock, so the
 * contender met the uncommitted change. Returns the contender's answer. The caller makes sure
 * nothing else of the test's system touches that vendor at the time (no VAT ID check pending).
 */
export async function raceWithLockedVendor<T>(
  dataSource: DataSource,
  vendorId: string,
  change: (transaction: QueryRunner) => Promise<unknown>,
  contender: () => PromiseLike<T>,
): Promise<T> {
  const transaction = dataSource.createQueryRunner();
  await transaction.connect();
  await transaction.startTransaction();
  try {
    await transaction.query('SELECT 1 FROM vendors WHERE id = $1 FOR UPDATE', [vendorId]);
    await change(transaction);
    const answer = Promise.resolve(contender());
    await eventually(async () =>
      (await sessionsWaitingForALock(dataSource)) > 0 ? true : undefined,
    );
    await transaction.commitTransaction();
    return await answer;
  } finally {
    if (transaction.isTransactionActive) await transaction.rollbackTransaction();
    await transaction.release();
  }
}
