import { createDataSourceOptions } from '@app/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ComplaintDuplicates1796170400000 } from '../migrations/1796170400000-ComplaintDuplicates';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

describe('migration ComplaintDuplicates (e2e)', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;
  const migration = new ComplaintDuplicates1796170400000();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(
      createDataSourceOptions({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 1 }),
    );
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    if (database) await dropTestDatabase(database.name);
  });

  it('refuses to run while open complaints repeat one another, naming them', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      // The complaints are what is checked; the rows they point to do not matter here.
      await runner.query(`SET session_replication_role = replica`);
      const decisionId = randomUUID();
      const sellerId = randomUUID();
      const noticeId = randomUUID();
      const insert = async (lodgedBy: string | null, notice: string | null) =>
        (
          (await runner.query(
            `INSERT INTO complaints (decision_id, lodged_by, notice_id, text, status)
             VALUES ($1, $2, $3, 'A complaint', 'open') RETURNING id`,
            [decisionId, lodgedBy, notice],
          )) as Array<{ id: string }>
        )[0].id;
      const sellerFirst = await insert(sellerId, null);
      const sellerSecond = await insert(sellerId, null);
      const notifierFirst = await insert(null, noticeId);
      const notifierSecond = await insert(null, noticeId);
      await insert(randomUUID(), null);
      await runner.query(`SET session_replication_role = DEFAULT`);

      const refused = migration.up(runner);
      await expect(refused).rejects.toThrow('Open complaints repeat one another');
      const message = await refused.catch((error: Error) => error.message);
      for (const id of [sellerFirst, sellerSecond, notifierFirst, notifierSecond])
        expect(message).toContain(id);
      expect(
        await runner.query(
          `SELECT indexname FROM pg_indexes WHERE indexname LIKE 'complaints_open_%_duplicate_idx'`,
        ),
      ).toEqual([]);

      // Once an admin has resolved the repeats, it runs.
      await runner.query(`UPDATE complaints SET status = 'dismissed' WHERE id = ANY($1)`, [
        [sellerSecond, notifierSecond],
      ]);
      await migration.up(runner);
      await runner.query(`SET session_replication_role = replica`);
      await expect(
        runner.query(
          `INSERT INTO complaints (decision_id, lodged_by, text, status)
           SELECT decision_id, lodged_by, 'Again', 'open' FROM complaints WHERE id = $1`,
          [sellerFirst],
        ),
      ).rejects.toThrow('complaints_open_seller_duplicate_idx');
    } finally {
      await runner.release();
    }
  });
});
