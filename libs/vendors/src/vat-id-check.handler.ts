import { findMarket } from '@app/compliance';
import type { DomainEventPayloads, EventHandler } from '@app/platform';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { VAT_REGISTRY, type VatRegistry } from './vat-registry';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import type { VendorStatus } from './vendor-lifecycle';
import { Vendor } from './vendor.entity';

/**
 * Checks a vendor's VAT ID in VIES. The vendor is never blocked by VIES: while VIES is
 * unavailable the VAT ID stays unverified and the job is retried with growing delays. Where no
 * VIES is configured (development, tests) nothing is sent and the VAT ID is marked `not_checked`.
 */
@Injectable()
export class VatIdCheckHandler implements EventHandler<'vendor.vat-id-changed'> {
  readonly eventType = 'vendor.vat-id-changed';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(VAT_REGISTRY) private readonly registry: VatRegistry,
  ) {}

  async handle({ vendorId, vatId }: DomainEventPayloads['vendor.vat-id-changed']): Promise<void> {
    const vendor = await this.dataSource.getRepository(Vendor).findOneBy({ id: vendorId });
    // Gone, or the VAT ID changed again: a newer event checks the new one. Already answered: this
    // is a redelivery (at-least-once), and asking VIES again would only add a second audit entry.
    if (!vendor || vendor.vatId !== vatId || vendor.vatIdStatus !== 'unverified') return;
    const prefix = findMarket(vendor.country)?.vatIdPrefix ?? vendor.country;
    // Throws while VIES is unavailable, so the queue retries with backoff.
    const answer = await this.registry.check(prefix, vatId.slice(prefix.length));
    const checked = answer !== 'not_checked';
    await this.dataSource.transaction(async (transaction) => {
      const result = await transaction
        .createQueryBuilder()
        .update(Vendor)
        .set({ vatIdStatus: answer, vatIdCheckedAt: checked ? () => 'now()' : null })
        .where("id = :id AND vat_id = :vatId AND vat_id_status = 'unverified'", {
          id: vendorId,
          vatId,
        })
        .returning(['status'])
        .execute();
      const [updated] = result.raw as Array<{ status: VendorStatus }>;
      if (!updated) return;
      await transaction.insert(VendorAuditEntry, {
        vendorId,
        actorId: null,
        actorRole: 'system',
        action: checked ? 'vatIdChecked' : 'vatIdCheckSkipped',
        fromStatus: updated.status,
        toStatus: updated.status,
        reason: checked ? answer : 'vies-not-configured',
        note: `VIES: ${vatId}`,
      });
    });
  }
}
