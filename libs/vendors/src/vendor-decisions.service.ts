import {
  complaintDeadline,
  DEFAULT_PAGE_SIZE,
  I18nService,
  ValidationFailedError,
  type Locale,
  type Page,
  type PageQueryDto,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, type DataSource, type EntityManager } from 'typeorm';
import type { VendorDecisionResponse } from './vendor-audit-entry.dto';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import {
  CONTESTABLE_ACTIONS,
  DECISION_ACTIONS,
  isDecisionReason,
  type DecisionAction,
} from './vendor-lifecycle';

/** An audit-log id (bigint identity): digits only, short enough to stay below 2^63. */
const AUDIT_ENTRY_ID = /^[1-9]\d{0,17}$/;

function encodeDecisionCursor(entryId: string): string {
  return Buffer.from(entryId).toString('base64url');
}

/** A cursor that is not one we handed out is a 400, never a failed cast (500). */
function decodeDecisionCursor(cursor: string): string {
  const entryId = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!AUDIT_ENTRY_ID.test(entryId)) throw ValidationFailedError.of('cursor', 'invalidCursor');
  return entryId;
}

export const isContestable = (action: string): boolean =>
  (CONTESTABLE_ACTIONS as readonly string[]).includes(action);

/**
 * The admins' decisions on a vendor as its seller reads them: the statement of reasons the seller
 * is owed (DSA Art. 17(1) and (3)), from the append-only audit log, without the admins' internal
 * notes. Authorization is the caller's: it passes a vendor it has already checked.
 */
@Injectable()
export class VendorDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly i18n: I18nService,
  ) {}

  /** The decisions on one vendor, newest first, paged by audit-log id. */
  async history(
    vendorId: string,
    query: PageQueryDto,
    locale: Locale,
  ): Promise<Page<VendorDecisionResponse>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const before = query.cursor === undefined ? undefined : decodeDecisionCursor(query.cursor);
    const entries = await this.dataSource.getRepository(VendorAuditEntry).find({
      where: {
        vendorId,
        action: In([...DECISION_ACTIONS]),
        ...(before === undefined ? {} : { id: LessThan(before) }),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const items = entries.slice(0, limit).map((entry) => this.toResponse(entry, locale));
    return {
      items,
      nextCursor: entries.length > limit ? encodeDecisionCursor(items[items.length - 1].id) : null,
    };
  }

  async latest(
    vendorId: string,
    locale: Locale,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VendorDecisionResponse | null> {
    const entry = await manager.getRepository(VendorAuditEntry).findOne({
      where: { vendorId, action: In([...DECISION_ACTIONS]) },
      order: { id: 'DESC' },
    });
    return entry && this.toResponse(entry, locale);
  }

  private toResponse(entry: VendorAuditEntry, locale: Locale): VendorDecisionResponse {
    const reason = isDecisionReason(entry.reason) ? entry.reason : null;
    return {
      id: entry.id,
      action: entry.action as DecisionAction,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      reason,
      // The labels the decision email uses, so the seller reads the same words in both.
      reasonLabel: reason && this.i18n.translate(locale, `notifications:vendor.reasons.${reason}`),
      note: entry.note,
      decidedAt: entry.createdAt.toISOString(),
      contestableUntil: isContestable(entry.action)
        ? complaintDeadline(entry.createdAt).toISOString().slice(0, 10)
        : null,
    };
  }
}
