import {
  complaintDeadline,
  EmailNotificationHandler,
  User,
  type DomainEventPayloads,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import { isContestable } from './vendor-decisions.service';
import { sellerLocale } from './vendor-view';
import { Vendor } from './vendor.entity';

/** Tells the seller, in its preferred language, about each step of its onboarding. */
@Injectable()
export class VendorStatusNotificationHandler extends EmailNotificationHandler<'vendor.status-changed'> {
  readonly eventType = 'vendor.status-changed';

  async handle({
    vendorId,
    action,
    auditEntryId,
  }: DomainEventPayloads['vendor.status-changed']): Promise<void> {
    // The seller reopened its application itself and saw the answer at once: nothing to tell.
    if (action === 'reapply') return;
    const vendor = await this.dataSource.getRepository(Vendor).findOneBy({ id: vendorId });
    const owner =
      vendor && (await this.dataSource.getRepository(User).findOneBy({ id: vendor.ownerId }));
    const entry = await this.dataSource
      .getRepository(VendorAuditEntry)
      .findOneBy({ id: auditEntryId });
    // A reversal on an upheld complaint: the complaint's outcome tells the seller (Art. 20(5)).
    if (!vendor || !owner || !entry || entry.details?.complaintId) return;
    const locale = sellerLocale(vendor, owner);
    const t = this.messages(locale, `vendor.${action}`, {
      legalName: vendor.legalName ?? vendor.id,
      reason: entry.reason
        ? this.i18n.translate(locale, `notifications:vendor.reasons.${entry.reason}`)
        : '',
    });
    // A rejection or suspension tells how to contest it (DSA Art. 17(3)(f), Art. 20).
    const redress = isContestable(action)
      ? this.i18n.translate(locale, 'notifications:vendor.redress', {
          vendorId: vendor.id,
          deadline: complaintDeadline(entry.createdAt).toISOString().slice(0, 10),
        })
      : '';
    const body = [t('body'), entry.reason ? t('reasonLine') : '', entry.note ?? '', redress]
      .filter(Boolean)
      .join('\n\n');
    await this.notifications.deliver({
      userId: owner.id,
      kind: `vendor.${action}`,
      channel: 'email',
      recipient: vendor.contactEmail ?? owner.email,
      locale,
      subject: t('subject'),
      body,
      dedupeKey: `vendor-status:${auditEntryId}`,
    });
  }
}
