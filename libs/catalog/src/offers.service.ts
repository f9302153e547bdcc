import {
  ConflictError,
  isUuid,
  NotFoundError,
  ValidationFailedError,
  type AuthenticatedUser,
} from '@app/platform';
import { Vendor } from '@app/vendors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateOfferDto, OfferResponse, UpdateOfferDto } from './offer.dto';
import {
  assertListable,
  changedPrices,
  CHECKED_STATUSES,
  offerColumns,
  offerProblems,
  priceKeys,
} from './offer-rules';
import { Offer, PriceHistoryEntry, Product } from './product.entity';

function toOfferResponse(offer: Offer): OfferResponse {
  return {
    id: offer.id,
    productId: offer.productId,
    prices: offer.prices,
    marketPrices: offer.marketPrices,
    stock: offer.stock,
    markets: offer.markets,
    handlingDays: offer.handlingDays,
    shipping: offer.shipping,
    updatedAt: offer.updatedAt.toISOString(),
  };
}

/**
 * Offers are operational, content is moderated: price, stock, shipping and markets change at once,
 * without review, checked automatically against each market's rules (language, registrations,
 * price, GPSR data) when the listing is live. Only the columns that change are written, so a price
 * or stock write leaves the search texts alone unless the listing's visible markets change.
 */
@Injectable()
export class OffersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async update(
    actor: AuthenticatedUser,
    offerId: string,
    changes: UpdateOfferDto,
  ): Promise<OfferResponse> {
    const problems = offerProblems(changes, '');
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (transaction) => {
      const { offer, product, vendor } = await this.owned(transaction, actor, offerId);
      const set = definedFields(changes);
      const revised: Offer = Object.assign(new Offer(), offer, set);
      // Stock, handling days and shipping fees alone cannot make a market unservable.
      const touchesMarkets = ['prices', 'marketPrices', 'markets'].some((key) => key in set);
      if (touchesMarkets && CHECKED_STATUSES.includes(product.status))
        assertListable(product, [revised], vendor);
      if (Object.keys(set).length > 0) await transaction.update(Offer, { id: offer.id }, set);
      const changed = changedPrices(offer.id, priceKeys(offer), priceKeys(revised));
      if (changed.length > 0) await transaction.insert(PriceHistoryEntry, changed);
      return toOfferResponse(await transaction.findOneByOrFail(Offer, { id: offer.id }));
    });
  }

  /** A new offer of a listing; on a live listing it must pass its markets' rules first. */
  async add(
    actor: AuthenticatedUser,
    productId: string,
    input: CreateOfferDto,
  ): Promise<OfferResponse> {
    const problems = offerProblems(input, '');
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (transaction) => {
      const found = isUuid(productId)
        ? await transaction.findOne(Product, {
            where: { id: productId },
            lock: { mode: 'pessimistic_read' },
          })
        : null;
      const vendor = found && (await transaction.findOneBy(Vendor, { id: found.vendorId }));
      if (!found || vendor?.ownerId !== actor.id)
        throw new NotFoundError('product-not-found', { id: productId });
      if (found.status === 'removed') throw new ConflictError('product-removed');
      const offer = transaction.create(Offer, { productId, ...offerColumns(input) });
      if (CHECKED_STATUSES.includes(found.status)) assertListable(found, [offer], vendor);
      const saved = await transaction.save(offer);
      await transaction.insert(
        PriceHistoryEntry,
        changedPrices(saved.id, new Map(), priceKeys(saved)),
      );
      return toOfferResponse(saved);
    });
  }

  /**
   * Takes the offer off sale: hidden from the storefront and from new carts at once. The row stays
   * (soft delete) with its id and price history, as orders and carts refer to it.
   */
  async remove(actor: AuthenticatedUser, offerId: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const { offer } = await this.owned(transaction, actor, offerId);
      await transaction.softDelete(Offer, { id: offer.id });
    });
  }

  /**
   * Takes `quantity` items of a live offer's stock, or none: one conditional UPDATE, so concurrent
   * checkouts can never oversell (no read-then-write). False when the stock is short or the offer
   * is removed.
   */
  async reserveStock(
    offerId: string,
    quantity: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    assertQuantity(quantity);
    const result = await manager
      .createQueryBuilder()
      .update(Offer)
      .set({ stock: () => 'stock - :quantity' })
      .where('id = :offerId AND stock >= :quantity AND deleted_at IS NULL', { offerId, quantity })
      .setParameter('quantity', quantity)
      .execute();
    return result.affected === 1;
  }

  /** Gives reserved items back (a cancelled or failed checkout), also to an offer removed since. */
  async releaseStock(
    offerId: string,
    quantity: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    assertQuantity(quantity);
    await manager
      .createQueryBuilder()
      .update(Offer)
      .set({ stock: () => 'stock + :quantity' })
      .where('id = :offerId', { offerId, quantity })
      .execute();
  }

  /** The live offer, locked, with its listing and vendor, if the caller's vendor owns it; else 404. */
  private async owned(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    offerId: string,
  ): Promise<{ offer: Offer; product: Product; vendor: Vendor }> {
    const offer = isUuid(offerId)
      ? await transaction.findOne(Offer, {
          where: { id: offerId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    const product = offer && (await transaction.findOneBy(Product, { id: offer.productId }));
    const vendor = product && (await transaction.findOneBy(Vendor, { id: product.vendorId }));
    if (!offer || !product || !vendor || vendor.ownerId !== actor.id)
      throw new NotFoundError('offer-not-found', { id: offerId });
    // A removal is final for the seller; the way back is a complaint (DSA Art. 20).
    if (product.status === 'removed') throw new ConflictError('product-removed');
    return { offer, product, vendor };
  }
}

/** The fields of a PATCH that were sent; undefined ones are left as they are. */
function definedFields(changes: UpdateOfferDto): Partial<Offer> {
  return Object.fromEntries(
    Object.entries(changes as Record<string, unknown>).filter(([, value]) => value !== undefined),
  );
}

function assertQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1)
    throw ValidationFailedError.of('quantity', 'min', { min: 1 });
}
