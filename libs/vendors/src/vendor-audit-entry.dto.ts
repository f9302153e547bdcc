import { ApiProperty } from '@nestjs/swagger';
import { VENDOR_STATUSES, type VendorStatus } from './vendor-lifecycle';

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
      'create, update, documentUploaded, vatIdChecked, vatIdCheckSkipped, or a lifecycle action (submit, approve, reject, requestChanges, suspend, reinstate)',
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

  @ApiProperty({ nullable: true, type: String }) note!: string | null;

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
