import {
  ConflictError,
  decodeCursor,
  DomainError,
  DEFAULT_PAGE_SIZE,
  ForbiddenError,
  isUniqueViolation,
  NotFoundError,
  OutboxService,
  toPage,
  ValidationFailedError,
  type AuthenticatedUser,
  type FieldError,
  type Locale,
  type Page,
} from '@app/platform';
import { Vendor } from '@app/vendors';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  canTransitionProduct,
  PRODUCT_TRANSITIONS,
  type ProductAction,
} from '../product-lifecycle';
import { Offer, Product } from '../product.entity';
import { listingTitle } from '../product-view';
import { ProductsService } from '../products.service';
import type {
  ComplaintQueryDto,
  ComplaintResolutionDto,
  DecisionRequestDto,
  ModerationQueueQueryDto,
  StatementExportQueryDto,
} from './moderation.dto';
import { Complaint, ModerationAuditEntry, ModerationDecision, Notice } from './moderation.entity';
import { complaintDeadline, type Decision } from './moderation.types';
import { noticeKeyOf } from './notice-reference';
import { rowsById } from './rows-by-id';
import { toTransparencyStatement, type TransparencyDatabaseStatement } from './statement-export';

export interface QueueItem {
  productId: string;
  /** In the admin's language where the listing has it. */
  productTitle: string;
  vendorId: string;
  vendorName: string | null;
  status: string;
  category: string;
  markets: string[];
  submittedAt: string | null;
  /** A change to the live listing awaits review. */
  revisionPending: boolean;
  openNotices: number;
}

/** A complaint as an admin reviews it: with the contested decision, the listing and its seller. */
export interface AdminComplaintView extends Complaint {
  complainant: 'seller' | 'notifier';
  /** The reference of the notice whose author complains. */
  noticeReference: string | null;
  decision: Decision;
  productId: string;
  productTitle: string | null;
  vendorId: string;
  vendorName: string | null;
}

/** The partial unique indexes that keep one open complaint per complainant and decision. */
const COMPLAINT_DUPLICATE_INDEXES = [
  'complaints_open_seller_duplicate_idx',
  'complaints_open_notifier_duplicate_idx',
];

