import { consumerLanguages } from '../catalog/product-compliance';
import { currencyOn } from '../markets/vat-rates';
import { findMarket } from '../markets/markets';
import type { CountryCode, CurrencyCode, IsoDate } from '../markets/market.types';
import {
  registrationRequirement,
  type FieldRequirement,
  type LegalBasis,
} from './onboarding-requirements';
import { marketRegistrations } from './registration-rules';

/** What every listing must carry for a market, beside the seller's registrations. */
export const LISTING_NEEDS = ['translations', 'price', 'gpsr'] as const;
export type ListingNeed = (typeof LISTING_NEEDS)[number];

export interface ListingRequirement {
  need: ListingNeed;
  legalBasis?: LegalBasis;
}

export interface MarketSellingRequirements {
  market: CountryCode;
  /** The currency a listing must be priced in for this market on the given date. */
  currency: CurrencyCode;
  /** The market's official EU languages, one of which a listing's texts must be written in. */
  languages: string[];
  /** Registrations the seller adds with `PUT /v1/vendors/{id}/registrations/{market}`. */
  registrations: FieldRequirement[];
  listing: ListingRequirement[];
}

const LISTING_LEGAL_BASES: Readonly<Record<ListingNeed, LegalBasis | undefined>> = {
  // GPSR Art. 19(d): warnings and safety information in a language the consumers of the member
  // state where the product is made available easily understand, as that state determines.
  translations: { euRegulation: '2023/988', article: '19(d)' },
  // The marketplace's own rule: shoppers pay in their market's currency (BGN until Bulgaria's
  // changeover, then EUR); no EU act demands it.
  price: undefined,
  // GPSR Art. 19(a)-(b): the manufacturer and, for one outside the Union, the responsible person.
  gpsr: { euRegulation: '2023/988', article: '19' },
};

/**
 * What selling into each of `markets` adds for a seller established in `home`: the market's
 * registrations (operational data the seller adds at once, no review) and, as information, what
 * each listing must carry to serve the market. Checked again on every listing (marketProblems).
 */
export function sellingRequirements(
  home: CountryCode,
  markets: readonly CountryCode[],
  date: IsoDate,
): MarketSellingRequirements[] {
  return markets.map((market) => ({
    market,
    currency: currencyOn(findMarket(market)!, date),
    languages: consumerLanguages(market),
    registrations: marketRegistrations(home, market).map((rule) =>
      registrationRequirement(market, rule),
    ),
    listing: LISTING_NEEDS.map((need) => ({ need, legalBasis: LISTING_LEGAL_BASES[need] })),
  }));
}
