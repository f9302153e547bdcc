import {
  SELLER_CATEGORIES,
  SELLER_CATEGORY_PRODUCT_KINDS,
  type SellerCategory,
} from '@app/compliance';
import { CATEGORY_TAXONOMY } from './category-taxonomy';

/** The seller's declared categories (libs/compliance) must stay those of the product taxonomy. */
describe('seller categories', () => {
  it('are the top-level categories of the taxonomy', () => {
    const topLevel = CATEGORY_TAXONOMY.filter((c) => c.parent === null).map((c) => c.slug);
    expect([...SELLER_CATEGORIES].sort()).toEqual(topLevel.sort());
  });

  it('hold the product kind of every category beneath them, so duties reach the right sellers', () => {
    for (const category of CATEGORY_TAXONOMY) {
      const root = (category.parent ?? category.slug) as SellerCategory;
      expect({ slug: category.slug, kinds: SELLER_CATEGORY_PRODUCT_KINDS[root] }).toEqual({
        slug: category.slug,
        kinds: expect.arrayContaining([category.sellerCategory]),
      });
    }
  });
});
