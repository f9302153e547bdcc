import {
  EmailNotificationHandler,
  isSupportedLocale,
  User,
  type DomainEventPayloads,
  type Locale,
} from '@app/platform';
import { sellerLocale, Vendor } from '@app/vendors';
import { Injectable } from '@nestjs/common';
import { listingTitle } from '../product-view';
import { Product } from '../product.entity';
import { Complaint, ModerationDecision, Notice } from './moderation.entity';
import { toStatementView } from './statement-view';

/** The language the author of a notice wrote in, which its messages use. */
function notifierLocale(notice: Notice): Locale {
  return isSupportedLocale(notice.notifierLocale) ? notice.notifierLocale : 'en';
}

/** Sends the seller each decision on its listing; restrictive ones with the statement of reasons. */
@Injectable()
export class ProductDecisionNotificationHandler extends EmailNotificationHandler<'product.decided'> {
  readonly eventType = 'product.decided';

  async handle({ decisionId }: DomainEventPayloads['product.decided']): Promise<void> {
    const decision = await this.dataSource
      .getRepository(ModerationDecision)
      .findOneBy({ id: decisionId });
    const product =
      decision &&
      (await this.dataSource.getRepository(Product).findOneBy({ id: decision.productId }));
    const vendor =
      product && (await this.dataSource.getRepository(Vendor).findOneBy({ id: product.vendorId }));
    const owner =
      vendor && (await this.dataSource.getRepository(User).findOneBy({ id: vendor.ownerId }));
    if (!decision || !product || !vendor || !owner) return;
    const locale = sellerLocale(vendor, owner);
    const title = listingTitle(product, locale);
    const statement = toStatementView(decision, this.i18n, locale);
    const t = this.messages(locale, 'product', { title });
    const lines =
      decision.decision === 'approve'
        ? [t('approve.body')]
        : [
            t(`${decision.decision}.body`),
            statement.measure,
            statement.category ?? '',
            statement.facts ?? '',
            [statement.ground, statement.legalGround ?? statement.termsGround]
              .filter(Boolean)
              .join(': '),
            statement.source,
            statement.automatedMeans,
            statement.redress,
          ];
    await this.notifications.deliver({
      userId: owner.id,
      kind: `product.${decision.decision}`,
      channel: 'email',
      recipient: vendor.contactEmail ?? owner.email,
      locale,
      subject: t(`${decision.decision}.subject`),
      body: lines.filter(Boolean).join('\n\n'),
      dedupeKey: `product-decision:${decision.id}`,
    });
  }
}

/** Tells the author of a notice what was decided (DSA Art. 16(5)), when it left an email. */
@Injectable()
export class NoticeOutcomeNotificationHandler extends EmailNotificationHandler<'notice.handled'> {
  readonly eventType = 'notice.handled';

  async handle({ noticeId }: DomainEventPayloads['notice.handled']): Promise<void> {
    const notice = await this.dataSource.getRepository(Notice).findOneBy({ id: noticeId });
    if (!notice?.notifierEmail || notice.status === 'open') return;
    const locale = notifierLocale(notice);
    const t = this.messages(locale, 'notice', { reference: notice.reference });
    await this.notifications.deliver({
      userId: null,
      kind: 'notice.outcome',
      channel: 'email',
      recipient: notice.notifierEmail,
      locale,
      subject: t('subject'),
      body: [t(notice.status), t('redress')].join('\n\n'),
      dedupeKey: `notice-outcome:${notice.id}`,
    });
  }
}

/** Confirms receipt of a notice to its author, when it left an email (DSA Art. 16(4)). */
@Injectable()
export class NoticeReceiptNotificationHandler extends EmailNotificationHandler<'notice.received'> {
  readonly eventType = 'notice.received';

  async handle({ noticeId }: DomainEventPayloads['notice.received']): Promise<void> {
    const notice = await this.dataSource.getRepository(Notice).findOneBy({ id: noticeId });
    if (!notice?.notifierEmail) return;
    const locale = notifierLocale(notice);
    const t = this.messages(locale, 'notice.received', { reference: notice.reference });
    await this.notifications.deliver({
      userId: null,
      kind: 'notice.received',
      channel: 'email',
      recipient: notice.notifierEmail,
      locale,
      subject: t('subject'),
      body: t('body'),
      dedupeKey: `notice-received:${notice.id}`,
    });
  }
}

/**
 * Sends the author of a complaint, seller or notifier, the reasoned decision on it without undue
 * delay, with what was reversed and the redress still open: out-of-court dispute settlement
 * (DSA Art. 21) and the courts (Art. 20(5)). A notifier who left no email cannot be told.
 */
@Injectable()
export class ComplaintOutcomeNotificationHandler extends EmailNotificationHandler<'complaint.resolved'> {
  readonly eventType = 'complaint.resolved';

  async handle({ complaintId }: DomainEventPayloads['complaint.resolved']): Promise<void> {
    const complaint = await this.dataSource.getRepository(Complaint).findOneBy({ id: complaintId });
    if (!complaint || complaint.status === 'open' || !complaint.resolution) return;
    const decision = await this.dataSource
      .getRepository(ModerationDecision)
      .findOneBy({ id: complaint.decisionId });
    const product =
      decision &&
      (await this.dataSource.getRepository(Product).findOneBy({ id: decision.productId }));
    const author = product && (await this.authorOf(complaint, product.vendorId));
    if (!decision || !product || !author) return;
    const reversal = complaint.reversalDecisionId
      ? await this.dataSource
          .getRepository(ModerationDecision)
          .findOneBy({ id: complaint.reversalDecisionId })
      : null;
    const variables = {
      title: listingTitle(product, author.locale),
      lodgedOn: complaint.createdAt.toISOString().slice(0, 10),
      resolution: complaint.resolution,
    };
    const t = this.messages(author.locale, 'complaint', variables);
    const consequence =
      complaint.status === 'dismissed'
        ? null
        : reversal
          ? t(`reversed.${reversal.decision}`)
          : t(`notReversed.${author.role}`);
    await this.notifications.deliver({
      userId: author.userId,
      kind: `complaint.${complaint.status}`,
      channel: 'email',
      recipient: author.email,
      locale: author.locale,
      subject: t('subject'),
      body: [t(complaint.status), t('reasons'), consequence, t('redress')]
        .filter(Boolean)
        .join('\n\n'),
      dedupeKey: `complaint-outcome:${complaint.id}`,
    });
  }

  /** Who lodged the complaint, where to write and in which language. */
  private async authorOf(
    complaint: Complaint,
    vendorId: string,
  ): Promise<{
    role: 'seller' | 'notifier';
    userId: string | null;
    email: string;
    locale: Locale;
  } | null> {
    if (complaint.lodgedBy) {
      const vendor = await this.dataSource.getRepository(Vendor).findOneBy({ id: vendorId });
      const owner = await this.dataSource.getRepository(User).findOneBy({ id: complaint.lodgedBy });
      if (!vendor || !owner) return null;
      return {
        role: 'seller',
        userId: owner.id,
        email: vendor.contactEmail ?? owner.email,
        locale: sellerLocale(vendor, owner),
      };
    }
    const notice =
      complaint.noticeId &&
      (await this.dataSource.getRepository(Notice).findOneBy({ id: complaint.noticeId }));
    if (!notice || !notice.notifierEmail) return null;
    return {
      role: 'notifier',
      userId: null,
      email: notice.notifierEmail,
      locale: notifierLocale(notice),
    };
  }
}
