import type { FieldError, MessageVariables } from '@app/platform';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CsvSeparator } from './offer-import-csv';

export const OFFER_IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type OfferImportStatus = (typeof OFFER_IMPORT_STATUSES)[number];

/**
 * A CSV file of offer changes that the worker applies line by line. `processedLines` is how many
 * data lines are settled (applied or failed, counted in `updated` and `failed`): a run that stops
 * resumes after them, so each line is counted once.
 */
@Entity({ name: 'offer_imports' })
export class OfferImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId!: string;

  /** The seller who uploaded the file; the lines are applied with its rights. */
  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  /** The upload's separator, which its error report uses too. */
  @Column({ type: 'text' })
  separator!: CsvSeparator;

  @Column({ type: 'text' })
  status!: OfferImportStatus;

  @Column({ name: 'total_lines', type: 'integer' })
  totalLines!: number;

  @Column({ name: 'processed_lines', type: 'integer', default: 0 })
  processedLines!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  failed!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** Why one line of an import was not applied; its message is localized when the report is read. */
@Entity({ name: 'offer_import_errors' })
export class OfferImportError {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  /** The physical line of the file the record starts on; the header is line 1. */
  @PrimaryColumn({ name: 'line_number', type: 'integer' })
  lineNumber!: number;

  /** As the line gave it, which need not be a valid id. */
  @Column({ name: 'offer_id', type: 'text' })
  offerId!: string;

  /** An `errors` namespace code, or `validation-failed` with the field errors. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'jsonb', default: {} })
  variables!: MessageVariables;

  @Column({ name: 'field_errors', type: 'jsonb', default: [] })
  fieldErrors!: FieldError[];
}
