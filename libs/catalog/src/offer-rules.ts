import {
  currencyOn,
  findMarket,
  gpsrProblems,
  isMemberState,
  marketProblems,
  todayIn,
  type CountryCode,
} from '@app/compliance';
import { DomainError, validateRecord, type FieldError, type Money } from '@app/platform';
import type { Vendor } from '@app/vendors';
import { HttpStatus } from '@nestjs/common';
import { findCategory } from './category-taxonomy';
import type { ProductStatus } from './product-lifecycle';
import { MoneyDto, PriceDto, type OfferDto } from './product.dto';
import type { Offer, Product } from './product.entity';

/** Statuses in which a listing is live or about to be: an offer change there is checked at once. */
export const CHECKED_STATUSES: readonly ProductStatus[] = ['published', 'pending_review'];

/** The columns of a new or rewritten offer from its input, with the defaults of fields left out. */
export function offerColumns(
  input: Omit<OfferDto, 'id'>,
): Pick<Offer, 'prices' | 'marketPrices' | 'stock' | 'markets' | 'handlingDays' | 'shipping'> {
  return {
    prices: input.prices,
    marketPrices: input.marketPrices ?? {},
    stock: input.stock,
    markets: input.markets,
    handlingDays: input.handlingDays ?? 1,
    shipping: input.shipping ?? {},
  };
}

export type PriceKeys = Map<string, { market: string | null; money: Money }>;

/** Prices of an offer as history keys: one per currency and one per market override. */
export function priceKeys(offer: Pick<Offer, 'prices' | 'marketPrices'>): PriceKeys {
  const keys: PriceKeys = new Map();
  for (const money of offer.prices) keys.set(`*:${money.currency}`, { market: null, money });
  for (const [market, money] of Object.entries(offer.marketPrices))
    keys.set(`${market}:${money.currency}`, { market, money });
  return keys;
}

/**
 * The price-history rows to record for an offer whose prices went from `before` to `after`: every
 * price that is new or changed, which the Omnibus 30-day rule reads later (Directive 98/6/EC
 * Art. 6a).
 */
export function changedPrices(
  offerId: string,
  before: PriceKeys,
  after: PriceKeys,
): Array<{ offerId: string; market: string | null; currency: string; amount: number }> {
  return [...after]
    .filter(([key, { money }]) => before.get(key)?.money.amount !== money.amount)
    .map(([, { market, money }]) => ({
      offerId,
      market,
      currency: money.currency,
      amount: money.amount,
    }));
}

/**
 * 422 naming each `offers.<n>.id` that is not an offer of the listing: another listing's offer,
 * or none at all. Either would otherwise be created anew or fail later.
 */
export function assertOffersOf(
  inputs: ReadonlyArray<{ id?: string }>,
  existing: readonly Offer[],
): void {
  const problems: FieldError[] = inputs.flatMap((input, index) =>
    input.id !== undefined && !existing.some((offer) => offer.id === input.id)
      ? [{ field: `offers.${index}.id`, code: 'unknownOffer' }]
      : [],
  );
  if (problems.length > 0) {
    throw new DomainError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'unknown-offer',
      { count: problems.length },
      problems,
    );
  }
}

/**
 * What class-validator cannot check in an offer: keyed objects (markets) and the currency each
 * market's price and shipping fee must be in. `field` prefixes the paths (`offers.0`, or '' for
 * an offer sent alone).
 */
export function offerProblems(
  offer: Partial<Pick<OfferDto, 'prices' | 'marketPrices' | 'shipping'>>,
  field: string,
): FieldError[] {
  const path = (name: string) => (field ? `${field}.${name}` : name);
  const marketError: FieldError = { field: '', code: 'unknownMarket' };
  const problems: FieldError[] = [
    ...validateRecord(
      offer.marketPrices,
      path('marketPrices'),
      isMemberState,
      PriceDto,
      marketError,
    ),
    ...validateRecord(offer.shipping, path('shipping'), isMemberState, MoneyDto, marketError),
  ];
  const currencies = (offer.prices ?? []).map((price) => price.currency);
  if (new Set(currencies).size !== currencies.length)
    problems.push({ field: path('prices'), code: 'duplicateCurrency' });
  for (const [kind, record] of [
    ['marketPrices', offer.marketPrices],
    ['shipping', offer.shipping],
  ] as const) {
    for (const [market, money] of Object.entries(record ?? {})) {
      const expected = isMemberState(market)
        ? currencyOn(findMarket(market)!, todayIn(findMarket(market)!))
        : undefined;
      if (expected && money?.currency && money.currency !== expected) {
        problems.push({
          field: path(`${kind}.${market}.currency`),
          code: 'currencyMismatch',
          variables: { currency: expected },
        });
      }
    }
  }
  return problems;
}

/**
 * 422 unless the listing may serve every market its offers name: texts in the market's language,
 * an approved seller with the market's registrations, a price in its currency, and the GPSR data
 * (libs/compliance product-compliance). Used on submission and on every live offer change.
 */
export function assertListable(
  product: Pick<Product, 'category' | 'translations' | 'manufacturer' | 'responsiblePerson'>,
  offers: ReadonlyArray<
    Pick<Offer, 'markets' | 'prices'> & { marketPrices?: Record<string, Money> }
  >,
  vendor: Vendor,
): void {
  const category = findCategory(product.category)!;
  const compliance = {
    translations: product.translations,
    sellerCategory: category.sellerCategory,
    manufacturer: product.manufacturer,
    responsiblePerson: product.responsiblePerson,
  };
  const problems: FieldError[] = [...gpsrProblems(compliance)];
  const markets = [...new Set(offers.flatMap((offer) => offer.markets))].sort() as CountryCode[];
  for (const market of markets) {
    const offer = offers.find((candidate) => candidate.markets.includes(market))!;
    problems.push(
      ...marketProblems(
        market,
        compliance,
        vendor,
        {
          priceCurrencies: offer.prices.map((p) => p.currency),
          marketPrices: Object.keys(offer.marketPrices ?? {}),
        },
        todayIn(findMarket(market)!),
      ),
    );
  }
  if (problems.length > 0) {
    throw new DomainError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'listing-incomplete',
      { count: problems.length },
      problems,
    );
  }
}
