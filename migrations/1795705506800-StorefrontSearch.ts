import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search texts per listing and language, each with the text-search configuration of its
 * language, so that "Bücher" finds "Buch" in German and "livres" finds "livre" in French.
 */
export class StorefrontSearch1795705506800 implements MigrationInterface {
  name = 'StorefrontSearch1795705506800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE listing_texts (
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        language text NOT NULL,
        config regconfig NOT NULL,
        title text NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, coalesce(description, '')), 'B')
        ) STORED,
        description text,
        PRIMARY KEY (product_id, language)
      )`);
    await queryRunner.query(
      `CREATE INDEX listing_texts_search_idx ON listing_texts USING gin (search_vector)`,
    );
    await queryRunner.query(`CREATE INDEX offers_markets_idx ON offers USING gin (markets)`);
    await queryRunner.query(
      `CREATE INDEX products_published_idx ON products (published_at DESC, id) WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX products_category_published_idx ON products (category, published_at DESC, id) WHERE status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX products_category_published_idx`);
    await queryRunner.query(`DROP INDEX products_published_idx`);
    await queryRunner.query(`DROP INDEX offers_markets_idx`);
    await queryRunner.query(`DROP TABLE listing_texts`);
  }
}
