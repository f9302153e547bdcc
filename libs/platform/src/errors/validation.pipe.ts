import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from './domain-error';
import { toFieldErrors } from './validation-errors';

/**
 * Validates every DTO: unknown properties are rejected, not silently dropped, so a client learns
 * of a misspelt field; failures become a localized validation problem.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });
}
