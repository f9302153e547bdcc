import {
  findMarket,
  registrationInput,
  todayIn,
  type CountryCode,
  type RegistrationDuty,
} from '@app/compliance';
import {
  ConflictError,
  ValidationFailedError,
  type AuthenticatedUser,
  type Locale,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { VendorStatus } from './vendor-lifecycle';
import type { VendorResponse } from './vendor.dto';
import { Vendor } from './vendor.entity';
import { VendorsService } from './vendors.service';

/**
 * Statuses in which a seller adds or changes the registrations a market demands. Registrations
 * are operational data, not the identity that review verified (DSA Art. 30(1) asks for none of
 * them), so an approved seller adds those of a new market at once; listings are checked against
 * them on every submission (marketProblems). Under review the data is frozen for the reviewer,
 * and a rejected or suspended vendor has no listings to serve a new market with.
 */
export const REGISTRATION_EDITABLE_STATUSES: readonly VendorStatus[] = [
  'draft',
  'changes_requested',
  'approved',
];

/** The seller's registrations for one market at a time: `PUT /v1/vendors/{id}/registrations/{market}`. */
@Injectable()
export class VendorRegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
  ) {}

  /**
   * Sets the given duties of `market`, keeping the others already on record: a listing that
   * serves the market relies on them, so a number is corrected by sending a new one, never
   * dropped here. Every problem is answered at once (400) and nothing is written; a change is
   * audit-logged in the transaction that writes it, under the vendor row's lock.
   */
  async put(
    actor: AuthenticatedUser,
    vendorId: string,
    market: string,
    body: unknown,
    locale: Locale,
  ): Promise<VendorResponse> {
    await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.vendors.owned(actor, vendorId, transaction);
      if (!REGISTRATION_EDITABLE_STATUSES.includes(vendor.status))
        throw new ConflictError('vendor-not-editable', { id: vendor.id, status: vendor.status });
      const today = todayIn(findMarket(vendor.country)!);
      const { problems, registrations } = registrationInput(vendor.country, market, body, today);
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const code = market.toUpperCase() as CountryCode;
      const current = vendor.registrations[code] ?? {};
      const changes = Object.entries(registrations).filter(
        ([duty, value]) => current[duty as RegistrationDuty] !== value,
      );
      const changed = changes.map(([duty]) => duty).sort();
      // The same numbers again change nothing, and leave no entry that claims a change.
      if (changed.length === 0) return;
      await transaction.update(
        Vendor,
        { id: vendor.id },
        { registrations: { ...vendor.registrations, [code]: { ...current, ...registrations } } },
      );
      await this.vendors.audit(transaction, actor, vendor, 'registrations', {
        note: changed.map((duty) => `registrations.${code}.${duty}`).join(', '),
        // The numbers themselves are public register entries, kept as evidence of what was given.
        details: { market: code, ...Object.fromEntries(changes) },
      });
    });
    return this.vendors.get(actor, vendorId, locale);
  }
}
