import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A seller's own listings, newest change first (`GET /v1/vendors/{id}/products`). The page cursor
 * carries `updated_at` as a JavaScript date, which has millisecond precision: a finer column would
 * make the last row of a page compare after its own cursor, so the column is cut to milliseconds
 * as `created_at` already is.
 */
export class VendorListingsIndex1796182000000 implements MigrationInterface {
  name = 'VendorListingsIndex1796182000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE products ALTER COLUMN updated_at TYPE timestamptz(3)`);
    await queryRunner.query(
      `CREATE INDEX products_vendor_updated_idx ON products (vendor_id, updated_at DESC, id DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX products_vendor_updated_idx`);
    await queryRunner.query(`ALTER TABLE products ALTER COLUMN updated_at TYPE timestamptz`);
  }
}
