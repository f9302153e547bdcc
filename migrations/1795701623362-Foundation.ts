import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, the transactional outbox and the notifications it leads to. */
export class Foundation1795701623362 implements MigrationInterface {
  name = 'Foundation1795701623362';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        locale text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email),
        CONSTRAINT users_email_lower CHECK (email = lower(email)),
        CONSTRAINT users_role_check CHECK (role IN ('shopper', 'seller', 'admin'))
      )`);
    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever reads pending rows, which stay few; sent ones can pile up.
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL,
        recipient text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT notifications_dedupe_key_key UNIQUE (dedupe_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX notifications_user_idx ON notifications (user_id, created_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
