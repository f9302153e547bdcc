import { DomainError, FileUploadInterceptor } from '@app/platform';
import { HttpStatus } from '@nestjs/common';
import { MAX_DOCUMENT_BYTES } from './document-content';

/** Reads one vendor document into memory, refusing files over the limit with a clear problem. */
export const DocumentUploadInterceptor = FileUploadInterceptor({
  maxBytes: MAX_DOCUMENT_BYTES,
  tooLarge: () =>
    new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'file-too-large', {
      maxMegabytes: MAX_DOCUMENT_BYTES / 1024 / 1024,
    }),
});
