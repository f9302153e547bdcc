import type { MigrationInterface, QueryRunner } from 'typeorm';

/** DSA moderation: statements of reasons (Art. 17), complaints (Art. 20), notices (Art. 16). */
export class Moderation1795704954220 implements MigrationInterface {
  name = 'Moderation1795704954220';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        product_id uuid NOT NULL REFERENCES products (id),
        category text NOT NULL,
        explanation text NOT NULL,
        notifier_name text,
        notifier_email text,
        notifier_locale text NOT NULL,
        good_faith boolean NOT NULL CHECK (good_faith),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'actioned', 'dismissed')),
        decision_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        handled_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notices_open_idx ON notices (status, created_at, id)`);
    await queryRunner.query(`CREATE INDEX notices_product_idx ON notices (product_id)`);

    await queryRunner.query(`
      CREATE TABLE moderation_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id),
        vendor_id uuid NOT NULL REFERENCES vendors (id),
        decision text NOT NULL CHECK (decision IN ('approve', 'reject', 'remove')),
        category text,
        ground text CHECK (ground IN ('illegal', 'terms')),
        legal_ground text,
        terms_ground text,
        explanation text,
        territorial_scope text[] NOT NULL DEFAULT '{}',
        source text NOT NULL CHECK (source IN ('voluntary', 'notice', 'complaint')),
        notice_id uuid REFERENCES notices (id),
        automated_detection boolean NOT NULL DEFAULT false,
        decided_by uuid NOT NULL REFERENCES users (id),
        content_date date NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX moderation_decisions_product_idx ON moderation_decisions (product_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX moderation_decisions_created_idx ON moderation_decisions (created_at, id)`,
    );
    await queryRunner.query(
      `ALTER TABLE notices ADD CONSTRAINT notices_decision_fk FOREIGN KEY (decision_id) REFERENCES moderation_decisions (id)`,
    );

    await queryRunner.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES moderation_decisions (id),
        lodged_by uuid NOT NULL REFERENCES users (id),
        text text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
        reviewed_by uuid REFERENCES users (id),
        resolution text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX complaints_open_idx ON complaints (status, created_at, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE moderation_audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES products (id),
        actor_id uuid REFERENCES users (id),
        action text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX moderation_audit_log_product_idx ON moderation_audit_log (product_id, id)`,
    );
    // Statements of reasons and the moderation log are evidence: append-only, enforced here.
    await queryRunner.query(`
      CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$`);
    for (const table of ['moderation_decisions', 'moderation_audit_log']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION forbid_change()`,
      );
    }
    // Notifiers are often not account holders: their acknowledgement has no user.
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN user_id DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE user_id IS NULL`);
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN user_id SET NOT NULL`);
    await queryRunner.query(`DROP TABLE moderation_audit_log`);
    await queryRunner.query(`DROP TABLE complaints`);
    await queryRunner.query(`ALTER TABLE notices DROP CONSTRAINT notices_decision_fk`);
    await queryRunner.query(`DROP TABLE moderation_decisions`);
    await queryRunner.query(`DROP FUNCTION forbid_change`);
    await queryRunner.query(`DROP TABLE notices`);
  }
}
