import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VendorStatus } from './vendor-lifecycle';

/** Facts of an entry beyond its columns, e.g. which document was uploaded; never file contents. */
export type VendorAuditDetails = Readonly<Record<string, string | number | null>>;

/**
 * One decision or change on a vendor: who, when, what, why, and the vendor's status at that
 * moment. Never updated or deleted (evidence under DSA Art. 30 and 20).
 */
@Entity({ name: 'vendor_audit_log' })
export class VendorAuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId!: string;

  /** Null when the system acted (e.g. a VIES result). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ type: 'text' })
  action!: string;

  /**
   * The status before the entry; equal to `toStatus` when the entry changed no status, and null
   * only for `create`. Entries written before migration VendorAuditStatus may lack it.
   */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: VendorStatus | null;

  /** The status after the entry; always set on new entries (a database check enforces it). */
  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus!: VendorStatus | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** On a decision: the explanation the seller reads with it, as the admin wrote it. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** On a decision: the admin's note for other admins; never shown to the seller. */
  @Column({ name: 'internal_note', type: 'text', nullable: true })
  internalNote!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: VendorAuditDetails | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
