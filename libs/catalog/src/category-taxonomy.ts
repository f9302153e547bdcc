import type { ProductKind, TaxCategory } from '@app/compliance';

export interface CategoryDefinition {
  /** Stable identifier used in the API, e.g. `printed-books`. */
  slug: string;
  parent: string | null;
  /** Decides the VAT rate in each market; see TAX_CATEGORY_RATES. */
  taxCategory: TaxCategory;
  /** The seller category it belongs to, which decides registration duties (e.g. WEEE). */
  sellerCategory: ProductKind;
}

const group = (slug: string, sellerCategory: ProductKind): CategoryDefinition => ({
  slug,
  parent: null,
  taxCategory: 'standard',
  sellerCategory,
});

const leaf = (
  slug: string,
  parent: string,
  sellerCategory: ProductKind,
  taxCategory: TaxCategory = 'standard',
): CategoryDefinition => ({ slug, parent, taxCategory, sellerCategory });

/**
 * The product taxonomy. Products are filed under leaves; groups organise the storefront. A leaf's
 * tax category follows the VAT Directive's Annex III groups that member states tax at reduced rates.
 */
export const CATEGORY_TAXONOMY: readonly CategoryDefinition[] = [
  group('electronics', 'electronics'),
  leaf('phones', 'electronics', 'electronics'),
  leaf('computers', 'electronics', 'electronics'),
  leaf('audio-video', 'electronics', 'electronics'),
  leaf('household-appliances', 'electronics', 'electronics'),
  group('books-media', 'books'),
  leaf('printed-books', 'books-media', 'books', 'books'),
  leaf('ebooks', 'books-media', 'books', 'ebooks'),
  leaf('newspapers-magazines', 'books-media', 'books', 'newspapers'),
  group('food-drink', 'food'),
  leaf('groceries', 'food-drink', 'food', 'food'),
  leaf('soft-drinks', 'food-drink', 'beverages', 'food'),
  leaf('alcoholic-drinks', 'food-drink', 'beverages'),
  group('fashion', 'clothing'),
  leaf('womens-clothing', 'fashion', 'clothing'),
  leaf('mens-clothing', 'fashion', 'clothing'),
  leaf('childrens-clothing', 'fashion', 'clothing', 'childrens_clothing'),
  leaf('shoes', 'fashion', 'footwear'),
  group('baby-kids', 'toys'),
  leaf('toys', 'baby-kids', 'toys'),
  leaf('child-car-seats', 'baby-kids', 'toys', 'childrens_car_seats'),
  group('health', 'health'),
  leaf('medicines', 'health', 'health', 'medicines'),
  leaf('medical-devices', 'health', 'health', 'medical_devices'),
  leaf('sanitary-products', 'health', 'health', 'sanitary_products'),
  group('home-garden', 'home'),
  leaf('furniture', 'home-garden', 'furniture'),
  leaf('kitchen', 'home-garden', 'home'),
  leaf('garden', 'home-garden', 'garden'),
  group('beauty', 'cosmetics'),
  leaf('cosmetics', 'beauty', 'cosmetics'),
  group('sports', 'sports'),
  leaf('sports-equipment', 'sports', 'sports'),
];

const bySlug = new Map(CATEGORY_TAXONOMY.map((category) => [category.slug, category]));

export function findCategory(slug: string): CategoryDefinition | undefined {
  return bySlug.get(slug);
}

/** Products go into leaves only: a group has children. */
export const PRODUCT_CATEGORY_SLUGS = CATEGORY_TAXONOMY.filter((c) => c.parent !== null).map(
  (c) => c.slug,
);
