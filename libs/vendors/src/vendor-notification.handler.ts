import { sellerLocale } from './vendor-view';
import {
  I18nService,
  NotificationsService,
  User,
  type DomainEventPayloads,
  type EventHandler,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import { Vendor } from './vendor.entity';

/** Tells the seller, in its preferred language, about each step of its onboarding. */
@Injectable()
export class VendorStatusNotificationHandler implements EventHandler<'vendor.status-changed'> {
  readonly eventType = 'vendor.status-changed';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly i18n: I18nService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({
    vendorId,
    action,
    auditEntryId,
  }: DomainEventPayloads['vendor.status-changed']): Promise<void> {
    const vendor = await this.dataSource.getRepository(Vendor).findOneBy({ id: vendorId });
    const owner =
      vendor && (await this.dataSource.getRepository(User).findOneBy({ id: vendor.ownerId }));
    const entry = await this.dataSource
      .getRepository(VendorAuditEntry)
      .findOneBy({ id: auditEntryId });
    if (!vendor || !owner || !entry) return;
    const locale = sellerLocale(vendor, owner);
    const variables = {
      legalName: vendor.legalName ?? vendor.id,
      reason: entry.reason
        ? this.i18n.translate(locale, `notifications:vendor.reasons.${entry.reason}`)
        : '',
    };
    const t = (key: string) =>
      this.i18n.translate(locale, `notifications:vendor.${action}.${key}`, variables);
    const body = [t('body'), entry.reason ? t('reasonLine') : '', entry.note ?? '']
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
