import { HttpStatus, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/**
 * True for a UUID in its usual text form. Ids in URLs are checked with this before they reach a
 * query, so a malformed id is a plain 404 instead of a PostgreSQL cast error.
 */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Path parameters that hold ids by this API's naming convention: `:id`, `:vendorId`, ... */
const ID_PARAMETER = /^(?:id|[a-z][A-Za-z0-9]*Id)$/;

/**
 * Global pipe: a path parameter named like an id must be a UUID, else the answer is 404
 * `invalid-id` naming the parameter, the same for every route, before any service or query runs.
 * Like Nest's ParseUUIDPipe, but it needs no per-route wiring and answers the localized problem.
 */
export class UuidPathParametersPipe implements PipeTransform<unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const name = metadata.data;
    if (
      metadata.type === 'param' &&
      typeof name === 'string' &&
      ID_PARAMETER.test(name) &&
      typeof value === 'string' &&
      !isUuid(value)
    ) {
      throw new DomainError(HttpStatus.NOT_FOUND, 'invalid-id', { parameter: name }, [
        { field: name, code: 'isUuid' },
      ]);
    }
    return value;
  }
}
