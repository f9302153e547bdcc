import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open notice per notifier, listing and category: the service returns the open notice to a
 * notifier who sends the same report again, and this index keeps two reports sent at the same
 * moment from both being stored. Anonymous notices have no notifier to compare.
 */
export class NoticeDuplicates1795800000001 implements MigrationInterface {
  name = 'NoticeDuplicates1795800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX notices_open_duplicate_idx ON notices (product_id, notifier_email, category)
       WHERE status = 'open' AND notifier_email IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notices_open_duplicate_idx`);
  }
}
