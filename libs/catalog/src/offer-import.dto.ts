import { ApiProperty } from '@nestjs/swagger';
import {
  OFFER_IMPORT_STATUSES,
  type OfferImport,
  type OfferImportStatus,
} from './offer-import.entity';

/** An offer import and how far the worker has got with it. */
export class OfferImportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: OFFER_IMPORT_STATUSES }) status!: OfferImportStatus;
  @ApiProperty({ description: 'The uploaded file’s name' }) fileName!: string;
  @ApiProperty({ description: 'Data lines in the file, blank lines not counted' })
  totalLines!: number;
  @ApiProperty({ description: 'Data lines settled so far: updated + failed' })
  processedLines!: number;
  @ApiProperty({ description: 'Lines applied to their offer' }) updated!: number;
  @ApiProperty({ description: 'Lines not applied; the report says why' }) failed!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}

export function toOfferImportResponse(offerImport: OfferImport): OfferImportResponse {
  return {
    id: offerImport.id,
    status: offerImport.status,
    fileName: offerImport.fileName,
    totalLines: offerImport.totalLines,
    processedLines: offerImport.processedLines,
    updated: offerImport.updated,
    failed: offerImport.failed,
    createdAt: offerImport.createdAt.toISOString(),
    finishedAt: offerImport.finishedAt?.toISOString() ?? null,
  };
}
