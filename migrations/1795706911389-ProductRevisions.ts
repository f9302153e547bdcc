import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Pending changes to a published listing, reviewed while the approved version stays live. */
export class ProductRevisions1795706911389 implements MigrationInterface {
  name = 'ProductRevisions1795706911389';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE products ADD COLUMN revision jsonb`);
    await queryRunner.query(
      `ALTER TABLE products ADD COLUMN revision_status text CHECK (revision_status IN ('draft', 'pending_review'))`,
    );
    await queryRunner.query(
      `CREATE INDEX products_revision_review_idx ON products (created_at, id) WHERE revision_status = 'pending_review'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX products_revision_review_idx`);
    await queryRunner.query(`ALTER TABLE products DROP COLUMN revision_status`);
    await queryRunner.query(`ALTER TABLE products DROP COLUMN revision`);
  }
}
