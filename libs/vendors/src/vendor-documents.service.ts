import {
  ConflictError,
  DOCUMENT_STORAGE,
  DomainError,
  isUuid,
  type AuthenticatedUser,
  type DocumentStorage,
} from '@app/platform';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS_PER_TYPE,
  MAX_DOCUMENTS_PER_VENDOR,
  detectDocumentType,
  downloadFileName,
} from './document-content';
import { VendorAuditEntry } from './vendor-audit-entry.entity';
import { VendorDocument } from './vendor-document.entity';
import { assertEditable } from './vendor-lifecycle';
import type { Vendor } from './vendor.entity';
import { VendorsService } from './vendors.service';
import type { DocumentType } from '@app/compliance';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface DocumentResponse {
  id: string;
  type: DocumentType;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

function toDocumentResponse(document: VendorDocument): DocumentResponse {
  return {
    id: document.id,
    type: document.type,
    fileName: document.originalName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    createdAt: document.createdAt.toISOString(),
  };
}

/** The checked file: its content type comes from its bytes, never from the client. */
function checkedFile(file: UploadedFile | undefined): { file: UploadedFile; contentType: string } {
  if (!file || file.size === 0) throw new DomainError(HttpStatus.BAD_REQUEST, 'file-missing');
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'file-too-large', {
      maxMegabytes: MAX_DOCUMENT_BYTES / 1024 / 1024,
    });
  }
  const detected = detectDocumentType(file.buffer);
  if (!detected)
    throw new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-document-type');
  return { file, contentType: detected.contentType };
}

/**
 * Verification documents: stored through the storage port, readable by their vendor and admins.
 * A vendor holds at most MAX_DOCUMENTS_PER_TYPE of a type and MAX_DOCUMENTS_PER_VENDOR in all; an
 * upload adds a document, or with `replaces` takes the place of one, whose row and file go.
 * Every upload is written to the vendor's audit log, in the transaction that stores it.
 */
@Injectable()
export class VendorDocumentsService {
  private readonly logger = new Logger(VendorDocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async upload(
    actor: AuthenticatedUser,
    vendorId: string,
    type: DocumentType,
    upload: UploadedFile | undefined,
    replaces?: string,
  ): Promise<DocumentResponse> {
    const id = randomUUID();
    const storageKey = `vendors/${vendorId}/${id}`;
    let stored = false;
    try {
      const { document, replaced } = await this.dataSource.transaction(async (transaction) => {
        // Locks the vendor row: concurrent uploads take turns, so the caps hold.
        const vendor = await this.vendors.owned(actor, vendorId, transaction);
        assertEditable(vendor);
        const { file, contentType } = checkedFile(upload);
        const replacedDocument = replaces
          ? await this.replaceable(transaction, vendor.id, replaces)
          : undefined;
        await this.assertRoomFor(transaction, vendor.id, type, replacedDocument);

        await this.storage.put(storageKey, file.buffer);
        stored = true;
        const saved = await transaction.getRepository(VendorDocument).save({
          id,
          vendorId: vendor.id,
          type,
          originalName: file.originalname.slice(0, 255),
          contentType,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          storageKey,
          uploadedBy: actor.id,
        });
        if (replacedDocument) await transaction.delete(VendorDocument, { id: replacedDocument.id });
        await this.auditUpload(transaction, actor, vendor, saved, replacedDocument);
        return { document: saved, replaced: replacedDocument };
      });
      if (replaced) await this.removeFile(replaced.storageKey);
      return toDocumentResponse(document);
    } catch (error) {
      // No file without its row: remove what was stored before reporting the failure.
      if (stored) await this.storage.delete(storageKey);
      throw error;
    }
  }

  async list(actor: AuthenticatedUser, vendorId: string): Promise<DocumentResponse[]> {
    await this.vendors.readable(actor, vendorId);
    const documents = await this.dataSource
      .getRepository(VendorDocument)
      .find({ where: { vendorId }, order: { createdAt: 'ASC' } });
    return documents.map(toDocumentResponse);
  }

  /** The file with the name to download it under: safe, and with its detected type's extension. */
  async content(
    actor: AuthenticatedUser,
    vendorId: string,
    documentId: string,
  ): Promise<{ document: DocumentResponse; fileName: string; content: Buffer }> {
    await this.vendors.readable(actor, vendorId);
    const document = await this.dataSource
      .getRepository(VendorDocument)
      .findOneBy({ id: documentId, vendorId });
    if (!document)
      throw new DomainError(HttpStatus.NOT_FOUND, 'document-not-found', { id: documentId });
    return {
      document: toDocumentResponse(document),
      fileName: downloadFileName(document.originalName, document.contentType, document.type),
      content: await this.storage.get(document.storageKey),
    };
  }

  /** The vendor's document that an upload is to replace (404 when the vendor has no such one). */
  private async replaceable(
    transaction: EntityManager,
    vendorId: string,
    documentId: string,
  ): Promise<VendorDocument> {
    const document = isUuid(documentId)
      ? await transaction.getRepository(VendorDocument).findOneBy({ id: documentId, vendorId })
      : null;
    if (!document)
      throw new DomainError(HttpStatus.NOT_FOUND, 'document-not-found', { id: documentId });
    return document;
  }

  /** Refuses an upload that would take the vendor over a cap, counting a replaced document out. */
  private async assertRoomFor(
    transaction: EntityManager,
    vendorId: string,
    type: DocumentType,
    replaced: VendorDocument | undefined,
  ): Promise<void> {
    const held = await transaction.getRepository(VendorDocument).find({
      where: { vendorId },
      select: { id: true, type: true },
    });
    const kept = held.filter((document) => document.id !== replaced?.id);
    if (kept.filter((document) => document.type === type).length >= MAX_DOCUMENTS_PER_TYPE)
      throw new ConflictError('too-many-documents-of-type', { type, max: MAX_DOCUMENTS_PER_TYPE });
    if (kept.length >= MAX_DOCUMENTS_PER_VENDOR)
      throw new ConflictError('too-many-documents', { max: MAX_DOCUMENTS_PER_VENDOR });
  }

  /** Who uploaded what, when, in which status: the document's metadata, never its content. */
  private async auditUpload(
    transaction: EntityManager,
    actor: AuthenticatedUser,
    vendor: Vendor,
    document: VendorDocument,
    replaced: VendorDocument | undefined,
  ): Promise<void> {
    await transaction.insert(VendorAuditEntry, {
      vendorId: vendor.id,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'documentUploaded',
      fromStatus: vendor.status,
      toStatus: vendor.status,
      reason: null,
      note: null,
      details: {
        documentId: document.id,
        documentType: document.type,
        contentType: document.contentType,
        sizeBytes: document.sizeBytes,
        sha256: document.sha256,
        replacedDocumentId: replaced?.id ?? null,
      },
    });
  }

  /** After commit: a file left behind here is only wasted space, so a failure is logged, not thrown. */
  private async removeFile(storageKey: string): Promise<void> {
    try {
      await this.storage.delete(storageKey);
    } catch (error) {
      this.logger.warn({ err: error, storageKey }, 'Could not remove a replaced document file');
    }
  }
}
