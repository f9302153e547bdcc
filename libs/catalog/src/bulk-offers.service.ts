import {
  ConflictError,
  DomainError,
  I18nService,
  NotFoundError,
  REQUEST_VALIDATOR_OPTIONS,
  toFieldErrors,
  ValidationFailedError,
  type AuthenticatedUser,
  type Locale,
  type Money,
} from '@app/platform';
import { VendorsService, type Vendor } from '@app/vendors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  BulkOfferItemDto,
  type BulkOfferError,
  type BulkOfferResult,
  type BulkOfferUpdateResponse,
} from './offer.dto';
import {
  assertListable,
  changedPrices,
  CHECKED_STATUSES,
  offerProblems,
  priceKeys,
} from './offer-rules';
import type { ProductStatus } from './product-lifecycle';
import { Product } from './product.entity';

/** Rows per UPDATE / INSERT statement: keeps each statement's parameters bounded. */
const STATEMENT_CHUNK_SIZE = 500;

/** The new values of one offer; a field left undefined keeps its value. */
export interface OfferWrite {
  offerId: string;
  prices?: Money[];
  marketPrices?: Record<string, Money>;
  stock?: number;
  shipping?: Record<string, Money>;
}

/**
 * One set-based UPDATE for many offers: the new values travel as parallel arrays through
 * `unnest`, so the statement text is the same for every batch (and planned once) and a batch is
 * one round trip. Only price, stock and shipping columns are set, so the visibility trigger
 * (migration OffersOperational) runs only for a row whose stock crosses zero.
 */
export function offerUpdateStatement(writes: readonly OfferWrite[]): {
  sql: string;
  params: unknown[];
} {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return {
    sql: `UPDATE offers o
             SET prices = COALESCE(v.prices, o.prices),
                 market_prices = COALESCE(v.market_prices, o.market_prices),
                 stock = COALESCE(v.stock, o.stock),
                 shipping = COALESCE(v.shipping, o.shipping),
                 updated_at = now()
            FROM unnest($1::uuid[], $2::jsonb[], $3::jsonb[], $4::int[], $5::jsonb[])
                 AS v(id, prices, market_prices, stock, shipping)
           WHERE o.id = v.id`,
    params: [
      writes.map((write) => write.offerId),
      writes.map((write) => json(write.prices)),
      writes.map((write) => json(write.marketPrices)),
      writes.map((write) => write.stock ?? null),
      writes.map((write) => json(write.shipping)),
    ],
  };
}

