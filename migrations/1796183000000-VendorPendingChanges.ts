import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of an approved vendor's identity data (DSA Art. 30(3)): each is kept with its
 * outcome, at most one open per vendor, so the approved data stays in force until an admin
 * accepts the correction and the record shows what was asked, decided and replaced.
 */
export class VendorPendingChanges1796183000000 implements MigrationInterface {
  name = 'VendorPendingChanges1796183000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE vendor_pending_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
        status text NOT NULL
          CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn', 'superseded')),
        changes jsonb NOT NULL,
        previous jsonb,
        submitted_by uuid NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid,
        decided_at timestamptz,
        reason text,
        note text
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX vendor_pending_changes_one_open ON vendor_pending_changes (vendor_id)
         WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX vendor_pending_changes_latest ON vendor_pending_changes (vendor_id, submitted_at DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vendor_pending_changes`);
  }
}
