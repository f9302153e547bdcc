import {
  complaintDeadline,
  ConflictError,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ForbiddenError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  OutboxService,
  toPage,
  type AuthenticatedUser,
  type Page,
  type PageQueryDto,
} from '@app/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import type {
  AdminVendorComplaintResponse,
  VendorComplaintQueryDto,
  VendorComplaintResolutionDto,
  VendorComplaintResponse,
} from './vendor-complaint.dto';
import { VendorComplaint } from './vendor-complaint.entity';
import { isContestable } from './vendor-decisions.service';
import {
  DECISION_ACTIONS,
  REVERSAL_OF,
  type ContestableAction,
  type DecisionAction,
} from './vendor-lifecycle';
import { Vendor } from './vendor.entity';
import { VendorsService } from './vendors.service';

/** The partial unique index that keeps one open complaint per contested decision. */
const OPEN_COMPLAINT_INDEX = 'vendor_complaints_open_decision_idx';

/**
 * The internal complaint-handling system for decisions on a vendor (DSA Art. 20(1)(c) and (d)):
 * the seller contests its rejection or suspension, free of charge, for six months; an admin other
 * than the one who decided reviews it (not solely automated, Art. 20(6)); an upheld complaint
 * reverses the decision at once (20(4)) and the seller learns the reasoned outcome (20(5)).
 * Every step is in the vendor's audit log.
 */
