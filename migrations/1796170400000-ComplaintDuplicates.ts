import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open complaint per complainant and decision: a seller by its account, the author of a
 * notice by the notice. The service returns the open complaint to a complainant who sends it
 * again, and these indexes keep two sent at the same moment from both being stored.
 * Complaints also record the decision that reversed the contested one (DSA Art. 20(4)).
 */
export class ComplaintDuplicates1796170400000 implements MigrationInterface {
  name = 'ComplaintDuplicates1796170400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Complaints are a legal record, so duplicates stored before these indexes are not closed
    // here silently: the migration stops and says which, for an admin to resolve them first.
    const duplicates = (await queryRunner.query(
      `SELECT string_agg(id::text, ', ' ORDER BY created_at) AS ids FROM complaints
        WHERE status = 'open'
        GROUP BY decision_id, lodged_by, CASE WHEN lodged_by IS NULL THEN notice_id END
        HAVING count(*) > 1`,
    )) as Array<{ ids: string }>;
    if (duplicates.length > 0) {
      throw new Error(
        `Open complaints repeat one another; resolve all but the first of each group, then migrate again: ${duplicates
          .map((group) => group.ids)
          .join('; ')}`,
      );
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX complaints_open_seller_duplicate_idx ON complaints (decision_id, lodged_by)
       WHERE status = 'open' AND lodged_by IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX complaints_open_notifier_duplicate_idx ON complaints (decision_id, notice_id)
       WHERE status = 'open' AND lodged_by IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE complaints ADD COLUMN reversal_decision_id uuid REFERENCES moderation_decisions (id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE complaints DROP COLUMN reversal_decision_id`);
    await queryRunner.query(`DROP INDEX complaints_open_notifier_duplicate_idx`);
    await queryRunner.query(`DROP INDEX complaints_open_seller_duplicate_idx`);
  }
}
