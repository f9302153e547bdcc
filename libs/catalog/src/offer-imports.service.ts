import {
  DOCUMENT_STORAGE,
  DomainError,
  I18nService,
  NotFoundError,
  OutboxService,
  User,
  isUuid,
  type AuthenticatedUser,
  type DocumentStorage,
  type FieldError,
  type Locale,
} from '@app/platform';
import { sellerLocale, VendorsService } from '@app/vendors';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { readOfferImportFile, type CsvSeparator } from './offer-import-csv';
import { toOfferImportResponse, type OfferImportResponse } from './offer-import.dto';
import { OfferImport, OfferImportError } from './offer-import.entity';

export interface UploadedCsvFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Bulk offer updates by CSV: the upload is checked as a whole (a readable CSV with a known header,
 * within the caps), stored, and handed to the worker through the outbox in the transaction that
 * records it; the worker applies it line by line (OfferImportProcessor).
 */
@Injectable()
export class OfferImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
    private readonly outbox: OutboxService,
    private readonly i18n: I18nService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async upload(
    actor: AuthenticatedUser,
    vendorId: string,
    upload: UploadedCsvFile | undefined,
  ): Promise<OfferImportResponse> {
    const id = randomUUID();
    let storedKey: string | undefined;
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const vendor = await this.vendors.owned(actor, vendorId, transaction);
        if (!upload || upload.size === 0)
          throw new DomainError(HttpStatus.BAD_REQUEST, 'offer-import-file-missing');
        const file = readOfferImportFile(upload.buffer);
        const storageKey = `offer-imports/${vendor.id}/${id}`;
        await this.storage.put(storageKey, upload.buffer);
        storedKey = storageKey;
        const saved = await transaction.getRepository(OfferImport).save({
          id,
          vendorId: vendor.id,
          uploadedBy: actor.id,
          fileName: upload.originalname.slice(0, 255),
          sizeBytes: upload.size,
          storageKey,
          separator: file.separator,
          status: 'queued',
          totalLines: file.records.length,
        });
        await this.outbox.publish(transaction, 'offer-import.uploaded', { importId: id });
        return toOfferImportResponse(saved);
      });
    } catch (error) {
      // No file without its row.
      if (storedKey) await this.storage.delete(storedKey);
      throw error;
    }
  }

  async find(
    actor: AuthenticatedUser,
    vendorId: string,
    importId: string,
  ): Promise<OfferImportResponse> {
    await this.vendors.readable(actor, vendorId);
    return toOfferImportResponse(await this.importOf(vendorId, importId));
  }

  /**
   * The lines that were not applied, as CSV in the upload's separator: line number, offer id,
   * error code and a message in the seller's language (its vendor's preferred language).
   */
  async report(
    actor: AuthenticatedUser,
    vendorId: string,
    importId: string,
  ): Promise<{ fileName: string; content: string }> {
    const vendor = await this.vendors.readable(actor, vendorId);
    const offerImport = await this.importOf(vendorId, importId);
    const owner = await this.dataSource.getRepository(User).findOneByOrFail({ id: vendor.ownerId });
    const locale = sellerLocale(vendor, owner);
    const errors = await this.dataSource
      .getRepository(OfferImportError)
      .find({ where: { importId: offerImport.id }, order: { lineNumber: 'ASC' } });
    const rows = [
      ['line', 'offerId', 'code', 'message'],
      ...errors.map((error) => [
        String(error.lineNumber),
        error.offerId,
        error.code,
        this.lineMessage(locale, error),
      ]),
    ];
    const content = rows.map((row) => csvRow(row, offerImport.separator)).join('\r\n');
    // The byte-order mark makes spreadsheet programs read the file as UTF-8.
    return {
      fileName: `offer-import-${offerImport.id}-errors.csv`,
      content: `\uFEFF${content}\r\n`,
    };
  }

  private async importOf(vendorId: string, importId: string): Promise<OfferImport> {
    const found = isUuid(importId)
      ? await this.dataSource.getRepository(OfferImport).findOneBy({ id: importId, vendorId })
      : null;
    if (!found) throw new NotFoundError('offer-import-not-found', { id: importId });
    return found;
  }

  /** What went wrong on a line: the problem's detail, then each field's message. */
  private lineMessage(locale: Locale, error: OfferImportError): string {
    const parts =
      error.code === 'validation-failed'
        ? []
        : [this.i18n.translate(locale, `errors:${error.code}.detail`, error.variables)];
    parts.push(...error.fieldErrors.map((field) => this.fieldMessage(locale, field)));
    return parts.join(' ');
  }

  private fieldMessage(locale: Locale, field: FieldError): string {
    return `${field.field}: ${this.i18n.fieldMessage(locale, field)}.`;
  }
}

/**
 * One CSV record (RFC 4180): fields with the separator, quotes or line breaks are quoted. A field
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe
 * (OWASP, CSV injection), as offer ids come from the seller's file.
 */
function csvRow(fields: readonly string[], separator: CsvSeparator): string {
  return fields
    .map((field) => (/^[=+\-@\t\r]/.test(field) ? `'${field}` : field))
    .map((field) => (/["\r\n,;]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
    .join(separator);
}
