import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A word index ordered by relevance: one row per word (lexeme) of each listing text, with the
 * word's weight in that text. A B-tree on (language, lexeme, score DESC) hands out a word's best
 * listings first, so a relevance page reads about a page of rows however many listings contain
 * the word; a GIN index can only return all of them, to be ranked afterwards.
 *
 * Triggers keep the rows in step with `listing_texts`; rows go with their text (foreign key).
 * A text's key (product, language) is never updated in place: the catalog replaces texts.
 */
export class StorefrontSearchTerms1795712000000 implements MigrationInterface {
  name = 'StorefrontSearchTerms1795712000000';

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
    // divided by 1 + ln(number of distinct words in the text) so that a word in a short title
    // counts for more.
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
      CREATE FUNCTION index_inserted_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_terms
        SELECT terms.* FROM new_texts n
         CROSS JOIN LATERAL listing_search_terms(n.product_id, n.language, n.search_vector) terms;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION reindex_updated_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM search_terms WHERE product_id = OLD.product_id AND language = OLD.language;
        INSERT INTO search_terms
        SELECT * FROM listing_search_terms(NEW.product_id, NEW.language, NEW.search_vector);
        RETURN NULL;
      END $$`);
    // Inserts: one statement trigger with a transition table, so a bulk write of texts indexes
    // its words in one INSERT … SELECT.
    await queryRunner.query(`
      CREATE TRIGGER listing_texts_search_terms_insert AFTER INSERT ON listing_texts
      REFERENCING NEW TABLE AS new_texts
      FOR EACH STATEMENT EXECUTE FUNCTION index_inserted_search_terms()`);
    // Updates: a row trigger limited to the text columns, so the frequent visibility refreshes
    // (which write only `markets`) do not fire it at all.
    await queryRunner.query(`
      CREATE TRIGGER listing_texts_search_terms_update AFTER UPDATE OF config, title, description ON listing_texts
      FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector)
      EXECUTE FUNCTION reindex_updated_search_terms()`);
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
    await queryRunner.query(`DROP FUNCTION reindex_updated_search_terms`);
    await queryRunner.query(`DROP FUNCTION index_inserted_search_terms`);
    await queryRunner.query(`DROP TABLE search_terms`);
    await queryRunner.query(`DROP FUNCTION listing_search_terms`);
  }
}
