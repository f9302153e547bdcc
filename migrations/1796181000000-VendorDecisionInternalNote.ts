import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision's note for the admins only, kept apart from `note`, which the seller reads in its
 * decision history (DSA Art. 17(1): the statement of reasons goes to the seller; the reviewers'
 * working notes do not). Earlier notes were written as explanations for the seller and stay so.
 */
export class VendorDecisionInternalNote1796181000000 implements MigrationInterface {
  name = 'VendorDecisionInternalNote1796181000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vendor_audit_log ADD COLUMN internal_note text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vendor_audit_log DROP COLUMN internal_note`);
  }
}
