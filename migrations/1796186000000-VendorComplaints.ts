import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A seller's complaints against a decision to reject or suspend its vendor (DSA Art. 20(1)(c)
 * and (d)): the contested decision is its audit-log entry. One complaint per decision is open at
 * a time; the partial unique index also settles two requests sent at the same moment.
 */
export class VendorComplaints1796186000000 implements MigrationInterface {
  name = 'VendorComplaints1796186000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE vendor_complaints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors (id),
        decision_entry_id bigint NOT NULL REFERENCES vendor_audit_log (id),
        lodged_by uuid NOT NULL REFERENCES users (id),
        text text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'upheld', 'dismissed')),
        reviewed_by uuid REFERENCES users (id),
        resolution text,
        reversal_entry_id bigint REFERENCES vendor_audit_log (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        CHECK ((status = 'open') = (resolved_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX vendor_complaints_open_decision_idx ON vendor_complaints (decision_entry_id) WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX vendor_complaints_queue_idx ON vendor_complaints (status, created_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX vendor_complaints_vendor_idx ON vendor_complaints (vendor_id, created_at DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vendor_complaints`);
  }
}
