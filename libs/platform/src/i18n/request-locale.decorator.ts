import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { negotiateLocale } from './accept-language';
import type { Locale } from './locales';

export function localeOf(request: Request): Locale {
  return negotiateLocale(request.headers['accept-language']);
}

/** The locale negotiated from the request's Accept-Language header. */
export const RequestLocale = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Locale =>
    localeOf(context.switchToHttp().getRequest<Request>()),
);
