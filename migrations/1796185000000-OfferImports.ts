import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk offer updates by CSV upload (POST /v1/vendors/{id}/offers/imports): the import with its
 * progress counters, and one row per failed line for the seller's error report. A line is
 * settled at most once per import (the primary key), so a re-run after a crash cannot count or
 * report a line twice.
 */
export class OfferImports1796185000000 implements MigrationInterface {
  name = 'OfferImports1796185000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE offer_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
        uploaded_by uuid NOT NULL,
        file_name text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        storage_key text NOT NULL UNIQUE,
        separator text NOT NULL CHECK (separator IN (',', ';')),
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        total_lines integer NOT NULL CHECK (total_lines >= 0),
        processed_lines integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT offer_imports_counters CHECK (
          updated >= 0 AND failed >= 0 AND processed_lines = updated + failed
          AND processed_lines <= total_lines
        )
      )`);
    await queryRunner.query(
      `CREATE INDEX offer_imports_vendor ON offer_imports (vendor_id, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE offer_import_errors (
        import_id uuid NOT NULL REFERENCES offer_imports (id) ON DELETE CASCADE,
        line_number integer NOT NULL,
        offer_id text NOT NULL,
        code text NOT NULL,
        variables jsonb NOT NULL DEFAULT '{}',
        field_errors jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (import_id, line_number)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE offer_import_errors`);
    await queryRunner.query(`DROP TABLE offer_imports`);
  }
}
