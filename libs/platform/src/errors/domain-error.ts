import { HttpStatus } from '@nestjs/common';
import type { MessageVariables } from '../i18n/i18n.service';

/** One invalid input field: `field` is a dotted path, `code` a key of the validation namespace. */
export interface FieldError {
  field: string;
  code: string;
  variables?: MessageVariables;
}

/**
 * An expected failure with a stable code. The code names the problem type and the message keys
 * (`errors:<code>.title` and `errors:<code>.detail`); the filter turns it into problem+json in the
 * caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    readonly variables: MessageVariables = {},
    readonly fieldErrors: readonly FieldError[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export class ValidationFailedError extends DomainError {
  constructor(fieldErrors: readonly FieldError[]) {
    super(HttpStatus.BAD_REQUEST, 'validation-failed', {}, fieldErrors);
  }

  static of(field: string, code: string, variables?: MessageVariables): ValidationFailedError {
    return new ValidationFailedError([{ field, code, variables }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, variables: MessageVariables = {}) {
    super(HttpStatus.NOT_FOUND, code, variables);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, variables: MessageVariables = {}) {
    super(HttpStatus.CONFLICT, code, variables);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(code = 'unauthorized') {
    super(HttpStatus.UNAUTHORIZED, code, {}, [], { 'WWW-Authenticate': 'Bearer' });
  }
}

export class ForbiddenError extends DomainError {
  constructor(code = 'forbidden') {
    super(HttpStatus.FORBIDDEN, code);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(code: string, retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, code, { seconds: retryAfterSeconds }, [], {
      'Retry-After': String(retryAfterSeconds),
    });
  }
}
