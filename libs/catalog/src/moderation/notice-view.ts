import type { Locale } from '@app/platform';
import type { Vendor } from '@app/vendors';
import type { Product } from '../product.entity';
import { listingTitle } from '../product-view';
import type { AdminNoticeDetail, AdminNoticeSummary } from './admin-notices.dto';
import type { ModerationDecision, Notice } from './moderation.entity';

/** Enough of the explanation to triage a notice from the list; the full text is on the notice. */
export const NOTICE_EXCERPT_LENGTH = 200;

/**
 * The start of `text`, at most `length` characters, cut after a whole word where one ends in its
 * last quarter and marked with an ellipsis. Counts code points, so no emoji is cut in half.
 */
export function excerptOf(text: string, length = NOTICE_EXCERPT_LENGTH): string {
  const characters = Array.from(text);
  if (characters.length <= length) return text;
  const head = characters.slice(0, length).join('');
  const wordEnd = head.search(/\s\S*$/);
  const cut = wordEnd >= (head.length * 3) / 4 ? head.slice(0, wordEnd) : head;
  return `${cut.trimEnd()}…`;
}

/** The notice as the list shows it to an admin, with its listing and the listing's vendor. */
export function toAdminNoticeSummary(
  notice: Notice,
  product: Product,
  vendor: Vendor | undefined,
  locale: Locale,
): AdminNoticeSummary {
  return {
    id: notice.id,
    reference: notice.reference,
    status: notice.status,
    category: notice.category,
    notifier: {
      name: notice.notifierName,
      email: notice.notifierEmail,
      locale: notice.notifierLocale,
    },
    excerpt: excerptOf(notice.explanation),
    receivedAt: notice.createdAt.toISOString(),
    listing: { id: product.id, title: listingTitle(product, locale), status: product.status },
    vendor: { id: product.vendorId, name: vendor?.legalName ?? null },
  };
}

/** The notice with its full text and the decision that answered it, if any. */
export function toAdminNoticeDetail(
  notice: Notice,
  product: Product,
  vendor: Vendor | undefined,
  decision: ModerationDecision | null,
  locale: Locale,
): AdminNoticeDetail {
  return {
    ...toAdminNoticeSummary(notice, product, vendor, locale),
    text: notice.explanation,
    goodFaith: notice.goodFaith,
    handling:
      decision && notice.handledAt
        ? {
            decisionId: decision.id,
            decision: decision.decision,
            handledAt: notice.handledAt.toISOString(),
          }
        : null,
  };
}
