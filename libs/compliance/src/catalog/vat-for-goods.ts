import type { CountryCode, IsoDate } from '../markets/market.types';
import { findMarket } from '../markets/markets';
import { isInForce, toBasisPoints, vatRatesOn } from '../markets/vat-rates';
import type { TaxCategory } from './tax-categories';
import { TAX_CATEGORY_RATES } from './tax-category-rates';

/** The VAT rate (percent) `market` applies on `date` to goods of `taxCategory`. */
export function vatRateFor(market: CountryCode, taxCategory: TaxCategory, date: IsoDate): number {
  const special = TAX_CATEGORY_RATES[market].find(
    (r) => r.taxCategory === taxCategory && isInForce(r, date),
  );
  return special ? special.percent : vatRatesOn(findMarket(market)!, date).standard;
}

/**
 * The VAT contained in a VAT-inclusive amount, in minor units, rounded half-up to the minor unit:
 * amount × rate / (100 + rate), computed in integers (rate in basis points) to stay exact.
 */
export function vatIncluded(amountMinor: number, ratePercent: number): number {
  const basisPoints = toBasisPoints(ratePercent);
  const numerator = amountMinor * basisPoints;
  const denominator = 10_000 + basisPoints;
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
