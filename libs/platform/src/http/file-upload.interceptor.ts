import {
  Injectable,
  mixin,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import type { DomainError } from '../errors/domain-error';

export interface FileUploadOptions {
  /** Largest accepted file; multer stops reading past it, so a huge upload costs little. */
  maxBytes: number;
  /** The localized problem that tells the client the limit. */
  tooLarge: () => DomainError;
}

/**
 * An interceptor that reads one multipart `file` part into memory and answers a file over
 * `maxBytes` with the caller's problem instead of multer's bare 413.
 */
export function FileUploadInterceptor(options: FileUploadOptions): Type<NestInterceptor> {
  const MulterFileInterceptor = FileInterceptor('file', {
    limits: { fileSize: options.maxBytes, files: 1, fields: 5 },
    // Browsers send the file name as raw UTF-8 (WHATWG HTML, multipart/form-data encoding);
    // multer's default, latin1, would store "Müller" as "MÃ¼ller".
    defParamCharset: 'utf8',
  });

  @Injectable()
  class SingleFileInterceptor implements NestInterceptor {
    private readonly multer = new MulterFileInterceptor();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.multer.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) throw options.tooLarge();
        throw error;
      }
    }
  }
  return mixin(SingleFileInterceptor);
}
