import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open notice per notifier, listing and category: the service returns the open notice to a
 * notifier who sends the same report again, and this index keeps two reports sent at the same
 * moment from both being stored. Anonymous notices have no notifier to compare.
 */
export class NoticeDuplicates1795712300000 implements MigrationInterface {
  name = 'NoticeDuplicates1795712300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Notices are a legal record, so duplicates stored before this index are not closed here
    // silently: the migration stops and says which, for a moderator to handle them first.
    const duplicates = (await queryRunner.query(
      `SELECT string_agg(reference, ', ' ORDER BY created_at) AS references FROM notices
        WHERE status = 'open' AND notifier_email IS NOT NULL
        GROUP BY product_id, notifier_email, category HAVING count(*) > 1`,
    )) as Array<{ references: string }>;
    if (duplicates.length > 0) {
      throw new Error(
        `Open notices repeat one another; handle all but the first of each group, then migrate again: ${duplicates
          .map((group) => group.references)
          .join('; ')}`,
      );
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX notices_open_duplicate_idx ON notices (product_id, notifier_email, category)
       WHERE status = 'open' AND notifier_email IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notices_open_duplicate_idx`);
  }
}
