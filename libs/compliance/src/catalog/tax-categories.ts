import type { CountryCode, EffectivePeriod } from '../markets/market.types';

/**
 * Tax categories of goods: the groups member states may tax at a reduced rate (VAT Directive
 * Annex III). A product category maps to one of these; the rate then depends on the market.
 */
export const TAX_CATEGORIES = [
  'standard',
  'books', // printed books (Annex III point 6)
  'ebooks', // electronically supplied books (point 6, since Directive 2018/1713)
  'newspapers', // newspapers and periodicals (point 6)
  'food', // foodstuffs for human consumption, excluding alcohol (point 1)
  'childrens_clothing', // children's clothing and footwear (point 25, where a state applies it)
  'childrens_car_seats', // children's car seats (point 4)
  'medicines', // pharmaceutical products (point 3)
  'medical_devices', // medical equipment and aids for disabled persons (point 4)
  'sanitary_products', // women's sanitary protection (point 3a)
] as const;
export type TaxCategory = (typeof TAX_CATEGORIES)[number];

/** The rate a market applies to a tax category, for a period; absent means the standard rate. */
export interface TaxCategoryRate extends EffectivePeriod {
  taxCategory: Exclude<TaxCategory, 'standard'>;
  percent: number;
  /** Short source or remark, e.g. the national provision or the TEDB entry. */
  source: string;
}

export type TaxCategoryRates = Readonly<Record<CountryCode, readonly TaxCategoryRate[]>>;
