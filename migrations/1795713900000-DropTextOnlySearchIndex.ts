import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every search of listing texts also asks for the market, so it is answered by the GIN index on
 * (markets, search_vector) of StorefrontVisibility; a multi-column GIN index serves a condition on
 * any of its columns. The older index on search_vector alone is no longer read, yet every text
 * written had to be added to both.
 */
export class DropTextOnlySearchIndex1795713900000 implements MigrationInterface {
  name = 'DropTextOnlySearchIndex1795713900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX listing_texts_search_idx`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX listing_texts_search_idx ON listing_texts USING gin (search_vector)`,
    );
  }
}
