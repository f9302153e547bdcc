import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LegalRepresentative, PostalAddress } from './vendor.entity';

export const PENDING_CHANGE_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'superseded',
] as const;
export type PendingChangeStatus = (typeof PENDING_CHANGE_STATUSES)[number];

/**
 * The identity data of an approved vendor that changes only after an admin's review: who the
 * trader is and where its money goes (DSA Art. 30(1) and 30(3)).
 */
export const REVIEWED_FIELDS = [
  'legalForm',
  'legalName',
  'registeredAddress',
  'registerNumber',
  'vatId',
  'reaNumber',
  'iban',
  'accountHolder',
  'representative',
] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

/** Reviewed fields in their stored (normal) form; null clears an optional one. */
export interface IdentityValues {
  legalForm?: string;
  legalName?: string | null;
  registeredAddress?: PostalAddress | null;
  registerNumber?: string | null;
  vatId?: string | null;
  reaNumber?: string | null;
  iban?: string | null;
  accountHolder?: string | null;
  representative?: LegalRepresentative | null;
}

/**
 * A seller's correction of its approved identity data. While `pending` the vendor keeps its
 * approved data; the row stays after the decision as the record of what was asked and replaced.
 */
@Entity({ name: 'vendor_pending_changes' })
export class VendorPendingChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId!: string;

  @Column({ type: 'text' })
  status!: PendingChangeStatus;

  @Column({ type: 'jsonb' })
  changes!: IdentityValues;

  /** The approved values the change replaced, written when it is applied. */
  @Column({ type: 'jsonb', nullable: true })
  previous!: IdentityValues | null;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** On a rejection: the reason code (DECISION_REASONS) the seller reads, localized. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The admin's explanation for the seller. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