/** The price-history rows of many offers in one INSERT, as `unnest` arrays (see above). */
export function priceHistoryStatement(
  entries: ReadonlyArray<ReturnType<typeof changedPrices>[number]>,
): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO price_history (offer_id, market, currency, amount)
          SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[])`,
    params: [
      entries.map((entry) => entry.offerId),
      entries.map((entry) => entry.market),
      entries.map((entry) => entry.currency),
      entries.map((entry) => entry.amount),
    ],
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

/** The same JSON whatever the order of object keys (jsonb reorders them). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested !== null && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(
          Object.entries(nested as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : nested,
  );
}

interface LockedOffer {
  id: string;
  productId: string;
  productStatus: ProductStatus;
  prices: Money[];
  marketPrices: Record<string, Money>;
  stock: number;
  shipping: Record<string, Money>;
  markets: string[];
}

type Outcome =
  | { offerId: string | null; status: 'failed'; error: DomainError }
  | { offerId: string; status: 'pending'; write: OfferWrite }
  | { offerId: string; status: 'updated' | 'unchanged' };

/**
 * `PUT /v1/vendors/{id}/offers`: prices, stock and shipping fees of up to 1,000 offers in one call,
 * answered per item. Each item is checked as PATCH /v1/offers/{id} checks it (shape, currencies,
 * the listing's markets for a price change); the valid ones are written together, in one
 * transaction, with one UPDATE and one price-history INSERT per chunk instead of a round trip per
 * offer. A bad item, or an offer that is not the vendor's, fails alone and writes nothing.
 */
@Injectable()
export class BulkOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
    private readonly i18n: I18nService,
  ) {}

  async update(
    actor: AuthenticatedUser,
    vendorId: string,
    items: ReadonlyArray<Record<string, unknown>>,
    locale: Locale,
  ): Promise<BulkOfferUpdateResponse> {
    const outcomes = markRepeatedOffers(items.map(readItem));
    await this.dataSource.transaction(async (transaction) => {
      // Locks the vendor row: two bulk calls of one vendor run one after the other.
      const vendor = await this.vendors.owned(actor, vendorId, transaction);
      const pending = outcomes.filter((outcome) => outcome.status === 'pending');
      const locked = await lockOffers(
        transaction,
        vendor.id,
        pending.map((outcome) => outcome.offerId),
      );
      const listings = await this.listingsToCheck(transaction, pending, locked);
      const writes: OfferWrite[] = [];
      const history: ReturnType<typeof changedPrices> = [];
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome.status !== 'pending') continue;
        const decided = decide(
          outcome.write,
          locked.get(outcome.offerId.toLowerCase()),
          listings,
          vendor,
        );
        outcomes[index] = decided.outcome;
        if (decided.outcome.status === 'updated') {
          writes.push(outcome.write);
          history.push(...decided.history);
        }
      }
      for (const chunk of chunks(writes, STATEMENT_CHUNK_SIZE)) {
        const { sql, params } = offerUpdateStatement(chunk);
        await transaction.query(sql, params);
      }
      for (const chunk of chunks(history, STATEMENT_CHUNK_SIZE)) {
        const { sql, params } = priceHistoryStatement(chunk);
        await transaction.query(sql, params);
      }
    });
    return { results: outcomes.map((outcome) => this.toResult(outcome, locale)) };
  }

  /**
   * The listings whose market rules a price change must pass, read once per listing and only
   * for the items that change a price of a live listing (their texts can be long).
   */
  private async listingsToCheck(
    transaction: EntityManager,
    pending: ReadonlyArray<Extract<Outcome, { status: 'pending' }>>,
    locked: ReadonlyMap<string, LockedOffer>,
  ): Promise<Map<string, Product>> {
    const productIds = new Set<string>();
    for (const { write } of pending) {
      const offer = locked.get(write.offerId.toLowerCase());
      if (offer && CHECKED_STATUSES.includes(offer.productStatus) && changesPrices(write, offer))
        productIds.add(offer.productId);
    }
    if (productIds.size === 0) return new Map();
    const products = await transaction.find(Product, {
      select: {
        id: true,
        category: true,
        translations: true,
        manufacturer: true,
        responsiblePerson: true,
      },
      where: { id: In([...productIds]) },
    });
    return new Map(products.map((product) => [product.id, product]));
  }

  private toResult(outcome: Outcome, locale: Locale): BulkOfferResult {
    if (outcome.status === 'pending') throw new Error('bulk offer item left undecided');
    if (outcome.status !== 'failed') return { offerId: outcome.offerId, status: outcome.status };
    return {
      offerId: outcome.offerId,
      status: 'failed',
      error: this.describe(outcome.error, locale),
    };
  }

  /** The item's problem as the problem+json filter words it, in the caller's language. */
  private describe(error: DomainError, locale: Locale): BulkOfferError {
    const described: BulkOfferError = {
      code: error.code,
      message: this.i18n.translate(locale, `errors:${error.code}.detail`, error.variables),
    };
    if (error.fieldErrors.length > 0) {
      described.field = error.fieldErrors[0].field;
      described.errors = error.fieldErrors.map((fieldError) => ({
        field: fieldError.field,
        code: fieldError.code,
        message: this.i18n.fieldMessage(locale, fieldError),
      }));
    }
    return described;
  }
}

/** One item checked on its own, with the rules of PATCH /v1/offers/{id}. */
function readItem(item: Record<string, unknown>): Outcome {
  const offerId = typeof item.offerId === 'string' ? item.offerId : null;
  const input = plainToInstance(BulkOfferItemDto, item);
  const problems = toFieldErrors(validateSync(input, REQUEST_VALIDATOR_OPTIONS));
  if (problems.length === 0) problems.push(...offerProblems(input, ''));
  if (offerId === null || problems.length > 0)
    return { offerId, status: 'failed', error: new ValidationFailedError(problems) };
  const write: OfferWrite = { offerId };
  if (input.prices !== undefined) write.prices = input.prices;
  if (input.marketPrices !== undefined) write.marketPrices = input.marketPrices;
  if (input.stock !== undefined) write.stock = input.stock;
  if (input.shipping !== undefined) write.shipping = input.shipping;
  return { offerId, status: 'pending', write };
}

/**
 * An offer named twice would be written in an order nobody chose: its second and later items
 * fail, the first is applied.
 */
function markRepeatedOffers(outcomes: Outcome[]): Outcome[] {
  const seen = new Set<string>();
  return outcomes.map((outcome) => {
    if (outcome.status !== 'pending') return outcome;
    const key = outcome.offerId.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return outcome;
    }
    return {
      offerId: outcome.offerId,
      status: 'failed',
      error: ValidationFailedError.of('offerId', 'duplicateOffer'),
    };
  });
}

/**
 * The vendor's live offers among `offerIds`, locked for update in id order (so two bulk calls
 * over the same offers cannot deadlock). Another vendor's offer is simply not found.
 * Keyed by the lower-case id, as PostgreSQL prints a uuid (a client may send upper case).
 */
async function lockOffers(
  transaction: EntityManager,
  vendorId: string,
  offerIds: readonly string[],
): Promise<Map<string, LockedOffer>> {
  if (offerIds.length === 0) return new Map();
  const rows: LockedOffer[] = await transaction.query(
    `SELECT o.id, o.product_id AS "productId", p.status AS "productStatus", o.prices,
            o.market_prices AS "marketPrices", o.stock, o.shipping, o.markets
       FROM offers o JOIN products p ON p.id = o.product_id
      WHERE o.id = ANY($1::uuid[]) AND p.vendor_id = $2 AND o.deleted_at IS NULL
      ORDER BY o.id
        FOR UPDATE OF o`,
    [offerIds, vendorId],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

function changesPrices(write: OfferWrite, offer: LockedOffer): boolean {
  return (
    (write.prices !== undefined && canonicalJson(write.prices) !== canonicalJson(offer.prices)) ||
    (write.marketPrices !== undefined &&
      canonicalJson(write.marketPrices) !== canonicalJson(offer.marketPrices))
  );
}

/** Whether an item updates its offer, changes nothing, or fails; and the prices it records. */
function decide(
  write: OfferWrite,
  offer: LockedOffer | undefined,
  listings: ReadonlyMap<string, Product>,
  vendor: Vendor,
): { outcome: Outcome; history: ReturnType<typeof changedPrices> } {
  const fail = (error: DomainError) => ({
    outcome: { offerId: write.offerId, status: 'failed' as const, error },
    history: [],
  });
  if (!offer) return fail(new NotFoundError('offer-not-found', { id: write.offerId }));
  // A removal is final for the seller; the way back is a complaint (DSA Art. 20).
  if (offer.productStatus === 'removed') return fail(new ConflictError('product-removed'));
  const revised = {
    prices: write.prices ?? offer.prices,
    marketPrices: write.marketPrices ?? offer.marketPrices,
    markets: offer.markets,
  };
  const unchanged =
    !changesPrices(write, offer) &&
    (write.stock === undefined || write.stock === offer.stock) &&
    (write.shipping === undefined ||
      canonicalJson(write.shipping) === canonicalJson(offer.shipping));
  if (unchanged) return { outcome: { offerId: write.offerId, status: 'unchanged' }, history: [] };
  const listing = listings.get(offer.productId);
  if (listing && changesPrices(write, offer)) {
    try {
      assertListable(listing, [revised], vendor);
    } catch (error) {
      if (error instanceof DomainError) return fail(error);
      throw error;
    }
  }
  // Omnibus (Directive 98/6/EC Art. 6a): every new or changed price is recorded, as on PATCH.
  const history = changedPrices(offer.id, priceKeys(offer), priceKeys(revised));
  return { outcome: { offerId: write.offerId, status: 'updated' }, history };
}
