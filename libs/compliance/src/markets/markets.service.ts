import { I18nService, NotFoundError, ValidationFailedError, type Locale } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { CURRENCY_MINOR_UNITS } from './currencies';
import { VAT_RECORDS_START } from './market-data';
import type { IsoDate, MarketDefinition } from './market.types';
import type { MarketResponse } from './markets.dto';
import { allMarkets, findMarket } from './markets';
import { currencyOn, isCoveredByVatRecords, todayIn, vatRatesOn } from './vat-rates';

@Injectable()
export class MarketsService {
  constructor(private readonly i18n: I18nService) {}

  list(locale: Locale, date?: IsoDate): MarketResponse[] {
    this.assertCovered(date);
    return allMarkets().map((market) => this.describe(market, locale, date ?? todayIn(market)));
  }

  get(code: string, locale: Locale, date?: IsoDate): MarketResponse {
    const market = findMarket(code);
    if (!market) throw new NotFoundError('market-not-found', { country: code });
    this.assertCovered(date);
    return this.describe(market, locale, date ?? todayIn(market));
  }

  private assertCovered(date: IsoDate | undefined): void {
    if (date !== undefined && !isCoveredByVatRecords(date)) {
      throw ValidationFailedError.of('date', 'minDate', { min: VAT_RECORDS_START });
    }
  }

  private describe(market: MarketDefinition, locale: Locale, date: IsoDate): MarketResponse {
    const currency = currencyOn(market, date);
    return {
      code: market.code,
      name: this.i18n.translate(locale, `countries:${market.code}`),
      currency,
      currencyMinorUnits: CURRENCY_MINOR_UNITS[currency],
      languages: [...market.languages],
      vatIdPrefix: market.vatIdPrefix,
      timeZone: market.timeZone,
      withdrawalPeriodDays: market.withdrawalPeriodDays,
      vatRates: { date, ...vatRatesOn(market, date) },
    };
  }
}
