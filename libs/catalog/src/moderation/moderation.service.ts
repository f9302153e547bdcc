import {
  ConflictError,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ForbiddenError,
  isUuid,
  NotFoundError,
  OutboxService,
  toPage,
  ValidationFailedError,
  type AuthenticatedUser,
  type FieldError,
  type Page,
} from '@app/platform';
import { Vendor } from '@app/vendors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  canTransitionProduct,
  PRODUCT_TRANSITIONS,
  type ProductAction,
} from '../product-lifecycle';
import { Offer, Product } from '../product.entity';
import { ProductsService } from '../products.service';
import type {
  DecisionRequestDto,
  ModerationQueueQueryDto,
  StatementExportQueryDto,
} from './moderation.dto';
import { Complaint, ModerationAuditEntry, ModerationDecision, Notice } from './moderation.entity';
import { complaintDeadline } from './moderation.types';
import { toTransparencyStatement, type TransparencyDatabaseStatement } from './statement-export';

export interface QueueItem {
  productId: string;
  vendorId: string;
  status: string;
  category: string;
  markets: string[];
  submittedAt: string | null;
  /** A change to the live listing awaits review. */
  revisionPending: boolean;
  openNotices: number;
}

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
  async queue(query: ModerationQueueQueryDto): Promise<Page<QueueItem>> {
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
        'EXISTS (SELECT 1 FROM offers o WHERE o.product_id = product.id AND :country = ANY(o.markets))',
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
    return toPage(products, limit, (product) => ({
      productId: product.id,
      vendorId: product.vendorId,
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
        ? await transaction.getRepository(Notice).findOneBy({ id: request.noticeId, productId })
        : null;
      if (request.noticeId && !notice)
        throw new NotFoundError('notice-not-found', { id: request.noticeId });
      if (notice && notice.status !== 'open')
        throw new ConflictError('notice-handled', { reference: notice.reference });
      // On a live listing with a revision under review, approve and reject decide the revision;
      // "approve" answering a notice about a live listing is a decision to take no action.
      const revision =
        product.status === 'published' && product.revisionStatus === 'pending_review';
      const onRevision = revision && request.decision !== 'remove';
      const noAction =
        onRevision ||
        (request.decision === 'approve' && product.status === 'published' && notice !== null);
      const action: ProductAction = request.decision;
      if (!noAction && !canTransitionProduct(product.status, action)) {
        throw new ConflictError('illegal-listing-transition', { action, status: product.status });
      }
      const markets = await this.marketsOf(transaction, productId);
      const decision = await transaction.save(
        transaction.create(ModerationDecision, {
          productId,
          vendorId: product.vendorId,
          decision: request.decision,
          category: request.reason ?? null,
          ground: request.ground ?? null,
          legalGround: request.legalGround ?? null,
          termsGround: request.termsGround ?? null,
          explanation: request.explanation ?? null,
          // The status change takes the listing down everywhere, so the measure covers every market it serves.
          territorialScope: markets,
          source: notice ? 'notice' : 'voluntary',
          noticeId: notice?.id ?? null,
          automatedDetection: false,
          decidedBy: actor.id,
          contentDate: product.createdAt.toISOString().slice(0, 10),
        }),
      );
      if (!noAction) await this.setStatus(transaction, product, action);
      if (onRevision && request.decision === 'approve') {
        await this.products.applyRevision(transaction, product);
      } else if (revision) {
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
    const decision = isUuid(decisionId)
      ? await this.dataSource.getRepository(ModerationDecision).findOneBy({ id: decisionId })
      : null;
    const vendor =
      decision &&
      (await this.dataSource.getRepository(Vendor).findOneBy({ id: decision.vendorId }));
    if (!decision || !vendor || vendor.ownerId !== actor.id)
      throw new NotFoundError('decision-not-found', { id: decisionId });
    if (decision.decision === 'approve') throw new ConflictError('decision-not-contestable');
    if (new Date() > complaintDeadline(decision.createdAt))
      throw new ConflictError('complaint-period-over');
    return this.dataSource.transaction(async (transaction) => {
      const complaint = await transaction.save(
        transaction.create(Complaint, { decisionId, lodgedBy: actor.id, text, status: 'open' }),
      );
      await this.log(transaction, decision.productId, actor.id, 'complaint.lodged', {
        complaintId: complaint.id,
        decisionId,
      });
      return complaint;
    });
  }

  async openComplaints(): Promise<Complaint[]> {
    return this.dataSource
      .getRepository(Complaint)
      .find({ where: { status: 'open' }, order: { createdAt: 'ASC' }, take: 100 });
  }

  /**
   * Another admin reviews the complaint; upholding it reverses the decision at once (the listing
   * is published again), recorded as a new decision taken on complaint.
   */
  async resolveComplaint(
    actor: AuthenticatedUser,
    complaintId: string,
    outcome: 'upheld' | 'dismissed',
    resolution: string,
  ): Promise<Complaint> {
    return this.dataSource.transaction(async (transaction) => {
      const complaint = isUuid(complaintId)
        ? await transaction
            .getRepository(Complaint)
            .findOne({ where: { id: complaintId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!complaint) throw new NotFoundError('complaint-not-found', { id: complaintId });
      if (complaint.status !== 'open') throw new ConflictError('complaint-resolved');
      const decision = await transaction
        .getRepository(ModerationDecision)
        .findOneByOrFail({ id: complaint.decisionId });
      if (decision.decidedBy === actor.id) throw new ForbiddenError('same-reviewer');
      await transaction.update(
        Complaint,
        { id: complaint.id },
        { status: outcome, reviewedBy: actor.id, resolution, resolvedAt: new Date() },
      );
      if (outcome === 'upheld') {
        const product = await transaction.getRepository(Product).findOneOrFail({
          where: { id: decision.productId },
          lock: { mode: 'pessimistic_write' },
        });
        const newer = await transaction
          .getRepository(ModerationDecision)
          .createQueryBuilder('d')
          .where('d.product_id = :productId AND d.created_at > :at', {
            productId: product.id,
            at: decision.createdAt,
          })
          .getCount();
        // Reverse only what this decision did: not a listing edited since, nor one decided again.
        // A decision to take no action (approve) is not reversed automatically: acting needs a new
        // decision with its own statement of reasons.
        const untouched =
          decision.decision !== 'approve' &&
          newer === 0 &&
          product.status === PRODUCT_TRANSITIONS[decision.decision].to &&
          product.updatedAt <= decision.createdAt;
        if (untouched) {
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
        }
      }
      await this.log(transaction, decision.productId, actor.id, `complaint.${outcome}`, {
        complaintId: complaint.id,
      });
      return transaction.getRepository(Complaint).findOneByOrFail({ id: complaint.id });
    });
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
