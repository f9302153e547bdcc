import {
  consumerLanguages,
  currencyOn,
  findMarket,
  todayIn,
  vatIncluded,
  vatRateFor,
  type CountryCode,
  type MarketDefinition,
} from '@app/compliance';
import {
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  preparedQuery,
  type Locale,
  type Money,
} from '@app/platform';
import type { Vendor } from '@app/vendors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findCategory } from '../category-taxonomy';
import type { Product } from '../product.entity';
import { priorPrice, type PricePoint } from './prior-price';
import {
  buildSearchQuery,
  encodeCursor,
  OFFER_PRICE_COLUMNS,
  priceHistoryColumn,
} from './search-query';
import type { StorefrontQueryDto } from './storefront.dto';

/** What a price row carries for the shopper's price: see OFFER_PRICE_COLUMNS and priceHistoryColumn. */
interface PricedRow {
  category: string;
  price: string;
  /** [amount, recorded at] pairs, oldest first; null when the offer has none in the currency. */
  price_history: Array<[number, string]> | null;
}

interface ListingRow extends PricedRow {
  id: string;
  vendor_id: string;
  translations: Record<string, { title: string }>;
  images: string[];
  stock: number;
  published_us: string;
  rank: number;
  /** Per language, the word a relevance search started from (see buildSearchQuery). */
  leads: Record<string, string> | null;
}

export interface ShopperPrice {
  price: Money;
  vatRate: number;
  vatAmount: Money;
  /** The lowest price of the 30 days before a reduction; present only when the price was reduced. */
  priorPrice: Money | null;
}

export interface StorefrontItem extends ShopperPrice {
  id: string;
  title: string;
  language: string;
  category: string;
  vendorId: string;
  image: string | null;
  inStock: boolean;
}

/**
 * What shoppers of one market see: published listings that serve it and have stock, searched
 * in their language with its stemmer, priced in the market's currency with its VAT included.
 */
@Injectable()
export class StorefrontService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    country: string,
    locale: Locale,
    query: StorefrontQueryDto,
  ): Promise<{ items: StorefrontItem[]; nextCursor: string | null }> {
    const market = this.market(country);
    const today = todayIn(market);
    const currency = currencyOn(market, today);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const { sql, params, sortKey } = buildSearchQuery(market.code, currency, locale, query);
    const rows = await preparedQuery<ListingRow>(this.dataSource, sql, params);
    const page = rows.slice(0, limit);
    const items = page.map((row) => {
      const [language, text] = this.pickText(row.translations, locale, market.code);
      return {
        id: row.id,
        title: text?.title ?? '',
        language,
        category: row.category,
        vendorId: row.vendor_id,
        image: row.images[0] ?? null,
        inStock: row.stock > 0,
        ...this.shopperPrice(market.code, row, currency, today),
      };
    });
    const last = page[page.length - 1];
    const lastKey = last ? last[sortKey] : undefined;
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeCursor(String(lastKey), last.id, last.leads) : null,
    };
  }

  async product(country: string, locale: Locale, productId: string) {
    const market = this.market(country);
    const today = todayIn(market);
    const currency = currencyOn(market, today);
    const [row] = await preparedQuery<
      Omit<ListingRow, 'translations' | 'published_us' | 'rank' | 'leads'> & {
        translations: Product['translations'];
        gtin: string | null;
        attributes: Record<string, string>;
        manufacturer: Product['manufacturer'];
        responsible_person: Product['responsiblePerson'];
        handling_days: number;
        shipping: Record<string, Money>;
        trader_name: string | null;
        trader_address: Vendor['registeredAddress'];
        trader_email: string | null;
        trader_phone: string | null;
        trader_register_number: string | null;
        trader_vat_id: string | null;
        trader_self_certified: boolean;
      }
    >(
      this.dataSource,
      `SELECT page.*, ${priceHistoryColumn('page')} FROM (
         SELECT p.id, p.category, p.vendor_id, p.translations, p.images, p.gtin, p.attributes, p.manufacturer, p.responsible_person,
                o.id AS offer_id, o.stock, o.handling_days, o.shipping,
                ${OFFER_PRICE_COLUMNS},
                v.legal_name AS trader_name, v.registered_address AS trader_address,
                v.contact_email AS trader_email, v.contact_phone AS trader_phone,
                v.register_number AS trader_register_number, v.vat_id AS trader_vat_id,
                v.self_certified_at IS NOT NULL AS trader_self_certified
           FROM products p
           JOIN offers o ON o.product_id = p.id AND o.markets @> ARRAY[$1]::text[] AND o.stock > 0
                AND o.deleted_at IS NULL
           JOIN vendors v ON v.id = p.vendor_id AND v.status = 'approved'
          WHERE p.id = $3 AND p.status = 'published'
          ORDER BY price NULLS LAST LIMIT 1) page`,
      [market.code, currency, productId],
    );
    if (!row || row.price === null) throw new NotFoundError('product-not-found', { id: productId });
    const [language, text] = this.pickText(row.translations, locale, market.code);
    return {
      id: row.id,
      language,
      title: text?.title ?? '',
      description: text?.description ?? '',
      category: row.category,
      gtin: row.gtin,
      images: row.images,
      attributes: row.attributes,
      ...this.shopperPrice(market.code, row, currency, today),
      inStock: row.stock > 0,
      handlingDays: row.handling_days,
      shipping: row.shipping[market.code] ?? null,
      // DSA Art. 30(7) and 31: who the shopper buys from.
      trader: {
        name: row.trader_name,
        address: row.trader_address,
        email: row.trader_email,
        phone: row.trader_phone,
        registerNumber: row.trader_register_number,
        vatId: row.trader_vat_id,
        selfCertification: row.trader_self_certified,
      },
      // GPSR Art. 19: the economic operators and the safety information, in the shopper's language.
      productSafety: {
        manufacturer: row.manufacturer,
        responsiblePerson: row.responsible_person,
        safetyInformation: text?.safetyInformation ?? null,
      },
    };
  }

  private market(country: string): MarketDefinition {
    const market = findMarket(country);
    if (!market) throw new NotFoundError('market-not-found', { country });
    return market;
  }

  /** The shopper's language if the listing has it, else one of the market's, else any. */
  private pickText<Text>(translations: Record<string, Text>, locale: Locale, market: CountryCode) {
    const order = [locale, ...consumerLanguages(market), ...Object.keys(translations)];
    const language = order.find((l) => translations[l]) ?? locale;
    return [language, translations[language]] as const;
  }

  private shopperPrice(
    market: CountryCode,
    row: PricedRow,
    currency: string,
    today: string,
  ): ShopperPrice {
    const amount = Number(row.price);
    const vatRate = vatRateFor(
      market,
      findCategory(row.category)?.taxCategory ?? 'standard',
      today,
    );
    const history: PricePoint[] = (row.price_history ?? []).map(([pointAmount, recordedAt]) => ({
      amount: Number(pointAmount),
      recordedAt: new Date(recordedAt),
    }));
    const prior = priorPrice(history);
    return {
      price: { amount, currency },
      vatRate,
      vatAmount: { amount: vatIncluded(amount, vatRate), currency },
      priorPrice: prior === undefined ? null : { amount: prior, currency },
    };
  }
}
