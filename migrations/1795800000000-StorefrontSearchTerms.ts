import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A word index ordered by relevance: one row per word (lexeme) of each listing text, with the
 * word's weight in that text. A B-tree on (language, lexeme, score DESC) hands out a word's best
 * listings first, so a relevance page reads about a page of rows however many listings contain
 * the word; a GIN index can only return all of them, to be ranked afterwards.
 *
 * Triggers keep the rows in step with `listing_texts`; rows go with their text (foreign key).
 */
export class StorefrontSearchTerms1795800000000 implements MigrationInterface {
  name = 'StorefrontSearchTerms1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_terms (
        product_id uuid NOT NULL,
        language text NOT NULL,
        lexeme text NOT NULL,
        score real NOT NULL,
        PRIMARY KEY (product_id, language, lexeme),
        FOREIGN KEY (product_id, language) REFERENCES listing_texts (product_id, language) ON DELETE CASCADE
      )`);
    // The score: occurrences weighted as ts_rank weighs them (title A = 1, description B = 0.4),
    // divided by 1 + ln(number of words) so that a word in a short title counts for more.
    await queryRunner.query(`
      CREATE FUNCTION listing_search_terms(listing uuid, text_language text, vector tsvector)
      RETURNS TABLE (product_id uuid, language text, lexeme text, score real)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT listing, text_language, u.lexeme,
               (SELECT sum(CASE w WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.2 ELSE 0.1 END)
                  FROM unnest(u.weights) w) / (1 + ln(length(vector)))
          FROM unnest(vector) u
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION index_listing_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM search_terms s USING old_texts o, new_texts n
           WHERE s.product_id = o.product_id AND s.language = o.language
             AND n.product_id = o.product_id AND n.language = o.language
             AND n.search_vector IS DISTINCT FROM o.search_vector;
          INSERT INTO search_terms
          SELECT terms.* FROM new_texts n JOIN old_texts o USING (product_id, language)
           CROSS JOIN LATERAL listing_search_terms(n.product_id, n.language, n.search_vector) terms
           WHERE n.search_vector IS DISTINCT FROM o.search_vector;
        ELSE
          INSERT INTO search_terms
          SELECT terms.* FROM new_texts n
           CROSS JOIN LATERAL listing_search_terms(n.product_id, n.language, n.search_vector) terms;
        END IF;
        RETURN NULL;
      END $$`);
    // Statement triggers with transition tables: one INSERT … SELECT per statement, so a bulk
    // write of texts indexes its words in one pass.
    await queryRunner.query(`
      CREATE TRIGGER listing_texts_search_terms_insert AFTER INSERT ON listing_texts
      REFERENCING NEW TABLE AS new_texts
      FOR EACH STATEMENT EXECUTE FUNCTION index_listing_search_terms()`);
    await queryRunner.query(`
      CREATE TRIGGER listing_texts_search_terms_update AFTER UPDATE ON listing_texts
      REFERENCING OLD TABLE AS old_texts NEW TABLE AS new_texts
      FOR EACH STATEMENT EXECUTE FUNCTION index_listing_search_terms()`);
    await queryRunner.query(`
      INSERT INTO search_terms
      SELECT terms.* FROM listing_texts t
       CROSS JOIN LATERAL listing_search_terms(t.product_id, t.language, t.search_vector) terms`);
    await queryRunner.query(
      `CREATE INDEX search_terms_ranked_idx ON search_terms (language, lexeme, score DESC, product_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER listing_texts_search_terms_update ON listing_texts`);
    await queryRunner.query(`DROP TRIGGER listing_texts_search_terms_insert ON listing_texts`);
    await queryRunner.query(`DROP FUNCTION index_listing_search_terms`);
    await queryRunner.query(`DROP TABLE search_terms`);
    await queryRunner.query(`DROP FUNCTION listing_search_terms`);
  }
}
