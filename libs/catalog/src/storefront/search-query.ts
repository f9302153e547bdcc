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

/**
 * Where the next page starts: after the listing with this sort key and id. A relevance page read
 * from the word index also records the word each language's search started from, so the next
 * page starts from the same words and its scores compare with the key.
 */
interface Cursor {
  key: string;
  id: string;
  leads?: Record<string, string>;
}

export function encodeCursor(
  key: string | number,
  id: string,
  leads?: Record<string, string> | null,
): string {
  const value = leads ? [String(key), id, leads] : [String(key), id];
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function isLeads(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([language, word]) =>
        /^[a-z]{2}$/.test(language) &&
        typeof word === 'string' &&
        word.length <= 100 &&
        // PostgreSQL cannot take control characters such as NUL as text parameters.
        !/\p{Cc}/u.test(word),
    )
  );
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      (value.length === 2 || (value.length === 3 && isLeads(value[2]))) &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return { key: value[0], id: value[1], leads: value[2] as Record<string, string> | undefined };
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

/** A relevance cursor's key: a non-negative real as PostgreSQL prints it. */
const RANK_CURSOR = /^\d+(\.\d+)?(e-?\d+)?$/i;
/** A price or publication-time cursor's key: a non-negative bigint. */
const SORT_KEY_CURSOR = /^\d{1,19}$/;
/** Largest and smallest positive normal float4: beyond them PostgreSQL's `real` input fails. */
const REAL_MAX = 3.4028234663852886e38;
const REAL_MIN_NORMAL = 1.1754943508222875e-38;
const BIGINT_MAX = 9223372036854775807n;

/**
 * Whether a cursor's key can be cast to the sort column's type: the pattern alone lets through
 * numbers PostgreSQL refuses ("1e999", "1e-999", 9999999999999999999 beyond bigint), and a failed
 * cast would answer 500 rather than the cursor's validation error.
 */
function isCursorKey(key: string, sortKey: 'rank' | 'price' | 'published_us'): boolean {
  if (sortKey !== 'rank') return SORT_KEY_CURSOR.test(key) && BigInt(key) <= BIGINT_MAX;
  if (!RANK_CURSOR.test(key)) return false;
  const rank = Number(key);
  // A true zero, not a tiny number such as 1e-999 that underflows to it.
  if (rank === 0) return !/[1-9]/.test(key.split(/e/i)[0]);
  return rank >= REAL_MIN_NORMAL && rank <= REAL_MAX;
}

/**
 * A word: letters and digits, joined inside by a hyphen, an apostrophe or a period ("T-Shirt",
 * "Tasse's", "2.5"), perhaps followed by a comma or a period.
 */
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*[,.]?$/u;

/**
 * Words only. The web search syntax has operators beyond quotes, `or` and `-word`: a `-` after
 * `(`, `|`, `&` or `<` negates, and `or` next to punctuation means OR. So rather than spot them,
 * only queries made of plain words qualify; every listing such a search finds contains each of
 * its words, so the search can start from the index rows of one of them.
 */
export function isPlainQuery(words: string): boolean {
  const tokens = words.trim().split(/\s+/);
  return tokens.every((token) => PLAIN_WORD.test(token) && token.toLowerCase() !== 'or');
}

/**
 * The words ($q) as a text-search query in the language's configuration. A scalar subquery, so
 * PostgreSQL parses and stems them once per statement rather than once per row it checks.
 */
function tsqueryIn(language: string, q: string): string {
  return `(SELECT websearch_to_tsquery('${searchConfigFor(language)}', ${q}))`;
}

/**
 * The best page of listings for a plain search, read from the word index (`search_terms`) in
 * relevance order instead of ranking every match; the work grows with the page, not the catalog.
 *
 * Per language, the search starts from the query's rarest word (counted up to RARITY_BOUND, so
 * the count stays cheap; among words past the bound, the longest) and walks its listings best
 * first. A listing is kept when it has every other word, is visible in the market ($1) and
 * matches the full query; a listing that matched in an earlier language of the list is kept
 * there only, so each appears once. Relevance is the starting word's score; ties go by id. The
 * starting words go into the cursor (`leads`), so later pages start from the same words even if
 * the counts changed meanwhile, and their scores stay comparable with the cursor's.
 */
