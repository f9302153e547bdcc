import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ComplaintStatus,
  Decision,
  DecisionGround,
  DecisionSource,
  NoticeStatus,
  StatementCategory,
} from './moderation.types';

/**
 * A moderation decision on a listing. For restrictive ones (reject, remove) it is the DSA Art. 17
 * statement of reasons: measure and territorial scope, facts, source, automation, ground.
 * Append-only (a database trigger refuses changes).
 */
@Entity({ name: 'moderation_decisions' })
export class ModerationDecision {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId!: string;
  @Column({ name: 'vendor_id', type: 'uuid' }) vendorId!: string;
  @Column({ type: 'text' }) decision!: Decision;
  @Column({ type: 'text', nullable: true }) category!: StatementCategory | null;
  @Column({ type: 'text', nullable: true }) ground!: DecisionGround | null;
  @Column({ name: 'legal_ground', type: 'text', nullable: true }) legalGround!: string | null;
  @Column({ name: 'terms_ground', type: 'text', nullable: true }) termsGround!: string | null;
  @Column({ type: 'text', nullable: true }) explanation!: string | null;
  @Column({ name: 'territorial_scope', type: 'text', array: true }) territorialScope!: string[];
  @Column({ type: 'text' }) source!: DecisionSource;
  @Column({ name: 'notice_id', type: 'uuid', nullable: true }) noticeId!: string | null;
  @Column({ name: 'automated_detection', type: 'boolean' }) automatedDetection!: boolean;
  @Column({ name: 'decided_by', type: 'uuid' }) decidedBy!: string;
  /** When the listing was created (the TDB's content_date). */
  @Column({ name: 'content_date', type: 'date' }) contentDate!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/**
 * A complaint against a decision (DSA Art. 20) by the seller or the author of the notice, reviewed
 * by an admin who did not decide. One open complaint per complainant and decision.
 */
@Entity({ name: 'complaints' })
export class Complaint {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  /** The seller's account; null when the author of a notice complains without an account. */
  @Column({ name: 'lodged_by', type: 'uuid', nullable: true }) lodgedBy!: string | null;
  @Column({ name: 'notice_id', type: 'uuid', nullable: true }) noticeId!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'text' }) status!: ComplaintStatus;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  /** The decision that reversed the contested one when the complaint was upheld (Art. 20(4)). */
  @Column({ name: 'reversal_decision_id', type: 'uuid', nullable: true })
  reversalDecisionId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}

/** A notice of allegedly illegal content (DSA Art. 16), open to anyone. */
@Entity({ name: 'notices' })
export class Notice {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Given to the notifier as the acknowledgement's reference. */
  @Column({ type: 'text' }) reference!: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId!: string;
  @Column({ type: 'text' }) category!: StatementCategory;
  @Column({ type: 'text' }) explanation!: string;
  @Column({ name: 'notifier_name', type: 'text', nullable: true }) notifierName!: string | null;
  @Column({ name: 'notifier_email', type: 'text', nullable: true }) notifierEmail!: string | null;
  @Column({ name: 'notifier_locale', type: 'text' }) notifierLocale!: string;
  @Column({ name: 'good_faith', type: 'boolean' }) goodFaith!: boolean;
  @Column({ type: 'text' }) status!: NoticeStatus;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true }) handledAt!: Date | null;
}

/** Every moderation step on a listing: who, when, what. Append-only. */
@Entity({ name: 'moderation_audit_log' })
export class ModerationAuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'jsonb' }) details!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
