import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vendor audit entries record the vendor's status at their moment and, in `details`, facts such
 * as the uploaded document's id, type and size. VAT IDs gain the status `not_checked`, for
 * installations without VIES (VIES_API_BASE unset) that must not call out.
 */
export class VendorAuditStatusAndVatCheck1796170500000 implements MigrationInterface {
  name = 'VendorAuditStatusAndVatCheck1796170500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE vendors DROP CONSTRAINT vendors_vat_id_status_check,
        ADD CONSTRAINT vendors_vat_id_status_check
          CHECK (vat_id_status IN ('unverified', 'valid', 'invalid', 'not_checked'))`);
    await queryRunner.query(`ALTER TABLE vendor_audit_log ADD COLUMN details jsonb`);
    // NOT VALID: older entries (VIES results) were written without a status and, the log being
    // append-only, stay as they are; every new entry must carry one.
    await queryRunner.query(`
      ALTER TABLE vendor_audit_log ADD CONSTRAINT vendor_audit_log_status_recorded
        CHECK (to_status IS NOT NULL AND (from_status IS NOT NULL OR action = 'create')) NOT VALID`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE vendor_audit_log DROP CONSTRAINT vendor_audit_log_status_recorded`,
    );
    await queryRunner.query(`ALTER TABLE vendor_audit_log DROP COLUMN details`);
    await queryRunner.query(
      `UPDATE vendors SET vat_id_status = 'unverified' WHERE vat_id_status = 'not_checked'`,
    );
    await queryRunner.query(`
      ALTER TABLE vendors DROP CONSTRAINT vendors_vat_id_status_check,
        ADD CONSTRAINT vendors_vat_id_status_check
          CHECK (vat_id_status IN ('unverified', 'valid', 'invalid'))`);
  }
}
