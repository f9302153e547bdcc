import { complaintDeadline } from './moderation.types';
import {
  APP_CONFIG,
  ConflictError,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  isUniqueViolation,
  OutboxService,
  NotFoundError,
  REDIS_CLIENT,
  toPage,
  TooManyRequestsError,
  ValidationFailedError,
  type AppConfig,
  type Locale,
  type Page,
} from '@app/platform';
import { Vendor } from '@app/vendors';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Product } from '../product.entity';
import type {
  AdminNoticeDetail,
  AdminNoticeQueryDto,
  AdminNoticeSummary,
} from './admin-notices.dto';
import type { NoticeComplaintReceipt, NoticeRequestDto } from './moderation.dto';
import { ModerationAuditEntry, ModerationDecision, Notice } from './moderation.entity';
import { ModerationService } from './moderation.service';
import { newNoticeReference, noticeKeyOf, noticeReferenceOf } from './notice-reference';
import { toAdminNoticeDetail, toAdminNoticeSummary } from './notice-view';
import { rowsById } from './rows-by-id';

const NOTICE_WINDOW_SECONDS = 3600;

export interface NoticeAcknowledgement {
  reference: string;
  receivedAt: string;
  status: string;
}

function acknowledgementOf(notice: Notice): NoticeAcknowledgement {
  return {
    reference: notice.reference,
    receivedAt: notice.createdAt.toISOString(),
    status: notice.status,
  };
}

/**
 * Notices of illegal content (DSA Art. 16): open to anyone, limited per client IP against floods,
 * and read by admins, who answer each with a decision (Art. 16(5), (6)).
 */
