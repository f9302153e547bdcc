import { I18nService, type Locale } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PendingChangeResponse } from './pending-change.dto';
import { isDecisionReason } from './vendor-lifecycle';
import { VendorPendingChange } from './vendor-pending-change.entity';

/**
 * Reads a vendor's corrections for its responses. Kept apart from the corrections service, which
 * needs VendorsService, so that VendorsService can show the pending change without a cycle.
 * Authorization is the caller's: it passes a vendor it has already checked.
 */
@Injectable()
export class PendingChangesReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly i18n: I18nService,
  ) {}

  /** The latest correction, whatever its outcome, so the seller also learns of a rejection. */
  async latest(
    vendorId: string,
    locale: Locale,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PendingChangeResponse | null> {
    const change = await manager.getRepository(VendorPendingChange).findOne({
      where: { vendorId },
      order: { submittedAt: 'DESC', id: 'DESC' },
    });
    return change && this.toResponse(change, locale);
  }

  private toResponse(change: VendorPendingChange, locale: Locale): PendingChangeResponse {
    const reason = isDecisionReason(change.reason) ? change.reason : null;
    return {
      id: change.id,
      status: change.status,
      changes: { ...change.changes },
      submittedAt: change.submittedAt.toISOString(),
      decidedAt: change.decidedAt?.toISOString() ?? null,
      reason,
      // The labels of the vendor decisions, so the seller reads the same words for both.
      reasonLabel: reason && this.i18n.translate(locale, `notifications:vendor.reasons.${reason}`),
      note: change.note,
    };
  }
}
