import { EmailNotificationHandler, User, type DomainEventPayloads } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import { VendorComplaint } from './vendor-complaint.entity';
import { sellerLocale } from './vendor-view';
import { Vendor } from './vendor.entity';

/**
 * Tells the seller the reasoned outcome of its complaint against a decision on its vendor, in its
 * language, with what was reversed and its further redress (DSA Art. 20(5)).
 */
@Injectable()
export class VendorComplaintOutcomeNotificationHandler extends EmailNotificationHandler<'vendor-complaint.resolved'> {
  readonly eventType = 'vendor-complaint.resolved';

  async handle({ complaintId }: DomainEventPayloads['vendor-complaint.resolved']): Promise<void> {
    const complaint = await this.dataSource
      .getRepository(VendorComplaint)
      .findOneBy({ id: complaintId });
    if (!complaint || complaint.status === 'open' || !complaint.resolution) return;
    const vendor = await this.dataSource
      .getRepository(Vendor)
      .findOneBy({ id: complaint.vendorId });
    const owner =
      vendor && (await this.dataSource.getRepository(User).findOneBy({ id: complaint.lodgedBy }));
    const decision = await this.dataSource
      .getRepository(VendorAuditEntry)
      .findOneBy({ id: complaint.decisionEntryId });
    if (!vendor || !owner || !decision) return;
    const locale = sellerLocale(vendor, owner);
    const t = this.messages(locale, 'vendorComplaint', {
      legalName: vendor.legalName ?? vendor.id,
      lodgedOn: complaint.createdAt.toISOString().slice(0, 10),
    });
    const consequence =
      complaint.status === 'dismissed'
        ? null
        : complaint.reversalEntryId
          ? t(`reversed.${decision.action}`)
          : t('notReversed');
    // The same wording as the outcome of a listing complaint, including the Art. 21 redress.
    const reasons = this.i18n.translate(locale, 'notifications:complaint.reasons', {
      resolution: complaint.resolution,
    });
    const redress = this.i18n.translate(locale, 'notifications:complaint.redress');
    await this.notifications.deliver({
      userId: owner.id,
      kind: `vendorComplaint.${complaint.status}`,
      channel: 'email',
      recipient: vendor.contactEmail ?? owner.email,
      locale,
      subject: t('subject'),
      body: [t(complaint.status), reasons, consequence, redress].filter(Boolean).join('\n\n'),
      dedupeKey: `vendor-complaint-outcome:${complaint.id}`,
    });
  }
}
