import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Vendors with their onboarding data, documents, the append-only decision log and webhook dedupe. */
export class VendorOnboarding1795703272529 implements MigrationInterface {
  name = 'VendorOnboarding1795703272529';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'draft',
        country text NOT NULL,
        legal_form text NOT NULL,
        legal_name text,
        registered_address jsonb,
        register_number text,
        vat_id text,
        vat_id_status text NOT NULL DEFAULT 'unverified',
        vat_id_checked_at timestamptz,
        iban text,
        account_holder text,
        contact_email text,
        contact_phone text,
        representative jsonb,
        preferred_language text,
        categories text[] NOT NULL DEFAULT '{}',
        self_certified_at timestamptz,
        registrations jsonb NOT NULL DEFAULT '{}',
        stripe_account_id text,
        payout_status text NOT NULL DEFAULT 'none',
        payout_status_at timestamptz,
        submitted_at timestamptz,
        decided_at timestamptz,
        -- Millisecond precision, as JavaScript dates have: page cursors carry this value exactly.
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vendors_owner_key UNIQUE (owner_id),
        CONSTRAINT vendors_stripe_account_key UNIQUE (stripe_account_id),
        CONSTRAINT vendors_status_check
          CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'changes_requested', 'suspended')),
        CONSTRAINT vendors_vat_id_status_check CHECK (vat_id_status IN ('unverified', 'valid', 'invalid')),
        CONSTRAINT vendors_payout_status_check CHECK (payout_status IN ('none', 'pending', 'enabled', 'restricted'))
      )`);
    // The admin review queue: by status and country, oldest first, with id as tie-breaker for cursors.
    await queryRunner.query(
      `CREATE INDEX vendors_review_idx ON vendors (status, country, created_at, id)`,
    );
    await queryRunner.query(`CREATE INDEX vendors_created_idx ON vendors (created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE vendor_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
        type text NOT NULL,
        original_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX vendor_documents_vendor_idx ON vendor_documents (vendor_id, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE vendor_audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        vendor_id uuid NOT NULL REFERENCES vendors (id),
        actor_id uuid REFERENCES users (id),
        actor_role text NOT NULL,
        action text NOT NULL,
        from_status text,
        to_status text,
        reason text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX vendor_audit_log_vendor_idx ON vendor_audit_log (vendor_id, id)`,
    );
    // Decisions are evidence (DSA Art. 30 and 20): the log is append-only, enforced by the database.
    await queryRunner.query(`
      CREATE FUNCTION vendor_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'vendor_audit_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER vendor_audit_log_no_change BEFORE UPDATE OR DELETE ON vendor_audit_log
      FOR EACH ROW EXECUTE FUNCTION vendor_audit_log_append_only()`);

    await queryRunner.query(`
      CREATE TABLE processed_webhook_events (
        id text PRIMARY KEY,
        provider text NOT NULL,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE processed_webhook_events`);
    await queryRunner.query(`DROP TABLE vendor_audit_log`);
    await queryRunner.query(`DROP FUNCTION vendor_audit_log_append_only`);
    await queryRunner.query(`DROP TABLE vendor_documents`);
    await queryRunner.query(`DROP TABLE vendors`);
  }
}
