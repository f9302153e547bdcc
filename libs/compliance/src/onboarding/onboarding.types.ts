import type { CountryCode } from '../markets/market.types';

/** What sort of business a legal form is; decides which fields and documents apply. */
export type BusinessKind = 'company' | 'partnership' | 'sole_trader';

export interface LegalForm {
  /** Stable code used in the API: lower-case ASCII, e.g. `gmbh`, `ug`, `sasu`, `ei`. */
  code: string;
  /** The usual abbreviation as written in the country, e.g. `UG (haftungsbeschränkt)`, `e.K.`. */
  abbreviation: string;
  /** The full name in the country's language, e.g. "Gesellschaft mit beschränkter Haftung". */
  name: string;
  kind: BusinessKind;
  /** Whether the form is entered in the business register, so that a register number exists. */
  registered: boolean;
}

/**
 * Kinds of product that producer-responsibility and similar rules name (WEEE, batteries,
 * packaging, textiles...). Registration duties are keyed by these; each category of the product
 * taxonomy carries one (`sellerCategory` in libs/catalog/src/category-taxonomy.ts).
 */
export const PRODUCT_KINDS = [
  'electronics', 'batteries', 'clothing', 'footwear', 'furniture', 'books', 'food', 'beverages',
  'toys', 'cosmetics', 'health', 'home', 'garden', 'sports',
] as const; // prettier-ignore
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/**
 * What a seller declares it intends to sell: the top-level categories of the product taxonomy
 * (`GET /v1/categories`, those without a parent), so that a seller's declaration and its listings
 * speak of the same things. A spec in libs/catalog keeps the two lists equal.
 */
export const SELLER_CATEGORIES = [
  'electronics', 'books-media', 'food-drink', 'fashion', 'baby-kids', 'health', 'home-garden',
  'beauty', 'sports',
] as const; // prettier-ignore
export type SellerCategory = (typeof SELLER_CATEGORIES)[number];

/**
 * The kinds of product a declared category may hold: the kinds of its taxonomy subcategories,
 * and batteries with electronics, since devices are sold with batteries in them or with them
 * (the Batteries Regulation (EU) 2023/1542 covers batteries incorporated into appliances).
 * A rule keyed by a kind applies to every seller that declares a category holding it.
 */
export const SELLER_CATEGORY_PRODUCT_KINDS: Readonly<
  Record<SellerCategory, readonly ProductKind[]>
> = {
  electronics: ['electronics', 'batteries'],
  'books-media': ['books'],
  'food-drink': ['food', 'beverages'],
  fashion: ['clothing', 'footwear'],
  'baby-kids': ['toys'],
  health: ['health'],
  'home-garden': ['home', 'furniture', 'garden'],
  beauty: ['cosmetics'],
  sports: ['sports'],
};

/** The declared categories under which a seller may sell products of one of `kinds`. */
export function sellerCategoriesHolding(kinds: readonly ProductKind[]): SellerCategory[] {
  return SELLER_CATEGORIES.filter((category) =>
    SELLER_CATEGORY_PRODUCT_KINDS[category].some((kind) => kinds.includes(kind)),
  );
}

/** Producer-responsibility and similar registrations a marketplace checks before a seller sells. */
export const REGISTRATION_DUTIES = [
  'packaging', // DE: LUCID register number (VerpackG §9, marketplace check §7(7))
  'weee', // DE: stiftung ear WEEE registration number (ElektroG §6(2))
  'batteries', // DE: stiftung ear battery producer registration (BattDG §5(1))
  'eprUin', // FR: unique identification number (IDU) for EPR (Code de l'environnement L.541-10-13)
  'packagingRepresentative', // AT: authorised representative for packaging (VerpackVO §16b)
  'packagingProducerRegister', // ES: producer register number (RD 1055/2022)
] as const;
export type RegistrationDuty = (typeof REGISTRATION_DUTIES)[number];

export interface RegistrationRule {
  duty: RegistrationDuty;
  /** Required only of sellers of these kinds of product; all sellers when absent. */
  categories?: readonly ProductKind[];
  /** Required only of sellers established in another member state. */
  foreignSellersOnly?: boolean;
  /** Format of the registration number, when the register defines one. */
  pattern?: RegExp;
  /** `pattern` as shown to sellers, in the notation of FORMAT_NOTATION (onboarding-requirements). */
  format?: string;
  example: string;
  /** The legal basis, cited for the seller and for reviewers. */
  legalBasis: string;
}

/**
 * Registrations a member state demands of sellers whose products reach its consumers. At
 * onboarding a seller proves those of its own country; listings check the markets they serve.
 */
export type MarketRegistrationRules = Readonly<
  Partial<Record<CountryCode, readonly RegistrationRule[]>>
>;
