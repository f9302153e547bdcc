import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Products with their texts and safety data, offers per market, and the price history. */
export class Catalog1795704593592 implements MigrationInterface {
  name = 'Catalog1795704593592';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors (id),
        status text NOT NULL DEFAULT 'draft',
        category text NOT NULL,
        gtin text,
        images text[] NOT NULL DEFAULT '{}',
        attributes jsonb NOT NULL DEFAULT '{}',
        translations jsonb NOT NULL DEFAULT '{}',
        manufacturer jsonb,
        responsible_person jsonb,
        submitted_at timestamptz,
        published_at timestamptz,
        -- Millisecond precision, as JavaScript dates have: page cursors carry this value exactly.
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT products_status_check
          CHECK (status IN ('draft', 'pending_review', 'published', 'rejected', 'unpublished', 'removed'))
      )`);
    await queryRunner.query(
      `CREATE INDEX products_vendor_idx ON products (vendor_id, created_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX products_review_idx ON products (status, created_at, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        prices jsonb NOT NULL,
        market_prices jsonb NOT NULL DEFAULT '{}',
        stock integer NOT NULL CHECK (stock >= 0),
        markets text[] NOT NULL,
        handling_days integer NOT NULL DEFAULT 1 CHECK (handling_days BETWEEN 0 AND 60),
        shipping jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX offers_product_idx ON offers (product_id)`);

    // Every price an offer has had, per currency and per market override: the Omnibus rule needs
    // the lowest price of the 30 days before a reduction (Directive 98/6/EC Art. 6a).
    await queryRunner.query(`
      CREATE TABLE price_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        market text,
        currency text NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX price_history_lookup_idx ON price_history (offer_id, currency, market, recorded_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE price_history`);
    await queryRunner.query(`DROP TABLE offers`);
    await queryRunner.query(`DROP TABLE products`);
  }
}
