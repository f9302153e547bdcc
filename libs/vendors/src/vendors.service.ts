import {
  valueProblems,
  findLegalForm,
  legalFormsOf,
  normalizeField,
  onboardingProblems,
  REGISTRATION_DUTIES,
  todayIn,
  findMarket,
  type CountryCode,
} from '@app/compliance';
import {
  ConflictError,
  decodeCursor,
  DomainError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  OutboxService,
  toPage,
  ValidationFailedError,
  type AuthenticatedUser,
  type FieldError,
  type Locale,
  type Page,
  type PageQueryDto,
  DEFAULT_PAGE_SIZE,
} from '@app/platform';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { VendorAuditEntry, type VendorAuditDetails } from './vendor-audit-entry.entity';
import { VendorDocument } from './vendor-document.entity';
import { assertCanRead, assertOwner } from './vendor-access';
import { VendorDecisionsService } from './vendor-decisions.service';
import { PendingChangesReader } from './pending-changes.reader';
import {
  assertEditable,
  illegalTransition,
  VENDOR_TRANSITIONS,
  canTransition,
  type DecisionAction,
  type DecisionReason,
  type VendorAction,
} from './vendor-lifecycle';
import {
  UpdateVendorDto,
  VendorDetailsDto,
  type DecisionDto,
  type VendorListQueryDto,
  type VendorResponse,
} from './vendor.dto';
import { readInput, wellShaped } from './vendor-input';
import { Vendor, type Registrations } from './vendor.entity';
import { toProfileSnapshot, toVendorResponse } from './vendor-view';
import type { VendorDecisionResponse } from './vendor-audit-entry.dto';

export type VendorChanges = Partial<Omit<VendorDetailsDto, 'country'>>;

/** The legal form given, unless it was malformed. */
const wellShapedForm = (legalForm: string, malformed: ReadonlySet<string>) =>
  malformed.has('legalForm') ? undefined : legalForm;

/** Longest registration number kept: bounds the input, far above any register's format. */
const MAX_REGISTRATION_LENGTH = 100;

/** Identifiers stored in their normal form (see normalizeField). */
const IDENTIFIER_FIELDS = ['registerNumber', 'vatId', 'reaNumber', 'iban', 'contactPhone'] as const;

/**
 * Vendor onboarding: the seller's data, checked against its country's rules, and the lifecycle
 * from draft to an admin's decision. Every status change is written to the audit log and raises
 * an outbox event in the same transaction.
 */