function rankedByWordIndex(
  languages: readonly string[],
  q: string,
  pageSize: number,
  after: { key: string; id: string } | undefined,
  pinnedLead: (language: string) => string,
): string {
  const matchIn = (alias: string, language: string) =>
    `${alias}.search_vector @@ ${tsqueryIn(language, q)}`;
  const lexemesIn = (language: string) =>
    `(SELECT tsvector_to_array(to_tsvector('${searchConfigFor(language)}', ${q})))`;
  // The starting word per language: the one a cursor names, else the rarest.
  const leads = languages
    .map((language) => {
      const lexemes = lexemesIn(language);
      const pinned = `${pinnedLead(language)}::text`;
      return `SELECT '${language}' AS language,
        (SELECT l FROM unnest(${lexemes}) l
          ORDER BY l IS NOT DISTINCT FROM ${pinned} DESC,
                   CASE WHEN ${pinned} IS NULL AND cardinality(${lexemes}) > 1 THEN
                     (SELECT count(*) FROM (SELECT 1 FROM search_terms c
                       WHERE c.language = '${language}' AND c.lexeme = l LIMIT ${RARITY_BOUND}) n) END,
                   length(l) DESC, l
          LIMIT 1) AS lead`;
    })
    .join(' UNION ALL ');
  const perLanguage = languages.map((language, index) => {
    const lexemes = lexemesIn(language);
    const earlier = languages
      .slice(0, index)
      .map(
        (other) =>
          `AND NOT EXISTS (SELECT 1 FROM listing_texts e WHERE e.product_id = t.product_id AND e.language = '${other}' AND e.markets @> ARRAY[$1]::text[] AND ${matchIn('e', other)})`,
      )
      .join(' ');
    // The checks sit in a LATERAL subquery with LIMIT 1 and a scalar subquery, which PostgreSQL
    // runs per index row, in score order, until the page is full. Written as joins, a generic
    // plan of the prepared statement may hash-join every match of the word instead.
    return `(SELECT s.product_id, s.score AS rank
        FROM search_terms s
        CROSS JOIN LATERAL (
          SELECT 1 FROM listing_texts t
           WHERE t.product_id = s.product_id AND t.language = '${language}'
             AND t.markets @> ARRAY[$1]::text[] AND ${matchIn('t', language)}
             ${earlier}
           LIMIT 1) visible
       WHERE s.language = '${language}'
         AND s.lexeme = (SELECT lead FROM leads WHERE language = '${language}')
         AND (cardinality(${lexemes}) = 1
              OR (SELECT count(*) FROM search_terms w
                   WHERE w.product_id = s.product_id AND w.language = '${language}'
                     AND w.lexeme = ANY(${lexemes}::text[])) = cardinality(${lexemes}))
         ${after ? `AND (s.score < ${after.key} OR (s.score = ${after.key} AND s.product_id > ${after.id}))` : ''}
       ORDER BY s.score DESC, s.product_id
       LIMIT ${pageSize})`;
  });
  return `WITH leads AS MATERIALIZED (${leads})
    SELECT ranked.*, (SELECT jsonb_object_agg(language, lead) FROM leads WHERE lead IS NOT NULL) AS leads
      FROM (${perLanguage.join(' UNION ALL ')}) ranked
     ORDER BY rank DESC, product_id LIMIT ${pageSize}`;
}

/** Beyond this many listings a word counts as common; counting further would cost more than it saves. */
const RARITY_BOUND = 2_000;

/**
 * The price history behind a listing's shown price, oldest first, as [amount, recorded at]
 * pairs: the points of its offer (`offer_id`) in the market's currency ($2) for the price it
 * shows (`price_market`: the market's own price, or the currency's when null).
 */
