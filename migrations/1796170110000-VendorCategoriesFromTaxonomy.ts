import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A seller now declares the product taxonomy's top-level categories (SELLER_CATEGORIES in
 * libs/compliance) instead of the former list of product kinds. Each former value becomes the
 * category that holds it; batteries go with electronics, which carries the battery and WEEE
 * duties, and jewellery with fashion. `automotive` and `other` have no counterpart in the
 * taxonomy and are dropped: a draft left without categories is asked for them at submission.
 * The seller's order is kept, duplicates are merged. Values already migrated map to themselves,
 * so running the statement twice changes nothing.
 */
const FORMER_TO_TAXONOMY: ReadonlyArray<readonly [string, string]> = [
  ['electronics', 'electronics'], ['batteries', 'electronics'],
  ['clothing', 'fashion'], ['footwear', 'fashion'], ['jewellery', 'fashion'],
  ['furniture', 'home-garden'], ['home', 'home-garden'], ['garden', 'home-garden'],
  ['books', 'books-media'], ['food', 'food-drink'], ['beverages', 'food-drink'],
  ['toys', 'baby-kids'], ['cosmetics', 'beauty'], ['health', 'health'], ['sports', 'sports'],
  ['books-media', 'books-media'], ['food-drink', 'food-drink'], ['fashion', 'fashion'],
  ['baby-kids', 'baby-kids'], ['home-garden', 'home-garden'], ['beauty', 'beauty'],
]; // prettier-ignore

/** Back to the former list: each category to its main former kind (batteries, jewellery are lost). */
const TAXONOMY_TO_FORMER: ReadonlyArray<readonly [string, string]> = [
  ['electronics', 'electronics'], ['books-media', 'books'], ['food-drink', 'food'],
  ['fashion', 'clothing'], ['baby-kids', 'toys'], ['health', 'health'], ['home-garden', 'home'],
  ['beauty', 'cosmetics'], ['sports', 'sports'],
]; // prettier-ignore

async function remapCategories(
  queryRunner: QueryRunner,
  mapping: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  await queryRunner.query(
    `UPDATE vendors v
        SET categories = coalesce((
              SELECT array_agg(mapped.category ORDER BY mapped.first_position)
                FROM (SELECT m.category, min(c.position) AS first_position
                        FROM unnest(v.categories) WITH ORDINALITY AS c(value, position)
                        JOIN unnest($1::text[], $2::text[]) AS m(value, category) ON m.value = c.value
                       GROUP BY m.category) mapped), '{}')
      WHERE v.categories <> '{}'`,
    [mapping.map(([from]) => from), mapping.map(([, to]) => to)],
  );
}

export class VendorCategoriesFromTaxonomy1796170110000 implements MigrationInterface {
  name = 'VendorCategoriesFromTaxonomy1796170110000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await remapCategories(queryRunner, FORMER_TO_TAXONOMY);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await remapCategories(queryRunner, TAXONOMY_TO_FORMER);
  }
}
