import { DomainError, FileUploadInterceptor } from '@app/platform';
import { HttpStatus } from '@nestjs/common';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from './offer-import-csv';

/** Reads an offer import file into memory, refusing one over the cap before it is all read. */
export const OfferImportUploadInterceptor = FileUploadInterceptor({
  maxBytes: MAX_IMPORT_BYTES,
  tooLarge: () =>
    new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'offer-import-too-large', {
      maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
      maxLines: MAX_IMPORT_LINES,
    }),
});
