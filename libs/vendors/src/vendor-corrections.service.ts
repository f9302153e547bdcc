import { findMarket, onboardingProblems, todayIn } from '@app/compliance';
import {
  NotFoundError,
  ValidationFailedError,
  type AuthenticatedUser,
  type FieldError,
  type Locale,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertEditable, type VendorStatus } from './vendor-lifecycle';
import { readInput, wellShaped } from './vendor-input';
import {
  REVIEWED_FIELDS,
  VendorPendingChange,
  type IdentityValues,
  type PendingChangeStatus,
  type ReviewedField,
} from './vendor-pending-change.entity';
import { toProfileSnapshot } from './vendor-view';
import { UpdateVendorDto, type DecisionDto, type VendorResponse } from './vendor.dto';
import { Vendor } from './vendor.entity';
import { VendorsService, type VendorChanges } from './vendors.service';

/**
 * Statuses in which the seller corrects data that review already verified. A suspended seller
 * may need to correct its data to remedy the suspension (e.g. a data mismatch).
 */
export const CORRECTABLE_STATUSES: readonly VendorStatus[] = ['approved', 'suspended'];

/** Completeness codes of onboardingProblems that a correction must not break. */
const COMPLETENESS_CODES: ReadonlySet<string> = new Set(['required', 'mustBeTrue']);

const isReviewed = (field: string): field is ReviewedField =>
  (REVIEWED_FIELDS as readonly string[]).includes(field);

/** JSON equality of stored values: addresses and representatives are plain jsonb objects. */
const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Corrections of an approved (or suspended) vendor, DSA Art. 30(3): the trader keeps its data up
 * to date, and the marketplace verifies it again. Identity data (REVIEWED_FIELDS) becomes one
 * pending change that an admin approves or rejects while the approved data stays in force and is
 * what everyone is served; contact data and preferences change at once. Both are checked by the
 * country's onboarding rules for the vendor's (or the new) legal form, answered in one 400, and
 * every step is written to the audit log in the transaction that makes it.
 */
