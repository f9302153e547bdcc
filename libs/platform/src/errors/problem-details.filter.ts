import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { I18nService, type MessageVariables } from '../i18n/i18n.service';
import { localeOf } from '../i18n/request-locale.decorator';
import { DomainError } from './domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem document with this API's extension members `code`, `requestId`, `errors`. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId?: string;
  errors?: Array<{ field: string; code: string; message: string }>;
}

/** Codes for HTTP errors that Nest or Express raise themselves (unknown route and the like). */
const CODE_BY_STATUS: Partial<Record<number, string>> = {
  [HttpStatus.NOT_FOUND]: 'route-not-found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'method-not-allowed',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload-too-large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported-media-type',
  [HttpStatus.BAD_REQUEST]: 'bad-request',
  [HttpStatus.UNAUTHORIZED]: 'unauthorized',
  [HttpStatus.FORBIDDEN]: 'forbidden',
};

type RequestWithId = Request & { id?: string | number };

/**
 * The one place where failures become HTTP responses: every error leaves as localized
 * problem+json, and an unexpected one is logged with the request id and answered without
 * internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly i18n: I18nService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<RequestWithId>();
    const response = context.getResponse<Response>();
    const requestId = request.id === undefined ? undefined : String(request.id);
    const error = this.toDomainError(exception, request, requestId);

    const locale = localeOf(request);
    const problem: ProblemDocument = {
      type: `/problems/${error.code}`,
      title: this.i18n.translate(locale, `errors:${error.code}.title`, error.variables),
      status: error.status,
      detail: this.i18n.translate(locale, `errors:${error.code}.detail`, error.variables),
      instance: request.originalUrl.split('?')[0],
      code: error.code,
      requestId,
    };
    if (error.fieldErrors.length > 0) {
      problem.errors = error.fieldErrors.map((fieldError) => ({
        field: fieldError.field,
        code: fieldError.code,
        message: this.i18n.fieldMessage(locale, fieldError),
      }));
    }
    if (response.headersSent) return;
    response
      .status(error.status)
      .set({ ...error.headers, 'Content-Language': locale, 'Content-Type': PROBLEM_CONTENT_TYPE })
      .send(JSON.stringify(problem));
  }

  private toDomainError(exception: unknown, request: Request, requestId?: string): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status];
      if (code) {
        const variables: MessageVariables = { method: request.method, path: request.path };
        return new DomainError(status, code, variables, [], {});
      }
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    return new DomainError(HttpStatus.INTERNAL_SERVER_ERROR, 'internal-error', {
      requestId: requestId ?? '-',
    });
  }
}
