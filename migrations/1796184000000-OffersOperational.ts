import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers change at once, outside review, so their rows must stay put and their writes stay cheap:
 * - an offer is soft-deleted (`deleted_at`): carts, orders and the price history refer to its id,
 *   which must never vanish; a removed offer no longer makes its listing visible;
 * - pending revisions lose their offer changes, which would otherwise overwrite what was sold;
 * - the visibility refresh runs on an offer update only when what it reads changes (stock crossing
 *   zero, the markets, the removal), so a price change or a stock change from 5 to 4 writes nothing
 *   but the offer row (see ListingMarketsWhenChanged and bench/README.md).
 */
export class OffersOperational1796184000000 implements MigrationInterface {
  name = 'OffersOperational1796184000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE offers ADD COLUMN deleted_at timestamptz`);
    // Revisions no longer carry offers (they change at once): a pending revision's offer changes
    // would overwrite stock and prices sold since, so they are dropped; the seller makes them
    // again through the offer endpoints.
    await queryRunner.query(
      `UPDATE products SET revision = revision - 'offers' WHERE revision IS NOT NULL AND revision ? 'offers'`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION listing_visible_markets(listing uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(array_agg(DISTINCT m ORDER BY m), '{}')
          FROM products p
          JOIN vendors v ON v.id = p.vendor_id AND v.status = 'approved'
          JOIN offers o ON o.product_id = p.id AND o.stock > 0 AND o.deleted_at IS NULL
          CROSS JOIN LATERAL unnest(o.markets) m
         WHERE p.id = listing AND p.status = 'published'
      $$`);
    await queryRunner.query(`DROP TRIGGER offers_listing_markets ON offers`);
    await queryRunner.query(`
      CREATE TRIGGER offers_listing_markets AFTER INSERT OR DELETE ON offers
      FOR EACH ROW EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(`
      CREATE TRIGGER offers_listing_markets_changed AFTER UPDATE OF stock, markets, deleted_at ON offers
      FOR EACH ROW WHEN (
        (OLD.stock > 0) IS DISTINCT FROM (NEW.stock > 0)
        OR OLD.markets IS DISTINCT FROM NEW.markets
        OR (OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL)
      ) EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(
      `UPDATE listing_texts t SET markets = listing_visible_markets(t.product_id)
        WHERE t.markets IS DISTINCT FROM listing_visible_markets(t.product_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER offers_listing_markets_changed ON offers`);
    await queryRunner.query(`DROP TRIGGER offers_listing_markets ON offers`);
    await queryRunner.query(`
      CREATE TRIGGER offers_listing_markets AFTER INSERT OR UPDATE OR DELETE ON offers
      FOR EACH ROW EXECUTE FUNCTION refresh_listing_markets()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION listing_visible_markets(listing uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(array_agg(DISTINCT m ORDER BY m), '{}')
          FROM products p
          JOIN vendors v ON v.id = p.vendor_id AND v.status = 'approved'
          JOIN offers o ON o.product_id = p.id AND o.stock > 0
          CROSS JOIN LATERAL unnest(o.markets) m
         WHERE p.id = listing AND p.status = 'published'
      $$`);
    await queryRunner.query(`DELETE FROM offers WHERE deleted_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE offers DROP COLUMN deleted_at`);
  }
}
