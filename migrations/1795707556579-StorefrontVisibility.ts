import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The markets where each listing is visible (published, approved vendor, in stock), kept on its
 * search texts by triggers, so a search can ask the index for "matches visible in DE" directly
 * instead of checking every match against products, vendors and offers.
 */
export class StorefrontVisibility1795707556579 implements MigrationInterface {
  name = 'StorefrontVisibility1795707556579';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE listing_texts ADD COLUMN markets text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      CREATE FUNCTION listing_visible_markets(listing uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(array_agg(DISTINCT m ORDER BY m), '{}')
          FROM products p
          JOIN vendors v ON v.id = p.vendor_id AND v.status = 'approved'
          JOIN offers o ON o.product_id = p.id AND o.stock > 0
          CROSS JOIN LATERAL unnest(o.markets) m
         WHERE p.id = listing AND p.status = 'published'
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION refresh_listing_markets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'listing_texts' THEN
          NEW.markets := listing_visible_markets(NEW.product_id);
          RETURN NEW;
        ELSIF TG_TABLE_NAME = 'vendors' THEN
          UPDATE listing_texts t SET markets = listing_visible_markets(t.product_id)
           WHERE t.product_id IN (SELECT id FROM products WHERE vendor_id = NEW.id);
        ELSIF TG_TABLE_NAME = 'products' THEN
          UPDATE listing_texts SET markets = listing_visible_markets(NEW.id) WHERE product_id = NEW.id;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE listing_texts SET markets = listing_visible_markets(OLD.product_id) WHERE product_id = OLD.product_id;
        ELSE
          UPDATE listing_texts SET markets = listing_visible_markets(NEW.product_id) WHERE product_id = NEW.product_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER listing_texts_markets BEFORE INSERT ON listing_texts
      FOR EACH ROW EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(`
      CREATE TRIGGER products_listing_markets AFTER UPDATE OF status ON products
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(`
      CREATE TRIGGER vendors_listing_markets AFTER UPDATE OF status ON vendors
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(`
      CREATE TRIGGER offers_listing_markets AFTER INSERT OR UPDATE OR DELETE ON offers
      FOR EACH ROW EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(
      `UPDATE listing_texts SET markets = listing_visible_markets(product_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX listing_texts_visible_search_idx ON listing_texts USING gin (markets, search_vector)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX listing_texts_visible_search_idx`);
    await queryRunner.query(`DROP TRIGGER offers_listing_markets ON offers`);
    await queryRunner.query(`DROP TRIGGER vendors_listing_markets ON vendors`);
    await queryRunner.query(`DROP TRIGGER products_listing_markets ON products`);
    await queryRunner.query(`DROP TRIGGER listing_texts_markets ON listing_texts`);
    await queryRunner.query(`DROP FUNCTION refresh_listing_markets`);
    await queryRunner.query(`DROP FUNCTION listing_visible_markets`);
    await queryRunner.query(`ALTER TABLE listing_texts DROP COLUMN markets`);
  }
}
