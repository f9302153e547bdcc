import {
  ConflictError,
  DomainError,
  isUuid,
  isSupportedLocale,
  NotFoundError,
  validateRecord,
  ValidationFailedError,
  type AuthenticatedUser,
  type FieldError,
} from '@app/platform';
import { Vendor, VendorsService } from '@app/vendors';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assertListable,
  assertOffersOf,
  changedPrices,
  offerColumns,
  offerProblems,
  priceKeys,
} from './offer-rules';
import {
  EDITABLE_PRODUCT_STATUSES,
  PRODUCT_TRANSITIONS,
  canTransitionProduct,
  type ProductAction,
} from './product-lifecycle';
import {
  ProductTextDto,
  type OfferDto,
  type ProductDetailsDto,
  type ProductResponse,
  type UpdateProductDto,
} from './product.dto';
import { Offer, PriceHistoryEntry, Product, type ProductRevision } from './product.entity';
import { toProductResponse } from './product-view';
import { searchConfigFor } from './search-configs';

/** A vendor's listings: creation and edits checked field by field, submission checked per market. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
  ) {}

  async create(
    actor: AuthenticatedUser,
    vendorId: string,
    input: ProductDetailsDto,
  ): Promise<ProductResponse> {
    const vendor = await this.vendors.owned(actor, vendorId);
    this.assertValid(input);
    return this.dataSource.transaction(async (transaction) => {
      const product = await transaction.save(
        transaction.create(Product, {
          vendorId: vendor.id,
          status: 'draft',
          category: input.category,
          gtin: input.gtin ?? null,
          images: input.images ?? [],
          attributes: input.attributes ?? {},
          translations: input.translations,
          manufacturer: input.manufacturer ?? null,
          responsiblePerson: input.responsiblePerson ?? null,
        }),
      );
      const offers = await this.saveOffers(transaction, product.id, [], input.offers);
      await this.saveSearchTexts(transaction, product);
      return toProductResponse(product, offers);
    });
  }

  async get(actor: AuthenticatedUser, productId: string): Promise<ProductResponse> {
    const { product } = await this.readable(actor, productId);
    return toProductResponse(product, await this.offersOf(product.id));
  }

  async update(
    actor: AuthenticatedUser,
    productId: string,
    changes: UpdateProductDto,
  ): Promise<ProductResponse> {
    await this.owned(actor, productId);
    this.assertValid(changes);
    return this.dataSource.transaction(async (transaction) => {
      // Locked, and its status re-read: an admin's decision in between must not be overwritten.
      const product = await transaction
        .getRepository(Product)
        .findOneOrFail({ where: { id: productId }, lock: { mode: 'pessimistic_write' } });
      if (product.status === 'published' && product.revisionStatus !== 'pending_review') {
        // Offers are operational: they change at once through PATCH /v1/offers/{id}, never in a
        // revision, whose approval would later overwrite stock and prices sold meanwhile.
        if (changes.offers !== undefined) {
          throw new DomainError(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'offers-change-directly',
            { id: product.id },
            [{ field: 'offers', code: 'offersChangeDirectly' }],
          );
        }
        // Content changes through a revision; the approved version stays live meanwhile.
        const revision = { ...(product.revision ?? {}), ...(changes as ProductRevision) };
        await transaction.update(
          Product,
          { id: product.id },
          { revision, revisionStatus: 'draft' },
        );
        const updated = await transaction
          .getRepository(Product)
          .findOneByOrFail({ id: product.id });
        return toProductResponse(updated, await this.offersOf(productId, transaction));
      }
      // A removal is final for the seller; the way back is a complaint (DSA Art. 20).
      if (product.status === 'removed') throw new ConflictError('product-removed');
      if (!EDITABLE_PRODUCT_STATUSES.includes(product.status)) {
        throw new ConflictError('product-not-editable', { status: product.status });
      }
      const { offers: offerChanges, ...fields } = changes;
      Object.assign(product, fields);
      const saved = await transaction.save(product);
      if (fields.translations) await this.saveSearchTexts(transaction, saved);
      const existing = await this.offersOf(productId, transaction);
      const offers = offerChanges
        ? await this.saveOffers(transaction, productId, existing, offerChanges)
        : existing;
      return toProductResponse(saved, offers);
    });
  }

  /**
   * Sends the listing to review once it may serve every market it names: 422 lists, per market,
   * what is missing (texts in the market's language, seller approval and registrations, price),
   * plus the GPSR safety data every listing needs.
   */
  async submit(actor: AuthenticatedUser, productId: string): Promise<ProductResponse> {
    const { product, vendor } = await this.owned(actor, productId);
    const offers = await this.offersOf(productId);
    if (product.status === 'published' && product.revisionStatus === 'draft' && product.revision) {
      // The revision is checked as the listing would look with it applied.
      const revised = { ...product, ...product.revision };
      assertListable(revised, offers, vendor);
      await this.dataSource
        .getRepository(Product)
        .update({ id: product.id, revisionStatus: 'draft' }, { revisionStatus: 'pending_review' });
      const updated = await this.dataSource
        .getRepository(Product)
        .findOneByOrFail({ id: product.id });
      return toProductResponse(updated, offers);
    }
    this.assertTransition(product, 'submit');
    assertListable(product, offers, vendor);
    return this.transition(product, 'submit', offers);
  }

  /**
   * Applies an approved revision to the live listing: its fields and its texts for search. Offers
   * are not part of a revision: they change at once (OffersService).
   */
  async applyRevision(transaction: EntityManager, product: Product): Promise<void> {
    const fields = product.revision ?? {};
    Object.assign(product, fields, { revision: null, revisionStatus: null });
    const saved = await transaction.save(product);
    if (fields.translations) await this.saveSearchTexts(transaction, saved);
  }

  async unpublish(actor: AuthenticatedUser, productId: string): Promise<ProductResponse> {
    const { product } = await this.owned(actor, productId);
    this.assertTransition(product, 'unpublish');
    return this.transition(product, 'unpublish', await this.offersOf(productId));
  }

  private async transition(
    product: Product,
    action: ProductAction,
    offers: Offer[],
  ): Promise<ProductResponse> {
    const to = PRODUCT_TRANSITIONS[action].to;
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Product)
      .set({ status: to, ...(action === 'submit' ? { submittedAt: () => 'now()' } : {}) })
      .where('id = :id AND status = :from', { id: product.id, from: product.status })
      .execute();
    if (result.affected !== 1)
      throw new ConflictError('illegal-listing-transition', { action, status: product.status });
    const updated = await this.dataSource
      .getRepository(Product)
      .findOneByOrFail({ id: product.id });
    return toProductResponse(updated, offers);
  }

  private assertTransition(product: Product, action: ProductAction): void {
    if (!canTransitionProduct(product.status, action)) {
      throw new ConflictError('illegal-listing-transition', { action, status: product.status });
    }
  }

  /** A product's offers in a stable order (offers created together share created_at). */
  private offersOf(
    productId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Offer[]> {
    return manager
      .getRepository(Offer)
      .find({ where: { productId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The listing if the caller may read it (its seller or an admin); else 404. */
  async readable(
    actor: AuthenticatedUser,
    productId: string,
  ): Promise<{ product: Product; vendor: Vendor }> {
    const found = await this.find(productId);
    if (found && (actor.role === 'admin' || found.vendor.ownerId === actor.id)) return found;
    throw new NotFoundError('product-not-found', { id: productId });
  }

  private async owned(
    actor: AuthenticatedUser,
    productId: string,
  ): Promise<{ product: Product; vendor: Vendor }> {
    const found = await this.find(productId);
    if (found && found.vendor.ownerId === actor.id) return found;
    throw new NotFoundError('product-not-found', { id: productId });
  }

  private async find(productId: string): Promise<{ product: Product; vendor: Vendor } | undefined> {
    if (!isUuid(productId)) return undefined;
    const product = await this.dataSource.getRepository(Product).findOneBy({ id: productId });
    const vendor =
      product && (await this.dataSource.getRepository(Vendor).findOneBy({ id: product.vendorId }));
    return product && vendor ? { product, vendor } : undefined;
  }

  /** Checks what class-validator cannot: keyed objects (languages, markets) and currencies per market. */
  private assertValid(input: Partial<ProductDetailsDto>): void {
    const languageError: FieldError = { field: '', code: 'unsupportedLanguage' };
    const problems: FieldError[] = [
      ...validateRecord(
        input.translations,
        'translations',
        isSupportedLocale,
        ProductTextDto,
        languageError,
      ),
      ...(input.offers ?? []).flatMap((offer, index) => offerProblems(offer, `offers.${index}`)),
    ];
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  /** The texts the storefront searches, one row per language with that language's stemmer. */
  private async saveSearchTexts(transaction: EntityManager, product: Product): Promise<void> {
    await transaction.query('DELETE FROM listing_texts WHERE product_id = $1', [product.id]);
    for (const [language, text] of Object.entries(product.translations)) {
      await transaction.query(
        `INSERT INTO listing_texts (product_id, language, config, title, description) VALUES ($1, $2, $3::regconfig, $4, $5)`,
        [
          product.id,
          language,
          searchConfigFor(language),
          text.title ?? '',
          text.description ?? null,
        ],
      );
    }
  }

  /**
   * Writes the offers of a listing being edited (matched to existing ones by id or position),
   * records new or changed prices in the price history and marks offers left out as removed.
   */
  private async saveOffers(
    transaction: EntityManager,
    productId: string,
    existing: Offer[],
    inputs: OfferDto[],
  ): Promise<Offer[]> {
    const saved: Offer[] = [];
    const byId = inputs.some((input) => input.id !== undefined);
    assertOffersOf(inputs, existing);
    for (const [index, input] of inputs.entries()) {
      // With ids, each input updates its offer; without, offers are matched by position.
      const previous = byId ? existing.find((offer) => offer.id === input.id) : existing[index];
      // Read before the offer object is updated in place below.
      const before = priceKeys(previous ?? { prices: [], marketPrices: {} });
      const offer = await transaction.save(
        Object.assign(previous ?? transaction.create(Offer, { productId }), offerColumns(input)),
      );
      const changed = changedPrices(offer.id, before, priceKeys(offer));
      if (changed.length > 0) await transaction.insert(PriceHistoryEntry, changed);
      saved.push(offer);
    }
    const kept = new Set(saved.map((offer) => offer.id));
    // Soft: carts, orders and the price history keep referring to a removed offer.
    for (const removed of existing.filter((offer) => !kept.has(offer.id)))
      await transaction.softRemove(removed);
    return saved;
  }
}
