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

/** Product categories a seller declares it intends to sell; some trigger registration duties. */
export const SELLER_CATEGORIES = [
  'electronics', 'batteries', 'clothing', 'footwear', 'furniture', 'books', 'food', 'beverages',
  'toys', 'cosmetics', 'health', 'home', 'garden', 'sports', 'jewellery', 'automotive', 'other',
] as const; // prettier-ignore
export type SellerCategory = (typeof SELLER_CATEGORIES)[number];

/** Producer-responsibility and similar registrations a marketplace checks before a seller sells. */
export const REGISTRATION_DUTIES = [
  'packaging', // DE: LUCID register number (VerpackG §9, marketplace check §7(7))
  'weee', // DE: stiftung ear WEEE registration number (ElektroG §6(2))
  'eprUin', // FR: unique identification number (IDU) for EPR (Code de l'environnement L.541-10-13)
  'packagingRepresentative', // AT: authorised representative for packaging (VerpackVO §16b)
  'packagingProducerRegister', // ES: producer register number (RD 1055/2022)
] as const;
export type RegistrationDuty = (typeof REGISTRATION_DUTIES)[number];

export interface RegistrationRule {
  duty: RegistrationDuty;
  /** Required only when the seller declares one of these categories; all sellers when absent. */
  categories?: readonly SellerCategory[];
  /** Required only of sellers established in another member state. */
  foreignSellersOnly?: boolean;
  /** Format of the registration number, when the register defines one. */
  pattern?: RegExp;
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