@Injectable()
export class VendorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly decisions: VendorDecisionsService,
    private readonly pendingChanges: PendingChangesReader,
  ) {}

  /**
   * Creates a draft from a raw request body. Shape errors and the country's rules for the
   * well-shaped fields are answered together in one 400, so the seller fixes everything at once.
   */
  async create(actor: AuthenticatedUser, body: unknown): Promise<VendorResponse> {
    const { input, problems, malformed } = readInput(VendorDetailsDto, body);
    const { country, legalForm, ...details } = input;
    // The legal form decides which register number fits (an S.r.l.'s codice fiscale has 11
    // digits, a ditta individuale's 16 characters); a malformed one leaves the country's rule.
    const checked = malformed.has('country')
      ? { problems: [] }
      : this.check(country, wellShaped(details, malformed), wellShapedForm(legalForm, malformed));
    if (!malformed.has('country') && !malformed.has('legalForm'))
      problems.unshift(...this.legalFormProblems(country, legalForm));
    problems.push(...checked.problems);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const vendor = this.dataSource.getRepository(Vendor).create({
      ownerId: actor.id,
      status: 'draft',
      country,
      legalForm,
      categories: [],
      registrations: {},
      vatIdStatus: 'unverified',
      payoutStatus: 'none',
    });
    this.apply(vendor, details, checked.registrations);
    try {
      const saved = await this.dataSource.transaction(async (transaction) => {
        const created = await transaction.save(vendor);
        await this.audit(transaction, actor, created, 'create');
        if (created.vatId)
          await this.outbox.publish(transaction, 'vendor.vat-id-changed', {
            vendorId: created.id,
            vatId: created.vatId,
          });
        return created;
      });
      return toVendorResponse(saved, null);
    } catch (error) {
      if (isUniqueViolation(error, 'vendors_owner_key')) {
        const existing = await this.dataSource
          .getRepository(Vendor)
          .findOneOrFail({ where: { ownerId: actor.id }, select: { id: true } });
        throw new ConflictError('vendor-exists', { id: existing.id });
      }
      throw error;
    }
  }

  /** The seller's own vendor: a client that signed in knows the account, not the vendor's id. */
  async mine(actor: AuthenticatedUser, locale: Locale): Promise<VendorResponse> {
    const vendor = await this.dataSource.getRepository(Vendor).findOneBy({ ownerId: actor.id });
    if (!vendor) throw new NotFoundError('vendor-not-created');
    return this.withLatestDecision(vendor, locale);
  }

  async get(actor: AuthenticatedUser, vendorId: string, locale: Locale): Promise<VendorResponse> {
    return this.withLatestDecision(await this.readable(actor, vendorId), locale);
  }

  /** The admins' decisions on the vendor for its seller (or an admin), newest first. */
  async decisionHistory(
    actor: AuthenticatedUser,
    vendorId: string,
    query: PageQueryDto,
    locale: Locale,
  ): Promise<Page<VendorDecisionResponse>> {
    const vendor = await this.readable(actor, vendorId);
    return this.decisions.history(vendor.id, query, locale);
  }

  async readable(
    actor: AuthenticatedUser,
    vendorId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Vendor> {
    return assertCanRead(actor, await this.find(vendorId, manager), vendorId);
  }

  async owned(
    actor: AuthenticatedUser,
    vendorId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Vendor> {
    return assertOwner(actor, await this.find(vendorId, manager), vendorId);
  }

  /** Changes a draft from a raw request body; every problem is answered at once, as on create. */
  async update(
    actor: AuthenticatedUser,
    vendorId: string,
    body: unknown,
    locale: Locale,
  ): Promise<VendorResponse> {
    const saved = await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.owned(actor, vendorId, transaction);
      assertEditable(vendor);
      const { input, problems, malformed } = readInput(UpdateVendorDto, body);
      const changes = wellShaped(input, malformed);
      if (changes.legalForm !== undefined)
        problems.unshift(...this.legalFormProblems(vendor.country, changes.legalForm));
      const legalForm = malformed.has('legalForm')
        ? undefined
        : (changes.legalForm ?? vendor.legalForm);
      const effective = this.withStoredRegisterNumber(vendor, changes);
      const checked = this.check(vendor.country, effective, legalForm);
      problems.push(...checked.problems);
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const previousVatId = vendor.vatId;
      this.apply(vendor, effective, checked.registrations);
      await this.vatIdChanged(transaction, vendor, previousVatId);
      const updated = await transaction.save(vendor);
      await this.audit(transaction, actor, updated, 'update', {
        note: Object.keys(changes).sort().join(', '),
      });
      return updated;
    });
    return this.withLatestDecision(saved, locale);
  }

  /**
   * Sends the vendor to review once everything its country requires is there (else 422). The
   * check and the status change run in one transaction holding the vendor row's lock, which PATCH
   * and uploads take too: what goes to review is exactly what was checked.
   */
  async submit(
    actor: AuthenticatedUser,
    vendorId: string,
    locale: Locale,
  ): Promise<VendorResponse> {
    const submitted = await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.owned(actor, vendorId, transaction);
      this.assertTransition(vendor, 'submit');
      const documents = await transaction
        .getRepository(VendorDocument)
        .find({ where: { vendorId }, select: { type: true } });
      const market = findMarket(vendor.country);
      const problems = onboardingProblems(
        toProfileSnapshot(vendor),
        documents.map((d) => d.type),
        market ? todayIn(market) : new Date().toISOString().slice(0, 10),
      );
      if (problems.length > 0) {
        throw new DomainError(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'onboarding-incomplete',
          { count: problems.length },
          problems,
        );
      }
      return this.transition(transaction, actor, vendor, 'submit', {});
    });
    return this.withLatestDecision(submitted, locale);
  }

  /**
   * Reopens a rejected vendor as a draft, so that its seller corrects the data and submits it
   * again; the rejection and everything before it stay in the history.
   */
  async reapply(
    actor: AuthenticatedUser,
    vendorId: string,
    locale: Locale,
  ): Promise<VendorResponse> {
    const reopened = await this.dataSource.transaction(async (transaction) => {
      const vendor = await this.owned(actor, vendorId, transaction);
      this.assertTransition(vendor, 'reapply');
      return this.transition(transaction, actor, vendor, 'reapply', {});
    });
    return this.withLatestDecision(reopened, locale);
  }

  /** An admin's decision; restrictive ones need a reason, which the seller receives localized. */
  async decide(
    actor: AuthenticatedUser,
    vendorId: string,
    action: DecisionAction,
    decision: DecisionDto,
    locale: Locale,
  ): Promise<VendorResponse> {
    if (VENDOR_TRANSITIONS[action].reasonRequired && !decision.reason) {
      throw ValidationFailedError.of('reason', 'isDefined');
    }
    const vendor = await this.readable(actor, vendorId);
    this.assertTransition(vendor, action);
    const decided = await this.dataSource.transaction((transaction) =>
      this.transition(transaction, actor, vendor, action, decision),
    );
    return this.withLatestDecision(decided, locale);
  }

  async listForReview(query: VendorListQueryDto & PageQueryDto): Promise<Page<VendorResponse>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(Vendor)
      .createQueryBuilder('vendor')
      .orderBy('vendor.created_at', 'ASC')
      .addOrderBy('vendor.id', 'ASC')
      .limit(limit + 1);
    if (query.status) builder.andWhere('vendor.status = :status', { status: query.status });
    if (query.country) builder.andWhere('vendor.country = :country', { country: query.country });
    if (query.pendingChange) {
      const open = `EXISTS (SELECT 1 FROM vendor_pending_changes c WHERE c.vendor_id = vendor.id AND c.status = 'pending')`;
      builder.andWhere(query.pendingChange === 'true' ? open : `NOT ${open}`);
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      builder.andWhere('(vendor.created_at, vendor.id) > (:createdAt, :id)', after);
    }
    return toPage(await builder.getMany(), limit, toVendorResponse);
  }

  async auditLog(vendorId: string): Promise<VendorAuditEntry[]> {
    if (!(await this.find(vendorId))) throw new NotFoundError('vendor-not-found', { id: vendorId });
    return this.dataSource
      .getRepository(VendorAuditEntry)
      .find({ where: { vendorId }, order: { id: 'ASC' } });
  }

  /** Inside a transaction the row is locked, so a concurrent decision cannot be overwritten. */
  private async find(
    vendorId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Vendor | null> {
    if (!isUuid(vendorId)) return null;
    const lock = manager.queryRunner?.isTransactionActive
      ? { mode: 'pessimistic_write' as const }
      : undefined;
    return manager.getRepository(Vendor).findOne({ where: { id: vendorId }, lock });
  }

  /**
   * Applies a transition in the caller's transaction: status, audit entry and event together.
   * `details` are recorded in the audit entry, e.g. the complaint whose outcome reversed a decision.
   */
  async transition(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    vendor: Vendor,
    action: VendorAction,
    decision: {
      reason?: DecisionReason;
      note?: string;
      internalNote?: string;
      details?: VendorAuditDetails;
    },
  ): Promise<Vendor> {
    const { from, to } = { from: vendor.status, to: VENDOR_TRANSITIONS[action].to };
    const result = await transaction
      .createQueryBuilder()
      .update(Vendor)
      .set({
        status: to,
        ...(action === 'submit' ? { submittedAt: () => 'now()' } : {}),
        ...(VENDOR_TRANSITIONS[action].by === 'admin' ? { decidedAt: () => 'now()' } : {}),
      })
      .where('id = :id AND status = :from', { id: vendor.id, from })
      .execute();
    // Another request changed the status since we read it: the transition no longer applies.
    if (result.affected !== 1) {
      const current = await transaction.getRepository(Vendor).findOneByOrFail({ id: vendor.id });
      throw illegalTransition(current, action);
    }
    const updated = await transaction.getRepository(Vendor).findOneByOrFail({ id: vendor.id });
    const entry = await this.audit(transaction, actor, updated, action, {
      from,
      reason: decision.reason,
      note: decision.note,
      internalNote: decision.internalNote,
      details: decision.details,
    });
    await this.outbox.publish(transaction, 'vendor.status-changed', {
      vendorId: vendor.id,
      action,
      auditEntryId: entry.id,
    });
    return updated;
  }

  audit(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    vendor: Vendor,
    action: string,
    details: {
      from?: Vendor['status'];
      reason?: string;
      note?: string;
      internalNote?: string;
      details?: VendorAuditDetails;
    } = {},
  ): Promise<VendorAuditEntry> {
    return transaction.save(
      transaction.create(VendorAuditEntry, {
        vendorId: vendor.id,
        actorId: actor.id,
        actorRole: actor.role,
        action,
        // An entry that changes no status records it as both, so each shows the status it met.
        fromStatus: details.from ?? (action === 'create' ? null : vendor.status),
        toStatus: vendor.status,
        reason: details.reason ?? null,
        note: details.note ?? null,
        internalNote: details.internalNote ?? null,
        details: details.details ?? null,
      }),
    );
  }

  /**
   * A VAT ID that differs from `previousVatId` is unverified until VIES confirms it: the check is
   * queued in the transaction that saves it. Call before saving the vendor.
   */
  async vatIdChanged(
    transaction: EntityManager,
    vendor: Vendor,
    previousVatId: string | null,
  ): Promise<void> {
    if (vendor.vatId === previousVatId) return;
    vendor.vatIdStatus = 'unverified';
    vendor.vatIdCheckedAt = null;
    if (vendor.vatId)
      await this.outbox.publish(transaction, 'vendor.vat-id-changed', {
        vendorId: vendor.id,
        vatId: vendor.vatId,
      });
  }

  legalFormProblems(country: CountryCode, legalForm: string): FieldError[] {
    if (findLegalForm(country, legalForm)) return [];
    const values = legalFormsOf(country)
      .map((form) => form.code)
      .join(', ');
    return [{ field: 'legalForm', code: 'isIn', variables: { values } }];
  }

  private assertTransition(vendor: Vendor, action: VendorAction): void {
    if (!canTransition(vendor.status, action)) throw illegalTransition(vendor, action);
  }

  private async withLatestDecision(vendor: Vendor, locale: Locale): Promise<VendorResponse> {
    const [decision, pendingChange] = await Promise.all([
      this.decisions.latest(vendor.id, locale),
      this.pendingChanges.latest(vendor.id, locale),
    ]);
    return toVendorResponse(vendor, decision, pendingChange);
  }

  /**
   * A new legal form may not fit the register number already stored (a Kft.'s cégjegyzékszám is
   * no e.v. number): unless a new number comes with it, the stored one is checked again and kept
   * in the new form's normal form, so PATCH never leaves a mismatch that only submission finds.
   */
  withStoredRegisterNumber(vendor: Vendor, changes: VendorChanges): VendorChanges {
    const keepsNumber = changes.registerNumber === undefined && vendor.registerNumber !== null;
    return changes.legalForm !== undefined && keepsNumber
      ? { ...changes, registerNumber: vendor.registerNumber ?? undefined }
      : changes;
  }

  /**
   * Problems of the given values under the country's rules and the legal form's register number
   * rule, and the registrations cleaned.
   */
  check(
    country: CountryCode,
    changes: VendorChanges,
    legalForm: string | undefined,
  ): { problems: FieldError[]; registrations?: Registrations } {
    const problems: FieldError[] = [];
    const registrations =
      changes.registrations === undefined
        ? undefined
        : this.checkRegistrations(changes.registrations, problems);
    problems.push(
      ...valueProblems(
        country,
        { ...changes, legalForm, registrations },
        todayIn(findMarket(country)!),
      ),
    );
    return { problems, registrations };
  }

  /** Copies checked fields onto the vendor, identifiers in their normal form. */
  apply(vendor: Vendor, changes: VendorChanges, registrations?: Registrations): void {
    const { selfCertification, registrations: _raw, ...plain } = changes;
    Object.assign(vendor, plain);
    for (const field of IDENTIFIER_FIELDS) {
      const value = changes[field];
      // null or an empty string clears an optional identifier, such as a VAT ID given up.
      if (value === null || value === '') vendor[field] = null;
      else if (value !== undefined)
        vendor[field] = normalizeField(vendor.country, field, value, vendor.legalForm);
    }
    if (selfCertification !== undefined)
      vendor.selfCertifiedAt = selfCertification ? (vendor.selfCertifiedAt ?? new Date()) : null;
    if (registrations) vendor.registrations = registrations;
  }

  private checkRegistrations(
    input: Record<string, Record<string, string>>,
    problems: FieldError[],
  ): Registrations {
    const result: Registrations = {};
    for (const [country, duties] of Object.entries(input)) {
      if (!findMarket(country)) {
        problems.push({ field: `registrations.${country}`, code: 'unknownMarket' });
        continue;
      }
      if (typeof duties !== 'object' || duties === null || Array.isArray(duties)) {
        problems.push({ field: `registrations.${country}`, code: 'isObject' });
        continue;
      }
      const entries: Record<string, string> = {};
      for (const [duty, value] of Object.entries(duties)) {
        if (!(REGISTRATION_DUTIES as readonly string[]).includes(duty)) {
          problems.push({
            field: `registrations.${country}.${duty}`,
            code: 'isIn',
            variables: { values: REGISTRATION_DUTIES.join(', ') },
          });
        } else if (typeof value !== 'string') {
          problems.push({ field: `registrations.${country}.${duty}`, code: 'isString' });
        } else if (value.trim() === '') {
          // An empty number is no registration: the seller leaves the duty out instead.
          problems.push({ field: `registrations.${country}.${duty}`, code: 'isNotEmpty' });
        } else if (value.length > MAX_REGISTRATION_LENGTH) {
          problems.push({
            field: `registrations.${country}.${duty}`,
            code: 'maxLength',
            variables: { max: MAX_REGISTRATION_LENGTH },
          });
        } else {
          entries[duty] = value.trim();
        }
      }
      result[country.toUpperCase() as CountryCode] = entries;
    }
    return result;
  }
}
