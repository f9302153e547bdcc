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
import { MAX_DOCUMENT_BYTES } from './document-content';

const MulterFileInterceptor = FileInterceptor('file', {
  limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 },
  // Browsers send the file name as raw UTF-8 (WHATWG HTML, multipart/form-data encoding);
  // multer's default, latin1, would store "Müller" as "MÃ¼ller".
  defParamCharset: 'utf8',
});

/** Reads one `file` part into memory, refusing files over the limit with a clear problem. */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer = new MulterFileInterceptor();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'file-too-large', {
          maxMegabytes: MAX_DOCUMENT_BYTES / 1024 / 1024,
        });
      }
      throw error;
    }
  }
}
