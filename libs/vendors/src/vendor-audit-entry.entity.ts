import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VendorStatus } from './vendor-lifecycle';

/** One decision or status change on a vendor: who, when, what and why. Never updated or deleted. */
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

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: VendorStatus | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus!: VendorStatus | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
