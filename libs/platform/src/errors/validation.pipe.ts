import { ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { ValidationFailedError } from './domain-error';
import { toFieldErrors } from './validation-errors';

/**
 * How every request DTO is validated: unknown properties are rejected, not silently dropped, so
 * a client learns of a misspelt field. The target is kept because the localized messages read
 * the constraint arguments from it; the value is left out so no input is echoed in an error.
 */
export const REQUEST_VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: true, value: false },
} as const satisfies ValidatorOptions;

/** Validates every DTO with REQUEST_VALIDATOR_OPTIONS; failures become a localized validation problem. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...REQUEST_VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });
}
