import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const VENDOR_COMPLAINT_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type VendorComplaintStatus = (typeof VENDOR_COMPLAINT_STATUSES)[number];
export const VENDOR_COMPLAINT_OUTCOMES = ['upheld', 'dismissed'] as const;
export type VendorComplaintOutcome = (typeof VENDOR_COMPLAINT_OUTCOMES)[number];

/**
 * A seller's complaint against the rejection or suspension of its vendor, through the internal
 * complaint-handling system of DSA Art. 20. The contested decision is its audit-log entry.
 */
@Entity({ name: 'vendor_complaints' })
export class VendorComplaint {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'vendor_id', type: 'uuid' }) vendorId!: string;
  @Column({ name: 'decision_entry_id', type: 'bigint' }) decisionEntryId!: string;
  @Column({ name: 'lodged_by', type: 'uuid' }) lodgedBy!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'text' }) status!: VendorComplaintStatus;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  /** The reasoned decision on the complaint, sent to the seller (Art. 20(5)). */
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  /** The audit entry of the transition that reversed the decision when it was upheld (20(4)). */
  @Column({ name: 'reversal_entry_id', type: 'bigint', nullable: true })
  reversalEntryId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
