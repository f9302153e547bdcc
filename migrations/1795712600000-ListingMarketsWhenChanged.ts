import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The visibility refresh of StorefrontVisibility wrote every search text of a listing on every
 * offer, product or vendor change, even when the markets stayed the same. Each such write is a
 * new row version and a new entry in the GIN index on (markets, search_vector). Now a text is
 * written only when its markets change.
 */
export class ListingMarketsWhenChanged1795712600000 implements MigrationInterface {
  name = 'ListingMarketsWhenChanged1795712600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION refresh_listing_markets() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        listing uuid;
      BEGIN
        IF TG_TABLE_NAME = 'listing_texts' THEN
          NEW.markets := listing_visible_markets(NEW.product_id);
          RETURN NEW;
        ELSIF TG_TABLE_NAME = 'vendors' THEN
          UPDATE listing_texts t SET markets = visible.markets
            FROM (SELECT p.id, listing_visible_markets(p.id) AS markets
                    FROM products p WHERE p.vendor_id = NEW.id) visible
           WHERE t.product_id = visible.id AND t.markets IS DISTINCT FROM visible.markets;
          RETURN NULL;
        ELSIF TG_TABLE_NAME = 'products' THEN
          listing := NEW.id;
        ELSIF TG_OP = 'DELETE' THEN
          listing := OLD.product_id;
        ELSE
          listing := NEW.product_id;
        END IF;
        UPDATE listing_texts t SET markets = visible.markets
          FROM (SELECT listing_visible_markets(listing) AS markets) visible
         WHERE t.product_id = listing AND t.markets IS DISTINCT FROM visible.markets;
        RETURN NULL;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION refresh_listing_markets() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
