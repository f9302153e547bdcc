import {
  DOCUMENT_STORAGE,
  DomainError,
  isUuid,
  type AuthenticatedUser,
  type DocumentStorage,
} from '@app/platform';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { MAX_DOCUMENT_BYTES, detectDocumentType } from './document-content';
import { VendorDocument } from './vendor-document.entity';
import { assertEditable } from './vendor-lifecycle';
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

/** Verification documents: stored through the storage port, readable by their vendor and admins. */
@Injectable()
export class VendorDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async upload(
    actor: AuthenticatedUser,
    vendorId: string,
    type: DocumentType,
    file: UploadedFile | undefined,
  ): Promise<DocumentResponse> {
    const vendor = await this.vendors.owned(actor, vendorId);
    assertEditable(vendor);
    if (!file || file.size === 0) throw new DomainError(HttpStatus.BAD_REQUEST, 'file-missing');
    if (file.size > MAX_DOCUMENT_BYTES) {
      throw new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'file-too-large', {
        maxMegabytes: MAX_DOCUMENT_BYTES / 1024 / 1024,
      });
    }
    const detected = detectDocumentType(file.buffer);
    if (!detected)
      throw new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-document-type');

    const id = randomUUID();
    const storageKey = `vendors/${vendor.id}/${id}`;
    await this.storage.put(storageKey, file.buffer);
    try {
      const document = await this.dataSource.getRepository(VendorDocument).save({
        id,
        vendorId: vendor.id,
        type,
        originalName: file.originalname.slice(0, 255),
        contentType: detected.contentType,
        sizeBytes: file.size,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        storageKey,
        uploadedBy: actor.id,
      });
      return toDocumentResponse(document);
    } catch (error) {
      // No file without its row: remove what was stored before reporting the failure.
      await this.storage.delete(storageKey);
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

  async content(
    actor: AuthenticatedUser,
    vendorId: string,
    documentId: string,
  ): Promise<{ document: DocumentResponse; content: Buffer }> {
    await this.vendors.readable(actor, vendorId);
    const document = isUuid(documentId)
      ? await this.dataSource.getRepository(VendorDocument).findOneBy({ id: documentId, vendorId })
      : null;
    if (!document)
      throw new DomainError(HttpStatus.NOT_FOUND, 'document-not-found', { id: documentId });
    return {
      document: toDocumentResponse(document),
      content: await this.storage.get(document.storageKey),
    };
  }
}
