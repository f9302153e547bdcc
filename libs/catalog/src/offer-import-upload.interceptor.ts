import { DomainError } from '@app/platform';
import {
  HttpStatus,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from './offer-import-csv';

const MulterFileInterceptor = FileInterceptor('file', {
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 },
  // Browsers send the file name as raw UTF-8 (WHATWG HTML, multipart/form-data encoding).
  defParamCharset: 'utf8',
});

/** Reads the `file` part into memory, refusing one over the cap before it is all read. */
@Injectable()
export class OfferImportUploadInterceptor implements NestInterceptor {
  private readonly multer = new MulterFileInterceptor();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'offer-import-too-large', {
          maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
          maxLines: MAX_IMPORT_LINES,
        });
      }
      throw error;
    }
  }
}