@Injectable()
export class NoticesService {
  private readonly perIp: RateLimiterRedis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly moderation: ModerationService,
    @Inject(REDIS_CLIENT) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const options = {
      keyPrefix: `${config.REDIS_PREFIX}:notices:ip`,
      points: config.NOTICES_PER_IP_PER_HOUR,
      duration: NOTICE_WINDOW_SECONDS,
    };
    this.perIp = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /**
   * Records the notice and answers with its reference, which confirms receipt (Art. 16(4)). The
   * same notifier reporting the same listing for the same reason again gets the open notice back.
   */
  async submit(
    input: NoticeRequestDto,
    clientIp: string,
    locale: Locale,
  ): Promise<NoticeAcknowledgement> {
    try {
      await this.perIp.consume(clientIp);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new TooManyRequestsError(
          'too-many-notices',
          Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        );
      }
      throw rejection;
    }
    const product = await this.dataSource.getRepository(Product).findOneBy({ id: input.productId });
    // Only listings the public can see can be reported; drafts are invisible, so they do not exist here.
    if (!product || product.status !== 'published') {
      throw new NotFoundError('product-not-found', { id: input.productId });
    }
    const existing = await this.openDuplicate(product.id, input);
    if (existing) return acknowledgementOf(existing);
    try {
      return acknowledgementOf(await this.record(product, input, locale));
    } catch (error) {
      // The same report sent twice at the same moment: the other request stored it first.
      const stored = isUniqueViolation(error, 'notices_open_duplicate_idx')
        ? await this.openDuplicate(product.id, input)
        : null;
      if (!stored) throw error;
      return acknowledgementOf(stored);
    }
  }

  /** The notifier's open notice on the same listing for the same reason, if any. */
  private async openDuplicate(productId: string, input: NoticeRequestDto): Promise<Notice | null> {
    if (!input.notifierEmail) return null;
    return this.dataSource.getRepository(Notice).findOneBy({
      productId,
      notifierEmail: input.notifierEmail.toLowerCase(),
      category: input.category,
      status: 'open',
    });
  }

  private async record(product: Product, input: NoticeRequestDto, locale: Locale): Promise<Notice> {
    return this.dataSource.transaction(async (transaction) => {
      const saved = await transaction.save(
        transaction.create(Notice, {
          reference: newNoticeReference(),
          productId: product.id,
          category: input.category,
          explanation: input.explanation,
          notifierName: input.notifierName ?? null,
          notifierEmail: input.notifierEmail?.toLowerCase() ?? null,
          notifierLocale: locale,
          goodFaith: input.goodFaith,
          status: 'open',
        }),
      );
      if (saved.notifierEmail)
        await this.outbox.publish(transaction, 'notice.received', { noticeId: saved.id });
      await transaction.save(
        transaction.create(ModerationAuditEntry, {
          productId: product.id,
          actorId: null,
          action: 'notice.received',
          details: { noticeId: saved.id },
        }),
      );
      return saved;
    });
  }

  /**
   * The author of a handled notice contests the decision taken on it (DSA Art. 20(1)), within six
   * months. The notice's reference, given only to its author, identifies the notice; its open
   * complaint, if any, is returned instead of a second one.
   */
  async complain(reference: string, text: string): Promise<NoticeComplaintReceipt> {
    const stored = noticeReferenceOf(reference);
    const notice = stored
      ? await this.dataSource.getRepository(Notice).findOneBy({ reference: stored })
      : null;
    if (!notice) throw new NotFoundError('notice-not-found', { id: reference });
    if (notice.status === 'open' || !notice.decisionId || !notice.handledAt)
      throw new ConflictError('notice-not-decided');
    if (new Date() > complaintDeadline(notice.handledAt))
      throw new ConflictError('complaint-period-over');
    const decision = await this.dataSource
      .getRepository(ModerationDecision)
      .findOneByOrFail({ id: notice.decisionId });
    const complaint = await this.moderation.recordComplaint(
      decision,
      { lodgedBy: null, noticeId: notice.id },
      text,
    );
    return {
      id: complaint.id,
      noticeReference: notice.reference,
      status: complaint.status,
      receivedAt: complaint.createdAt.toISOString(),
    };
  }

  /** Notices for admins to handle, oldest first; the open ones unless `status` says otherwise. */
  async list(query: AdminNoticeQueryDto, locale: Locale): Promise<Page<AdminNoticeSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // Served by notices_open_idx (status, created_at, id) whatever the status asked for.
    const builder = this.dataSource
      .getRepository(Notice)
      .createQueryBuilder('notice')
      .where('notice.status = :status', { status: query.status ?? 'open' })
      .orderBy('notice.created_at', 'ASC')
      .addOrderBy('notice.id', 'ASC')
      .limit(limit + 1);
    if (query.category)
      builder.andWhere('notice.category = :category', { category: query.category });
    if (query.productId)
      builder.andWhere('notice.product_id = :productId', { productId: query.productId });
    if (query.vendorId)
      builder.andWhere(
        'notice.product_id IN (SELECT p.id FROM products p WHERE p.vendor_id = :vendorId)',
        { vendorId: query.vendorId },
      );
    if (query.cursor)
      builder.andWhere(
        '(notice.created_at, notice.id) > (:createdAt, :id)',
        decodeCursor(query.cursor),
      );
    const notices = await builder.getMany();
    const manager = this.dataSource.manager;
    const products = await rowsById(
      manager,
      Product,
      notices.map((notice) => notice.productId),
    );
    const vendors = await rowsById(
      manager,
      Vendor,
      [...products.values()].map((product) => product.vendorId),
    );
    return toPage(notices, limit, (notice) => {
      // A notice's listing is never deleted (foreign key), so it is always there.
      const product = products.get(notice.productId)!;
      return toAdminNoticeSummary(notice, product, vendors.get(product.vendorId), locale);
    });
  }

  /**
   * One notice with its full text and handling, named by its id or by the reference its author
   * was given (in any case), which is what a notifier writing to support quotes.
   */
  async read(idOrReference: string, locale: Locale): Promise<AdminNoticeDetail> {
    const key = noticeKeyOf(idOrReference);
    if (!key) throw ValidationFailedError.of('idOrReference', 'noticeIdOrReference');
    const notice = await this.dataSource.getRepository(Notice).findOneBy(key);
    if (!notice) throw new NotFoundError('notice-unknown', { id: idOrReference });
    const manager = this.dataSource.manager;
    const product = await manager.getRepository(Product).findOneByOrFail({ id: notice.productId });
    const vendor = await manager.getRepository(Vendor).findOneBy({ id: product.vendorId });
    const decision = notice.decisionId
      ? await manager.getRepository(ModerationDecision).findOneBy({ id: notice.decisionId })
      : null;
    return toAdminNoticeDetail(notice, product, vendor ?? undefined, decision, locale);
  }
}