export function priceHistoryColumn(listing: string): string {
  return `(SELECT json_agg(json_build_array(h.amount, h.recorded_at) ORDER BY h.recorded_at, h.id)
     FROM price_history h
    WHERE h.offer_id = ${listing}.offer_id AND h.currency = $2
      AND h.market IS NOT DISTINCT FROM ${listing}.price_market) AS price_history`;
}

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
  const order = SORT_SQL[sort];
  const params: unknown[] = [market, currency];
  const param = (value: unknown) => `$${params.push(value)}`;
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  // A cursor from another sort order, or a tampered one, would fail the SQL cast.
  if (cursor && !isCursorKey(cursor.key, order.key)) {
    throw ValidationFailedError.of('cursor', 'invalidCursor');
  }

  const languages = [...new Set([locale, ...consumerLanguages(market)])];
  let textJoin = '';
  let rank = '0::real';
  let leads = 'NULL::jsonb';
  const words = query.q?.trim();
  if (words) {
    const q = param(words);
    // Sorted by relevance without other filters, the page is picked among the texts alone, so
    // only its rows are joined to products and offers.
    const pagedByRank =
      sort === 'relevance' &&
      !query.category &&
      !query.vendor &&
      query.minPrice === undefined &&
      query.maxPrice === undefined;
    const after =
      pagedByRank && cursor ? { key: param(cursor.key), id: param(cursor.id) } : undefined;
    const pageSize = Number(limit) + 1;
    if (pagedByRank && isPlainQuery(words)) {
      const pinnedLead = (language: string) => param(cursor?.leads?.[language] ?? null);
      textJoin = `JOIN (${rankedByWordIndex(languages, q, pageSize, after, pinnedLead)}) m ON m.product_id = p.id`;
      leads = 'm.leads';
    } else {
      // One condition per language with its own configuration constant, so the GIN index applies.
      const matches = languages
        .map(
          (language) =>
            `(t.language = ${param(language)} AND t.search_vector @@ ${tsqueryIn(language, q)})`,
        )
        .join(' OR ');
      const ranks = languages
        .map(
          (language) =>
            `WHEN '${language}' THEN ts_rank(t.search_vector, ${tsqueryIn(language, q)})`,
        )
        .join(' ');
      // Only texts of listings visible in this market (kept by triggers), found by one GIN index.
      const grouped = `SELECT t.product_id, max(CASE t.language ${ranks} END) AS rank FROM listing_texts t
        WHERE t.markets @> ARRAY[$1]::text[] AND (${matches}) GROUP BY t.product_id`;
      if (pagedByRank) {
        const where = after
          ? `WHERE (g.rank < ${after.key} OR (g.rank = ${after.key} AND g.product_id > ${after.id}))`
          : '';
        textJoin = `JOIN (SELECT * FROM (${grouped}) g ${where} ORDER BY g.rank DESC, g.product_id LIMIT ${pageSize}) m ON m.product_id = p.id`;
      } else {
        textJoin = `JOIN (${grouped}) m ON m.product_id = p.id`;
      }
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
  if (cursor) {
    outer.push(order.after.replaceAll('$k', param(cursor.key)).replaceAll('$i', param(cursor.id)));
  }

  return {
    // The page is cut first; only its rows then fetch their price histories.
    sql: `SELECT page.*, ${priceHistoryColumn('page')} FROM (SELECT * FROM (
         SELECT p.id, p.category, p.vendor_id, p.images, p.published_at,
                -- A result needs only the titles, not the descriptions in every language.
                (SELECT COALESCE(jsonb_object_agg(x.language, jsonb_build_object('title', x.text -> 'title')), '{}')
                   FROM jsonb_each(p.translations) x(language, text)) AS translations,
                o.offer_id, o.stock, o.price, o.price_market,
                (extract(epoch FROM p.published_at) * 1000000)::bigint AS published_us,
                ${rank} AS rank, ${leads} AS leads
           FROM products p
           ${textJoin}
           -- The offer that serves the market most cheaply; usually a listing has one.
           CROSS JOIN LATERAL (
             SELECT o.id AS offer_id, o.stock,
                    ${OFFER_PRICE_COLUMNS}
               FROM offers o
              WHERE o.product_id = p.id AND o.markets @> ARRAY[$1]::text[] AND o.stock > 0
                AND o.deleted_at IS NULL
              ORDER BY 3 NULLS LAST
              LIMIT 1
           ) o
          -- A suspended vendor's listings leave the storefront with it.
           JOIN vendors v ON v.id = p.vendor_id AND v.status = 'approved'
          WHERE p.status = 'published' ${filters.map((f) => `AND ${f}`).join(' ')}
       ) listings
       WHERE ${outer.join(' AND ')}
       ORDER BY ${order.order}
       LIMIT ${Number(limit) + 1}) page
       ORDER BY ${order.order}`,
    params,
    sortKey: order.key,
  };
}
