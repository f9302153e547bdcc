import {
  REQUEST_VALIDATOR_OPTIONS,
  toFieldErrors,
  ValidationFailedError,
  type FieldError,
} from '@app/platform';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

export interface ReadInput<T> {
  /** The body transformed into the DTO; values of `malformed` fields are not to be used. */
  input: T;
  /** Shape errors, as the global ValidationPipe would report them. */
  problems: FieldError[];
  /** Top-level fields with a shape error (or unknown ones): country rules skip them. */
  malformed: ReadonlySet<string>;
}

/**
 * Reads a request body into `type` with the global ValidationPipe's rules
 * (REQUEST_VALIDATOR_OPTIONS), but returns the shape errors of an object instead of throwing them,
 * so that the caller can add the country's rules for the fields that are well shaped and answer
 * every problem in one response.
 */
export function readInput<T extends object>(type: new () => T, body: unknown): ReadInput<T> {
  // Not an object: there are no fields to check against any rule.
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body)))
    throw ValidationFailedError.of('body', 'unknownValue');
  const input = plainToInstance(type, body ?? {});
  const errors = validateSync(input, REQUEST_VALIDATOR_OPTIONS);
  const problems = toFieldErrors(errors);
  return { input, problems, malformed: new Set(errors.map((error) => error.property)) };
}

/** The entries of `input` whose field is well shaped. */
export function wellShaped<T extends object>(input: T, malformed: ReadonlySet<string>): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([field]) => !malformed.has(field)),
  ) as Partial<T>;
}