/**
 * Listing moderation: the review queue, decisions with DSA statements of reasons, complaints
 * against them (Art. 20) and their export to the Transparency Database (Art. 24(5)). Every step
 * is logged in the append-only moderation audit log.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly products: ProductsService,
  ) {}

  /** Listings awaiting review and published ones with open notices, oldest first. */
  async queue(query: ModerationQueueQueryDto, locale: Locale): Promise<Page<QueueItem>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(Product)
      .createQueryBuilder('product')
      .where(
        `(product.status = 'pending_review' OR product.revision_status = 'pending_review'
          OR EXISTS (SELECT 1 FROM notices n WHERE n.product_id = product.id AND n.status = 'open'))`,
      )
      .orderBy('product.created_at', 'ASC')
      .addOrderBy('product.id', 'ASC')
      .limit(limit + 1);
    if (query.category)
      builder.andWhere('product.category = :category', { category: query.category });
    if (query.vendorId)
      builder.andWhere('product.vendor_id = :vendorId', { vendorId: query.vendorId });
    if (query.country) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM offers o WHERE o.product_id = product.id AND o.deleted_at IS NULL AND :country = ANY(o.markets))',
        {
          country: query.country,
        },
      );
    }
    if (query.cursor)
      builder.andWhere(
        '(product.created_at, product.id) > (:createdAt, :id)',
        decodeCursor(query.cursor),
      );
    const products = await builder.getMany();
    const ids = products.map((p) => p.id);
    const offers = ids.length
      ? await this.dataSource
          .getRepository(Offer)
          .createQueryBuilder('o')
          .where('o.product_id IN (:...ids)', { ids })
          .getMany()
      : [];
    const notices: Array<{ product_id: string; count: number }> = ids.length
      ? await this.dataSource.query(
          `SELECT product_id, count(*)::int AS count FROM notices WHERE status = 'open' AND product_id = ANY($1) GROUP BY product_id`,
          [ids],
        )
      : [];
    const vendors = await rowsById(
      this.dataSource.manager,
      Vendor,
      products.map((p) => p.vendorId),
    );
    return toPage(products, limit, (product) => ({
      productId: product.id,
      productTitle: listingTitle(product, locale),
      vendorId: product.vendorId,
      vendorName: vendors.get(product.vendorId)?.legalName ?? null,
      status: product.status,
      category: product.category,
      markets: [
        ...new Set(offers.filter((o) => o.productId === product.id).flatMap((o) => o.markets)),
      ].sort(),
      submittedAt: product.submittedAt?.toISOString() ?? null,
      revisionPending: product.revisionStatus === 'pending_review',
      openNotices: notices.find((n) => n.product_id === product.id)?.count ?? 0,
    }));
  }

  async decide(
    actor: AuthenticatedUser,
    productId: string,
    request: DecisionRequestDto,
  ): Promise<ModerationDecision> {
    this.assertStatementComplete(request);
    return this.dataSource.transaction(async (transaction) => {
      const product = await transaction
        .getRepository(Product)
        .findOne({ where: { id: productId }, lock: { mode: 'pessimistic_write' } });
      if (!product) throw new NotFoundError('product-not-found', { id: productId });
      const notice = request.noticeId
        ? await this.noticeAbout(transaction, product, request.noticeId)
        : null;
      if (notice && notice.status !== 'open')
        throw new ConflictError('notice-handled', { reference: notice.reference });
      const live = product.status === 'published';
      // A notice is about the listing as the public sees it (DSA Art. 16(1)), so a decision on it
      // must act on that listing: rejecting a pending revision would leave it online while the
      // notice counts as acted on, and no complaint could reverse that (Art. 20(4)).
      if (notice && live && request.decision === 'reject')
        throw new ConflictError('notice-concerns-live-listing', { reference: notice.reference });
      const revisionPending = live && product.revisionStatus === 'pending_review';
      // Without a notice, approve and reject on a live listing decide its pending revision.
      const onRevision = revisionPending && !notice && request.decision !== 'remove';
      // "approve" answering a notice about a live listing is a decision to take no action; the
      // revision, which the notifier has not seen, waits for its own decision.
      const noAction = onRevision || (request.decision === 'approve' && live && notice !== null);
      const action: ProductAction = request.decision;
      if (!noAction && !canTransitionProduct(product.status, action)) {
        throw new ConflictError('illegal-listing-transition', { action, status: product.status });
      }
      const decision = await this.saveDecision(
        transaction,
        actor,
        product,
        request,
        notice?.id ?? null,
      );
      if (!noAction) await this.setStatus(transaction, product, action);
      if (onRevision && request.decision === 'approve') {
        await this.products.applyRevision(transaction, product);
      } else if (revisionPending && request.decision !== 'approve') {
        await transaction.update(
          Product,
          { id: product.id },
          { revision: null, revisionStatus: null },
        );
      }
      if (notice) {
        await transaction.update(
          Notice,
          { id: notice.id },
          {
            status: request.decision === 'approve' ? 'dismissed' : 'actioned',
            decisionId: decision.id,
            handledAt: new Date(),
          },
        );
        await this.outbox.publish(transaction, 'notice.handled', { noticeId: notice.id });
      }
      await this.log(transaction, productId, actor.id, `decision.${request.decision}`, {
        decisionId: decision.id,
        noticeId: notice?.id,
      });
      await this.outbox.publish(transaction, 'product.decided', { decisionId: decision.id });
      return decision;
    });
  }

  async decisionsFor(productId: string): Promise<ModerationDecision[]> {
    return this.dataSource
      .getRepository(ModerationDecision)
      .find({ where: { productId }, order: { createdAt: 'ASC' } });
  }

  /** A seller contests a restrictive decision on its listing (DSA Art. 20; open for 6 months). */
  async lodgeComplaint(
    actor: AuthenticatedUser,
    decisionId: string,
    text: string,
  ): Promise<Complaint> {
    const decision = await this.dataSource
      .getRepository(ModerationDecision)
      .findOneBy({ id: decisionId });
    const vendor =
      decision &&
      (await this.dataSource.getRepository(Vendor).findOneBy({ id: decision.vendorId }));
    if (!decision || !vendor || vendor.ownerId !== actor.id)
      throw new NotFoundError('decision-not-found', { id: decisionId });
    if (decision.decision === 'approve') throw new ConflictError('decision-not-contestable');
    if (new Date() > complaintDeadline(decision.createdAt))
      throw new ConflictError('complaint-period-over');
    return this.recordComplaint(decision, { lodgedBy: actor.id, noticeId: null }, text);
  }

  /**
   * Stores a complaint, or returns the complainant's open complaint against the same decision:
   * one is reviewed at a time, so sending it again (or twice at once) adds nothing.
   */
  async recordComplaint(
    decision: ModerationDecision,
    complainant: Pick<Complaint, 'lodgedBy' | 'noticeId'>,
    text: string,
  ): Promise<Complaint> {
    const openOne = () =>
      this.dataSource.getRepository(Complaint).findOneBy({
        decisionId: decision.id,
        status: 'open',
        ...(complainant.lodgedBy
          ? { lodgedBy: complainant.lodgedBy }
          : { lodgedBy: IsNull(), noticeId: complainant.noticeId ?? IsNull() }),
      });
    const existing = await openOne();
    if (existing) return existing;
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const complaint = await transaction.save(
          transaction.create(Complaint, {
            decisionId: decision.id,
            ...complainant,
            text,
            status: 'open',
          }),
        );
        await this.log(transaction, decision.productId, complainant.lodgedBy, 'complaint.lodged', {
          complaintId: complaint.id,
          decisionId: decision.id,
          ...(complainant.noticeId ? { noticeId: complainant.noticeId } : {}),
        });
        return complaint;
      });
    } catch (error) {
      // The same complaint sent twice at the same moment: the other request stored it first.
      const stored = COMPLAINT_DUPLICATE_INDEXES.some((index) => isUniqueViolation(error, index))
        ? await openOne()
        : null;
      if (!stored) throw error;
      return stored;
    }
  }

  /** Complaints oldest first, open ones unless another status is asked for. */
  async complaints(query: ComplaintQueryDto, locale: Locale): Promise<Page<AdminComplaintView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(Complaint)
      .createQueryBuilder('complaint')
      .innerJoin(ModerationDecision, 'decision', 'decision.id = complaint.decision_id')
      .where('complaint.status = :status', { status: query.status ?? 'open' })
      .orderBy('complaint.created_at', 'ASC')
      .addOrderBy('complaint.id', 'ASC')
      .limit(limit + 1);
    if (query.productId)
      builder.andWhere('decision.product_id = :productId', { productId: query.productId });
    if (query.vendorId)
      builder.andWhere('decision.vendor_id = :vendorId', { vendorId: query.vendorId });
    if (query.cursor)
      builder.andWhere(
        '(complaint.created_at, complaint.id) > (:createdAt, :id)',
        decodeCursor(query.cursor),
      );
    const complaints = await builder.getMany();
    const decisions = await rowsById(
      this.dataSource.manager,
      ModerationDecision,
      complaints.map((c) => c.decisionId),
    );
    const products = await rowsById(
      this.dataSource.manager,
      Product,
      [...decisions.values()].map((d) => d.productId),
    );
    const vendors = await rowsById(
      this.dataSource.manager,
      Vendor,
      [...decisions.values()].map((d) => d.vendorId),
    );
    const notices = await rowsById(
      this.dataSource.manager,
      Notice,
      complaints.flatMap((c) => (c.noticeId ? [c.noticeId] : [])),
    );
    return toPage(complaints, limit, (complaint) => {
      const decision = decisions.get(complaint.decisionId)!;
      const product = products.get(decision.productId);
      return {
        ...complaint,
        complainant: complaint.lodgedBy ? 'seller' : 'notifier',
        noticeReference: complaint.noticeId
          ? (notices.get(complaint.noticeId)?.reference ?? null)
          : null,
        decision: decision.decision,
        productId: decision.productId,
        productTitle: product ? listingTitle(product, locale) : null,
        vendorId: decision.vendorId,
        vendorName: vendors.get(decision.vendorId)?.legalName ?? null,
      };
    });
  }

  /**
   * Another admin reviews the complaint. Upholding it reverses the contested decision without
   * undue delay (DSA Art. 20(4)): a seller's complaint against a restriction publishes the
   * listing again, a notifier's complaint against a decision to take no action removes it. Either
   * reversal is a new decision of its own; the complainant learns the reasoned outcome
   * (Art. 20(5)) and the seller gets the statement of reasons of a removal (Art. 17).
   */
  async resolveComplaint(
    actor: AuthenticatedUser,
    complaintId: string,
    request: ComplaintResolutionDto,
  ): Promise<Complaint> {
    return this.dataSource.transaction(async (transaction) => {
      const complaint = await transaction
        .getRepository(Complaint)
        .findOne({ where: { id: complaintId }, lock: { mode: 'pessimistic_write' } });
      if (!complaint) throw new NotFoundError('complaint-not-found', { id: complaintId });
      if (complaint.status !== 'open') throw new ConflictError('complaint-resolved');
      const decision = await transaction
        .getRepository(ModerationDecision)
        .findOneByOrFail({ id: complaint.decisionId });
      if (decision.decidedBy === actor.id) throw new ForbiddenError('same-reviewer');
      let reversal: ModerationDecision | null = null;
      if (request.outcome === 'upheld') {
        const product = await transaction.getRepository(Product).findOneOrFail({
          where: { id: decision.productId },
          lock: { mode: 'pessimistic_write' },
        });
        reversal = complaint.lodgedBy
          ? await this.liftRestriction(transaction, actor, decision, product, request.resolution)
          : await this.actOnNotice(transaction, actor, complaint, decision, product, request);
      }
      await transaction.update(
        Complaint,
        { id: complaint.id },
        {
          status: request.outcome,
          reviewedBy: actor.id,
          resolution: request.resolution,
          resolvedAt: new Date(),
          reversalDecisionId: reversal?.id ?? null,
        },
      );
      await this.log(transaction, decision.productId, actor.id, `complaint.${request.outcome}`, {
        complaintId: complaint.id,
        ...(reversal ? { reversalDecisionId: reversal.id } : {}),
      });
      await this.outbox.publish(transaction, 'complaint.resolved', { complaintId: complaint.id });
      return transaction.getRepository(Complaint).findOneByOrFail({ id: complaint.id });
    });
  }

  /**
   * Reverses a restriction the seller contested, by publishing the listing again. Only what the
   * decision did is reversed: not a listing edited since, nor one decided again.
   */
  private async liftRestriction(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    decision: ModerationDecision,
    product: Product,
    resolution: string,
  ): Promise<ModerationDecision | null> {
    if (decision.decision === 'approve') return null;
    const untouched =
      (await this.decidedSince(transaction, decision)) === 0 &&
      product.status === PRODUCT_TRANSITIONS[decision.decision].to &&
      product.updatedAt <= decision.createdAt;
    if (!untouched) return null;
    const reversal = await transaction.save(
      transaction.create(ModerationDecision, {
        productId: product.id,
        vendorId: product.vendorId,
        decision: 'approve',
        explanation: resolution,
        territorialScope: decision.territorialScope,
        source: 'complaint',
        automatedDetection: false,
        decidedBy: actor.id,
        contentDate: decision.contentDate,
      }),
    );
    await transaction.update(
      Product,
      { id: product.id },
      { status: 'published', publishedAt: new Date() },
    );
    await this.outbox.publish(transaction, 'product.decided', { decisionId: reversal.id });
    return reversal;
  }

  /**
   * Reverses a decision to take no action on a notice, which its author contested: the listing is
   * removed, with a statement of reasons as complete as any restrictive decision's. A listing
   * decided again since, or one no longer offered (rejected, removed), needs no reversal.
   * A rejection that answered the notice yet left the listing live (a pending revision's, taken
   * before `decide` refused them) took no action on what the notice was about either.
   */
  private async actOnNotice(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    complaint: Complaint,
    decision: ModerationDecision,
    product: Product,
    request: ComplaintResolutionDto,
  ): Promise<ModerationDecision | null> {
    // With no decision since, a rejected listing that is published was never taken down.
    const tookNoAction =
      decision.decision === 'approve' ||
      (decision.decision === 'reject' && product.status === 'published');
    if (!tookNoAction || !complaint.noticeId) return null;
    if ((await this.decidedSince(transaction, decision)) > 0) return null;
    if (!canTransitionProduct(product.status, 'remove')) return null;
    const statement: DecisionRequestDto = {
      decision: 'remove',
      reason: request.reason,
      explanation: request.explanation,
      ground: request.ground,
      legalGround: request.legalGround,
      termsGround: request.termsGround,
      noticeId: complaint.noticeId,
    };
    this.assertStatementComplete(statement);
    const removal = await this.saveDecision(
      transaction,
      actor,
      product,
      statement,
      complaint.noticeId,
    );
    await this.setStatus(transaction, product, 'remove');
    if (product.revisionStatus)
      await transaction.update(
        Product,
        { id: product.id },
        { revision: null, revisionStatus: null },
      );
    // The notice's outcome is now the removal; its author hears of it with the complaint's.
    await transaction.update(
      Notice,
      { id: complaint.noticeId },
      { status: 'actioned', decisionId: removal.id, handledAt: new Date() },
    );
    await this.log(transaction, product.id, actor.id, 'decision.remove', {
      decisionId: removal.id,
      noticeId: complaint.noticeId,
      complaintId: complaint.id,
    });
    await this.outbox.publish(transaction, 'product.decided', { decisionId: removal.id });
    return removal;
  }

  /**
   * The notice about the listing that `noticeId` names by its id or its public reference, which
   * is the one a notifier quotes. A notice about another listing is no answer either.
   */
  private async noticeAbout(
    transaction: EntityManager,
    product: Product,
    noticeId: string,
  ): Promise<Notice> {
    const key = noticeKeyOf(noticeId);
    const notice = key
      ? await transaction.getRepository(Notice).findOneBy({ ...key, productId: product.id })
      : null;
    if (!notice)
      throw new DomainError(HttpStatus.NOT_FOUND, 'notice-not-found', { id: noticeId }, [
        { field: 'noticeId', code: 'unknownNotice' },
      ]);
    return notice;
  }

  /** How many decisions were taken on the listing after this one. */
  private decidedSince(transaction: EntityManager, decision: ModerationDecision): Promise<number> {
    return transaction
      .getRepository(ModerationDecision)
      .createQueryBuilder('d')
      .where('d.product_id = :productId AND d.created_at > :at', {
        productId: decision.productId,
        at: decision.createdAt,
      })
      .getCount();
  }

  /** Restrictive statements of reasons in the Transparency Database format, oldest first. */
  async exportStatements(query: StatementExportQueryDto): Promise<TransparencyDatabaseStatement[]> {
    const builder = this.dataSource
      .getRepository(ModerationDecision)
      .createQueryBuilder('d')
      .where(`d.decision IN ('reject', 'remove')`)
      .orderBy('d.created_at', 'ASC')
      .limit(10_000);
    if (query.from) builder.andWhere('d.created_at >= :from', { from: query.from });
    if (query.to) builder.andWhere(`d.created_at < (:to::date + 1)`, { to: query.to });
    const decisions = await builder.getMany();
    // Only the GTIN is taken from each product, looked up by id.
    const gtins = new Map<string, string | null>();
    if (decisions.length) {
      const products = await this.dataSource
        .getRepository(Product)
        .createQueryBuilder('p')
        .select(['p.id', 'p.gtin'])
        .where('p.id IN (:...ids)', { ids: [...new Set(decisions.map((d) => d.productId))] })
        .getMany();
      for (const product of products) gtins.set(product.id, product.gtin);
    }
    return decisions.map((decision) =>
      toTransparencyStatement(decision, { gtin: gtins.get(decision.productId) ?? null }),
    );
  }

  private assertStatementComplete(request: DecisionRequestDto): void {
    if (request.decision === 'approve') return;
    // DSA Art. 17(3): a restrictive decision states the category, facts and the ground.
    const problems: FieldError[] = [];
    if (!request.reason) problems.push({ field: 'reason', code: 'isDefined' });
    if (!request.explanation) problems.push({ field: 'explanation', code: 'isDefined' });
    if (!request.ground) problems.push({ field: 'ground', code: 'isDefined' });
    if (request.ground === 'illegal' && !request.legalGround)
      problems.push({ field: 'legalGround', code: 'isDefined' });
    if (request.ground === 'terms' && !request.termsGround)
      problems.push({ field: 'termsGround', code: 'isDefined' });
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  /** The decision with its statement of reasons, taken on a notice when `noticeId` is set. */
  private async saveDecision(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    product: Product,
    request: DecisionRequestDto,
    noticeId: string | null,
  ): Promise<ModerationDecision> {
    return transaction.save(
      transaction.create(ModerationDecision, {
        productId: product.id,
        vendorId: product.vendorId,
        decision: request.decision,
        category: request.reason ?? null,
        ground: request.ground ?? null,
        legalGround: request.legalGround ?? null,
        termsGround: request.termsGround ?? null,
        explanation: request.explanation ?? null,
        // The status change takes the listing down everywhere, so the measure covers every market it serves.
        territorialScope: await this.marketsOf(transaction, product.id),
        source: noticeId ? 'notice' : 'voluntary',
        noticeId,
        automatedDetection: false,
        decidedBy: actor.id,
        contentDate: product.createdAt.toISOString().slice(0, 10),
      }),
    );
  }

  private async setStatus(
    transaction: EntityManager,
    product: Product,
    action: ProductAction,
  ): Promise<void> {
    const to = PRODUCT_TRANSITIONS[action].to;
    await transaction.update(
      Product,
      { id: product.id },
      { status: to, ...(to === 'published' ? { publishedAt: new Date() } : {}) },
    );
  }

  private async marketsOf(transaction: EntityManager, productId: string): Promise<string[]> {
    const offers = await transaction.getRepository(Offer).findBy({ productId });
    return [...new Set(offers.flatMap((o) => o.markets))].sort();
  }

  private async log(
    transaction: EntityManager,
    productId: string,
    actorId: string | null,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await transaction.save(
      transaction.create(ModerationAuditEntry, { productId, actorId, action, details }),
    );
  }
}
