import { consumerLanguages, type CountryCode } from '@app/compliance';
import { DEFAULT_PAGE_SIZE, isUuid, ValidationFailedError, type Locale } from '@app/platform';
import { CATEGORY_TAXONOMY } from '../category-taxonomy';
import { searchConfigFor } from '../search-configs';
import type { StorefrontQueryDto, StorefrontSort } from './storefront.dto';

const SORT_SQL: Readonly<
  Record<StorefrontSort, { order: string; key: 'rank' | 'price' | 'published_us'; after: string }>
> = {
  relevance: {
    order: 'rank DESC, id',
    key: 'rank',
    after: '(rank < $k OR (rank = $k AND id > $i))',
  },
  price_asc: {
    order: 'price ASC, id',
    key: 'price',
    after: '(price > $k OR (price = $k AND id > $i))',
  },
  price_desc: {
    order: 'price DESC, id',
    key: 'price',
    after: '(price < $k OR (price = $k AND id > $i))',
  },
  // Ordered by the column itself so the partial index on (published_at DESC, id) serves it.
  newest: {
    order: 'published_at DESC, id',
    key: 'published_us',
    after: '(published_us < $k OR (published_us = $k AND id > $i))',
  },
};

export function encodeCursor(key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([String(key), id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw ValidationFailedError.of('cursor', 'invalidCursor');
}

/**
 * An offer's price in the market ($1) and its currency ($2): the market's own price if set, else
 * the price in the currency; and which of the two it was (for the price history).
 */
export const OFFER_PRICE_COLUMNS = `COALESCE((o.market_prices -> $1 ->> 'amount')::bigint,
    (SELECT (e ->> 'amount')::bigint FROM jsonb_array_elements(o.prices) e WHERE e ->> 'currency' = $2 LIMIT 1)) AS price,
  CASE WHEN o.market_prices ? $1 THEN $1 END AS price_market`;

export interface SearchQuery {
  sql: string;
  params: unknown[];
  /** The column whose value, with the id, makes the next page's cursor. */
  sortKey: 'rank' | 'price' | 'published_us';
}

/**
 * The storefront search as one SQL statement. Kept apart from the service so the benchmark's
 * baseline server can issue exactly the same query.
 */
export function buildSearchQuery(
  market: CountryCode,
  currency: string,
  locale: Locale,
  query: StorefrontQueryDto,
): SearchQuery {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const sort: StorefrontSort = query.sort ?? (query.q ? 'relevance' : 'newest');
  const params: unknown[] = [market, currency];
  const param = (value: unknown) => `$${params.push(value)}`;

  const languages = [...new Set([locale, ...consumerLanguages(market)])];
  let textJoin = '';
  let rank = '0::real';
  if (query.q?.trim()) {
    const q = param(query.q.trim());
    // One condition per language with its own configuration constant, so the GIN index applies.
    const matches = languages
      .map(
        (language) =>
          `(t.language = ${param(language)} AND t.search_vector @@ websearch_to_tsquery('${searchConfigFor(language)}', ${q}))`,
      )
      .join(' OR ');
    const ranks = languages
      .map(
        (language) =>
          `WHEN '${language}' THEN ts_rank(t.search_vector, websearch_to_tsquery('${searchConfigFor(language)}', ${q}))`,
      )
      .join(' ');
    // Only texts of listings visible in this market (kept by triggers), found by one GIN index.
    const grouped = `SELECT t.product_id, max(CASE t.language ${ranks} END) AS rank FROM listing_texts t
      WHERE t.markets @> ARRAY[$1]::text[] AND (${matches}) GROUP BY t.product_id`;
    // Sorted by relevance without other filters, the page is picked among the texts alone, so
    // only its rows are joined to products and offers.
    const pagedByRank =
      sort === 'relevance' &&
      !query.category &&
      !query.vendor &&
      query.minPrice === undefined &&
      query.maxPrice === undefined;
    if (pagedByRank) {
      let after = '';
      if (query.cursor) {
        const [key, id] = decodeCursor(query.cursor);
        if (!/^\d+(\.\d+)?(e-?\d+)?$/i.test(key))
          throw ValidationFailedError.of('cursor', 'invalidCursor');
        after = `WHERE (g.rank < ${param(key)} OR (g.rank = ${param(key)} AND g.product_id > ${param(id)}))`;
      }
      textJoin = `JOIN (SELECT * FROM (${grouped}) g ${after} ORDER BY g.rank DESC, g.product_id LIMIT ${Number(limit) + 1}) m ON m.product_id = p.id`;
    } else {
      textJoin = `JOIN (${grouped}) m ON m.product_id = p.id`;
    }
    rank = 'm.rank';
  }
  const filters: string[] = [];
  if (query.category) {
    const slugs = CATEGORY_TAXONOMY.filter(
      (c) => c.slug === query.category || c.parent === query.category,
    ).map((c) => c.slug);
    filters.push(`p.category = ANY(${param(slugs)})`);
  }
  if (query.vendor) filters.push(`p.vendor_id = ${param(query.vendor)}`);
  const outer: string[] = ['price IS NOT NULL'];
  if (query.minPrice !== undefined) outer.push(`price >= ${param(query.minPrice)}`);
  if (query.maxPrice !== undefined) outer.push(`price <= ${param(query.maxPrice)}`);
  const order = SORT_SQL[sort];
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor);
    // A cursor from another sort order, or a tampered one, would fail the SQL cast.
    const wellFormed =
      order.key === 'rank' ? /^\d+(\.\d+)?(e-?\d+)?$/i.test(key) : /^\d{1,19}$/.test(key);
    if (!wellFormed) throw ValidationFailedError.of('cursor', 'invalidCursor');
    outer.push(order.after.replaceAll('$k', param(key)).replaceAll('$i', param(id)));
  }

  return {
    sql: `SELECT * FROM (
         SELECT p.id, p.category, p.vendor_id, p.translations, p.images, p.published_at,
                o.offer_id, o.stock, o.price, o.price_market,
                (extract(epoch FROM p.published_at) * 1000000)::bigint AS published_us,
                ${rank} AS rank
           FROM products p
           ${textJoin}
           -- The offer that serves the market most cheaply; usually a listing has one.
           CROSS JOIN LATERAL (
             SELECT o.id AS offer_id, o.stock,
                    ${OFFER_PRICE_COLUMNS}
               FROM offers o
              WHERE o.product_id = p.id AND o.markets @> ARRAY[$1]::text[] AND o.stock > 0
              ORDER BY 3 NULLS LAST
              LIMIT 1
           ) o
          -- A suspended vendor's listings leave the storefront with it.
           JOIN vendors v ON v.id = p.vendor_id AND v.status = 'approved'
          WHERE p.status = 'published' ${filters.map((f) => `AND ${f}`).join(' ')}
       ) listings
       WHERE ${outer.join(' AND ')}
       ORDER BY ${order.order}
       LIMIT ${Number(limit) + 1}`,
    params,
    sortKey: order.key,
  };
}