@Injectable()
export class VendorComplaintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
    private readonly outbox: OutboxService,
  ) {}

  /** The owning seller contests the latest decision on its vendor, if it is restrictive. */
  async lodge(
    actor: AuthenticatedUser,
    vendorId: string,
    text: string,
  ): Promise<VendorComplaintResponse> {
    const vendor = await this.vendors.owned(actor, vendorId);
    const decision = await this.latestDecision(this.dataSource.manager, vendor.id);
    if (!decision || !isContestable(decision.action))
      throw new ConflictError('vendor-decision-not-contestable', {
        id: vendor.id,
        status: vendor.status,
      });
    const deadline = complaintDeadline(decision.createdAt);
    if (new Date() > deadline)
      throw new ConflictError('vendor-complaint-period-over', {
        id: vendor.id,
        decisionId: decision.id,
        deadline: deadline.toISOString().slice(0, 10),
      });
    await this.assertNoOpenComplaint(vendor.id, decision.id);
    try {
      const complaint = await this.dataSource.transaction(async (transaction) => {
        const stored = await transaction.save(
          transaction.create(VendorComplaint, {
            vendorId: vendor.id,
            decisionEntryId: decision.id,
            lodgedBy: actor.id,
            text,
            status: 'open',
          }),
        );
        await this.vendors.audit(transaction, actor, vendor, 'complaintLodged', {
          details: { complaintId: stored.id, decisionId: decision.id },
        });
        return stored;
      });
      return toResponse(complaint, decision.action as DecisionAction);
    } catch (error) {
      // The same complaint sent twice at the same moment: the other request stored it first.
      if (isUniqueViolation(error, OPEN_COMPLAINT_INDEX))
        await this.assertNoOpenComplaint(vendor.id, decision.id);
      throw error;
    }
  }

  /** The complaints about one vendor, newest first, for its seller (or an admin). */
  async ofVendor(
    actor: AuthenticatedUser,
    vendorId: string,
    query: PageQueryDto,
  ): Promise<Page<VendorComplaintResponse>> {
    const vendor = await this.vendors.readable(actor, vendorId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(VendorComplaint)
      .createQueryBuilder('complaint')
      .where('complaint.vendor_id = :vendorId', { vendorId: vendor.id })
      .orderBy('complaint.created_at', 'DESC')
      .addOrderBy('complaint.id', 'DESC')
      .limit(limit + 1);
    if (query.cursor)
      builder.andWhere(
        '(complaint.created_at, complaint.id) < (:createdAt, :id)',
        decodeCursor(query.cursor),
      );
    const complaints = await builder.getMany();
    const actions = await this.decisionActions(complaints);
    return toPage(complaints, limit, (complaint) =>
      toResponse(complaint, actions.get(complaint.decisionEntryId)!),
    );
  }

  /** The admins' queue: oldest first, open complaints unless another status is asked for. */
  async queue(query: VendorComplaintQueryDto): Promise<Page<AdminVendorComplaintResponse>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(VendorComplaint)
      .createQueryBuilder('complaint')
      .where('complaint.status = :status', { status: query.status ?? 'open' })
      .orderBy('complaint.created_at', 'ASC')
      .addOrderBy('complaint.id', 'ASC')
      .limit(limit + 1);
    if (query.cursor)
      builder.andWhere(
        '(complaint.created_at, complaint.id) > (:createdAt, :id)',
        decodeCursor(query.cursor),
      );
    const complaints = await builder.getMany();
    const actions = await this.decisionActions(complaints);
    const vendorIds = [...new Set(complaints.map((c) => c.vendorId))];
    const vendors = new Map(
      (vendorIds.length
        ? await this.dataSource.getRepository(Vendor).findBy({ id: In(vendorIds) })
        : []
      ).map((vendor) => [vendor.id, vendor]),
    );
    return toPage(complaints, limit, (complaint) => ({
      ...toResponse(complaint, actions.get(complaint.decisionEntryId)!),
      vendorName: vendors.get(complaint.vendorId)?.legalName ?? null,
      lodgedBy: complaint.lodgedBy,
      reviewedBy: complaint.reviewedBy,
    }));
  }

  /**
   * Another admin decides the complaint. Upholding it reverses only what the decision did: a
   * vendor decided on again since, or reopened by its seller, is left as it is (the outcome says
   * so), as a listing complaint does.
   */
  async resolve(
    actor: AuthenticatedUser,
    complaintId: string,
    request: VendorComplaintResolutionDto,
  ): Promise<AdminVendorComplaintResponse> {
    const resolved = await this.dataSource.transaction(async (transaction) => {
      const complaint = await this.lockedComplaint(transaction, complaintId);
      const decision = await transaction
        .getRepository(VendorAuditEntry)
        .findOneByOrFail({ id: complaint.decisionEntryId });
      // Art. 20(6): reviewed by staff, and not by the admin whose decision is contested.
      if (decision.actorId === actor.id) throw new ForbiddenError('same-reviewer');
      const vendor = await transaction
        .getRepository(Vendor)
        .findOneOrFail({ where: { id: complaint.vendorId }, lock: { mode: 'pessimistic_write' } });
      let reversalEntryId: string | null = null;
      if (request.outcome === 'upheld') {
        const latest = await this.latestDecision(transaction, vendor.id);
        const untouched = latest?.id === decision.id && vendor.status === decision.toStatus;
        if (untouched) {
          const action = REVERSAL_OF[decision.action as ContestableAction];
          await this.vendors.transition(transaction, actor, vendor, action, {
            note: request.resolution,
            details: { complaintId: complaint.id },
          });
          reversalEntryId = (await this.latestDecision(transaction, vendor.id))!.id;
        }
      }
      await transaction.update(
        VendorComplaint,
        { id: complaint.id },
        {
          status: request.outcome,
          reviewedBy: actor.id,
          resolution: request.resolution,
          resolvedAt: new Date(),
          reversalEntryId,
        },
      );
      const current = await transaction.getRepository(Vendor).findOneByOrFail({ id: vendor.id });
      await this.vendors.audit(
        transaction,
        actor,
        current,
        request.outcome === 'upheld' ? 'complaintUpheld' : 'complaintDismissed',
        { details: { complaintId: complaint.id, reversalDecisionId: reversalEntryId } },
      );
      await this.outbox.publish(transaction, 'vendor-complaint.resolved', {
        complaintId: complaint.id,
      });
      return {
        complaint: await transaction
          .getRepository(VendorComplaint)
          .findOneByOrFail({ id: complaint.id }),
        action: decision.action as DecisionAction,
        vendorName: current.legalName,
      };
    });
    return {
      ...toResponse(resolved.complaint, resolved.action),
      vendorName: resolved.vendorName,
      lodgedBy: resolved.complaint.lodgedBy,
      reviewedBy: resolved.complaint.reviewedBy,
    };
  }

  private async lockedComplaint(
    transaction: EntityManager,
    complaintId: string,
  ): Promise<VendorComplaint> {
    const complaint = isUuid(complaintId)
      ? await transaction
          .getRepository(VendorComplaint)
          .findOne({ where: { id: complaintId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!complaint) throw new NotFoundError('vendor-complaint-not-found', { id: complaintId });
    if (complaint.status !== 'open') throw new ConflictError('complaint-resolved');
    return complaint;
  }

  /** The admins' latest decision on the vendor, restrictive or not. */
  private latestDecision(
    manager: EntityManager,
    vendorId: string,
  ): Promise<VendorAuditEntry | null> {
    return manager.getRepository(VendorAuditEntry).findOne({
      where: { vendorId, action: In([...DECISION_ACTIONS]) },
      order: { id: 'DESC' },
    });
  }

  private async assertNoOpenComplaint(vendorId: string, decisionId: string): Promise<void> {
    const open = await this.dataSource
      .getRepository(VendorComplaint)
      .findOneBy({ decisionEntryId: decisionId, status: 'open' });
    if (open)
      throw new ConflictError('vendor-complaint-open', {
        id: vendorId,
        decisionId,
        complaintId: open.id,
      });
  }

  private async decisionActions(
    complaints: VendorComplaint[],
  ): Promise<Map<string, DecisionAction>> {
    const ids = [...new Set(complaints.map((c) => c.decisionEntryId))];
    const entries = ids.length
      ? await this.dataSource.getRepository(VendorAuditEntry).findBy({ id: In(ids) })
      : [];
    return new Map(entries.map((entry) => [entry.id, entry.action as DecisionAction]));
  }
}

function toResponse(complaint: VendorComplaint, decision: DecisionAction): VendorComplaintResponse {
  return {
    id: complaint.id,
    vendorId: complaint.vendorId,
    decisionId: complaint.decisionEntryId,
    decision,
    text: complaint.text,
    status: complaint.status,
    resolution: complaint.resolution,
    reversalDecisionId: complaint.reversalEntryId,
    createdAt: complaint.createdAt.toISOString(),
    resolvedAt: complaint.resolvedAt?.toISOString() ?? null,
  };
}
