import { ApiProperty } from '@nestjs/swagger';
import {
  DECISION_ACTIONS,
  DECISION_REASONS,
  VENDOR_STATUSES,
  type DecisionAction,
  type DecisionReason,
  type VendorStatus,
} from './vendor-lifecycle';

/** One entry of `GET /v1/admin/vendors/{id}/audit-log`, as the entity serialises. */
export class VendorAuditEntryResponse {
  @ApiProperty({ example: '42', description: 'Increasing number; the log is append-only' })
  id!: string;

  @ApiProperty({ format: 'uuid' }) vendorId!: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null when the system acted',
  })
  actorId!: string | null;

  @ApiProperty({ example: 'seller', description: 'seller, admin or system' })
  actorRole!: string;

  @ApiProperty({
    example: 'documentUploaded',
    description:
      'create, update, documentUploaded, vatIdChecked, vatIdCheckSkipped, a lifecycle action (submit, approve, reject, requestChanges, suspend, reinstate), or a correction of an approved vendor’s identity data (changeSubmitted, changeWithdrawn, changeApproved, changeRejected, with the change’s id in details)',
  })
  action!: string;

  @ApiProperty({
    enum: VENDOR_STATUSES,
    nullable: true,
    description:
      'Status before the entry; equal to toStatus when the entry changed no status; null for create',
  })
  fromStatus!: VendorStatus | null;

  @ApiProperty({
    enum: VENDOR_STATUSES,
    nullable: true,
    description:
      'Status after the entry (the status at that moment); null only on entries written before it was recorded',
  })
  toStatus!: VendorStatus | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Decision reason, VIES answer, or vies-not-configured',
  })
  reason!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'On a decision, the explanation the seller reads; on update, the fields changed',
  })
  note!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'On a decision, the note for admins only; never shown to the seller',
  })
  internalNote!: string | null;

  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    example: {
      documentId: '0b7c6f0e-5f5a-4a43-9a55-0d3f2f7c2b11',
      documentType: 'registerExtract',
      contentType: 'application/pdf',
      sizeBytes: 183204,
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      replacedDocumentId: null,
    },
    description: 'Facts of the entry, e.g. the uploaded document (never its content)',
  })
  details!: Record<string, string | number | null> | null;

  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/**
 * One admin decision on a vendor as its seller reads it (`GET /v1/vendors/{id}/decisions` and the
 * vendor's `latestDecision`): the statement of reasons of DSA Art. 17, without admin-internal notes.
 */
export class VendorDecisionResponse {
  @ApiProperty({ example: '42', description: 'Increasing number of the entry in the audit log' })
  id!: string;

  @ApiProperty({ enum: DECISION_ACTIONS }) action!: DecisionAction;

  @ApiProperty({ enum: VENDOR_STATUSES, nullable: true }) fromStatus!: VendorStatus | null;

  @ApiProperty({ enum: VENDOR_STATUSES, nullable: true }) toStatus!: VendorStatus | null;

  @ApiProperty({ enum: DECISION_REASONS, nullable: true, description: 'The reason code' })
  reason!: DecisionReason | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The reason in the language of the request (Accept-Language)',
  })
  reasonLabel!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The admin’s explanation for the seller, as written',
  })
  note!: string | null;

  @ApiProperty({ format: 'date-time' }) decidedAt!: string;

  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description:
      'On a rejection or suspension: the last day the seller can contest it, free of charge, with POST /v1/vendors/{id}/complaints (DSA Art. 20, six months); null on other decisions',
  })
  contestableUntil!: string | null;
}