@Injectable()
export class VendorCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
  ) {}

  /**
   * PATCH /v1/vendors/{id}: a draft is edited in place (VendorsService.update); an approved or
   * suspended vendor is corrected. A PATCH with identity fields replaces the open change.
   */
  async update(
    actor: AuthenticatedUser,
    vendorId: string,
    body: unknown,
    locale: Locale,
  ): Promise<VendorResponse> {
    const current = await this.vendors.owned(actor, vendorId);
    if (!CORRECTABLE_STATUSES.includes(current.status))
      return this.vendors.update(actor, vendorId, body, locale);
    await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.vendors.owned(actor, vendorId, transaction);
      // Decided otherwise since the first read: the row is locked now, so this holds.
      if (!CORRECTABLE_STATUSES.includes(vendor.status)) assertEditable(vendor);
      await this.correct(transaction, actor, vendor, body);
    });
    return this.vendors.get(actor, vendorId, locale);
  }

  /** The seller withdraws its open change; the approved data stays as it is. */
  async withdraw(
    actor: AuthenticatedUser,
    vendorId: string,
    locale: Locale,
  ): Promise<VendorResponse> {
    await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.vendors.owned(actor, vendorId, transaction);
      const change = await this.openChange(transaction, vendor.id);
      await this.close(transaction, change, 'withdrawn', actor, {});
      await this.vendors.audit(transaction, actor, vendor, 'changeWithdrawn', {
        details: { changeId: change.id },
      });
    });
    return this.vendors.get(actor, vendorId, locale);
  }

  /**
   * The admin accepts the open change: its values replace the approved ones, which the change
   * keeps as `previous`. A new VAT ID is checked in VIES, as on creation.
   */
  async approve(
    actor: AuthenticatedUser,
    vendorId: string,
    decision: DecisionDto,
    locale: Locale,
  ): Promise<VendorResponse> {
    await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.vendors.readable(actor, vendorId, transaction);
      const change = await this.openChange(transaction, vendor.id);
      const fields = Object.keys(change.changes).filter(isReviewed).sort();
      const previous = Object.fromEntries(fields.map((field) => [field, vendor[field]]));
      const previousVatId = vendor.vatId;
      Object.assign(vendor, change.changes);
      await this.vendors.vatIdChanged(transaction, vendor, previousVatId);
      await transaction.save(vendor);
      await this.close(transaction, change, 'approved', actor, { note: decision.note, previous });
      await this.vendors.audit(transaction, actor, vendor, 'changeApproved', {
        note: decision.note,
        internalNote: decision.internalNote,
        details: { changeId: change.id, fields: fields.join(', ') },
      });
    });
    return this.vendors.get(actor, vendorId, locale);
  }

  /** The admin refuses the open change, saying why; the approved data stays in force. */
  async reject(
    actor: AuthenticatedUser,
    vendorId: string,
    decision: DecisionDto,
    locale: Locale,
  ): Promise<VendorResponse> {
    // As for a rejected vendor, the seller is owed the reason (DSA Art. 17(3)(d) spirit).
    if (!decision.reason) throw ValidationFailedError.of('reason', 'isDefined');
    await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.vendors.readable(actor, vendorId, transaction);
      const change = await this.openChange(transaction, vendor.id);
      await this.close(transaction, change, 'rejected', actor, {
        reason: decision.reason,
        note: decision.note,
      });
      await this.vendors.audit(transaction, actor, vendor, 'changeRejected', {
        reason: decision.reason,
        note: decision.note,
        internalNote: decision.internalNote,
        details: { changeId: change.id },
      });
    });
    return this.vendors.get(actor, vendorId, locale);
  }

  /** Checks the whole PATCH, then writes the at-once fields and the pending change together. */
  private async correct(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    vendor: Vendor,
    body: unknown,
  ): Promise<void> {
    const { input, problems, malformed } = readInput(UpdateVendorDto, body);
    const changes = wellShaped(input, malformed);
    if (changes.registrations !== undefined) {
      // Registrations are added per market, keeping the ones listings rely on.
      problems.push({
        field: 'registrations',
        code: 'useRegistrationsEndpoint',
        variables: { id: vendor.id },
      });
      delete changes.registrations;
    }
    if (changes.legalForm !== undefined) {
      const formProblems = this.vendors.legalFormProblems(vendor.country, changes.legalForm);
      problems.unshift(...formProblems);
      // An unknown form has no rules: the others are checked under the approved one.
      if (formProblems.length > 0) delete changes.legalForm;
    }
    const legalForm = changes.legalForm ?? vendor.legalForm;
    const effective = this.vendors.withStoredRegisterNumber(vendor, changes);
    problems.push(...this.vendors.check(vendor.country, effective, legalForm).problems);
    // The vendor as it would stand once the change is approved, identifiers normalized.
    const proposed = Object.assign(new Vendor(), vendor);
    this.vendors.apply(proposed, effective);
    problems.push(...this.completenessProblems(proposed, Object.keys(effective)));
    if (problems.length > 0) throw new ValidationFailedError(problems);

    const atOnce = Object.fromEntries(
      Object.entries(effective).filter(([field]) => !isReviewed(field)),
    ) as VendorChanges;
    if (Object.keys(atOnce).length > 0) {
      this.vendors.apply(vendor, atOnce);
      await transaction.save(vendor);
      await this.vendors.audit(transaction, actor, vendor, 'update', {
        note: Object.keys(atOnce).sort().join(', '),
      });
    }
    const reviewed = Object.keys(effective).filter(isReviewed);
    if (reviewed.length > 0)
      await this.submitChange(transaction, actor, vendor, proposed, reviewed);
  }

  /**
   * Replaces the open change with the reviewed fields that differ from the approved data; if
   * none differ, the seller has gone back to the approved data and the open change is withdrawn.
   */
  private async submitChange(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    vendor: Vendor,
    proposed: Vendor,
    fields: readonly ReviewedField[],
  ): Promise<void> {
    const changed = fields.filter((field) => !sameValue(proposed[field], vendor[field])).sort();
    const replaced = await transaction.getRepository(VendorPendingChange).findOne({
      where: { vendorId: vendor.id, status: 'pending' },
      lock: { mode: 'pessimistic_write' },
    });
    if (replaced)
      await this.close(
        transaction,
        replaced,
        changed.length > 0 ? 'superseded' : 'withdrawn',
        actor,
        {},
      );
    if (changed.length === 0) {
      if (replaced)
        await this.vendors.audit(transaction, actor, vendor, 'changeWithdrawn', {
          details: { changeId: replaced.id },
        });
      return;
    }
    // JSON round trip: nested DTO instances become the plain objects jsonb stores.
    const values = JSON.parse(
      JSON.stringify(Object.fromEntries(changed.map((field) => [field, proposed[field]]))),
    ) as IdentityValues;
    const change = await transaction.save(
      transaction.create(VendorPendingChange, {
        vendorId: vendor.id,
        status: 'pending',
        changes: values,
        previous: null,
        submittedBy: actor.id,
        submittedAt: new Date(),
        decidedBy: null,
        decidedAt: null,
        reason: null,
        note: null,
      }),
    );
    await this.vendors.audit(transaction, actor, vendor, 'changeSubmitted', {
      note: changed.join(', '),
      details: { changeId: change.id, replacedChangeId: replaced?.id ?? null },
    });
  }

  /**
   * Required fields the correction would clear, and a self-certification it would withdraw. A
   * new legal form may require other fields, so with it every identity field is looked at.
   */
  private completenessProblems(proposed: Vendor, touched: readonly string[]): FieldError[] {
    const looked = new Set(
      touched.includes('legalForm') ? [...touched, ...REVIEWED_FIELDS] : touched,
    );
    const market = findMarket(proposed.country);
    const today = market ? todayIn(market) : new Date().toISOString().slice(0, 10);
    return onboardingProblems(toProfileSnapshot(proposed), [], today).filter(
      (problem) => COMPLETENESS_CODES.has(problem.code) && looked.has(problem.field.split('.')[0]),
    );
  }

  private async openChange(
    transaction: EntityManager,
    vendorId: string,
  ): Promise<VendorPendingChange> {
    const change = await transaction
      .getRepository(VendorPendingChange)
      .findOne({ where: { vendorId, status: 'pending' }, lock: { mode: 'pessimistic_write' } });
    if (!change) throw new NotFoundError('pending-change-not-found', { id: vendorId });
    return change;
  }

  private async close(
    transaction: EntityManager,
    change: VendorPendingChange,
    status: Exclude<PendingChangeStatus, 'pending'>,
    actor: AuthenticatedUser,
    outcome: { reason?: string; note?: string; previous?: IdentityValues },
  ): Promise<void> {
    await transaction.update(
      VendorPendingChange,
      { id: change.id, status: 'pending' },
      {
        status,
        decidedBy: actor.id,
        decidedAt: () => 'now()',
        reason: outcome.reason ?? null,
        note: outcome.note ?? null,
        previous: outcome.previous ?? null,
      },
    );
  }
}
