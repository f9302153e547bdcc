import { HttpStatus, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/**
 * True for a UUID in its usual text form (RFC 9562 section 4, any version). Ids are checked with
 * this before they reach a query, so a malformed one never becomes a PostgreSQL cast error (a 500).
 */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Path parameters that hold ids by this API's naming convention: `:id`, `:vendorId`, ... */
const ID_PARAMETER = /^(?:id|[a-z][A-Za-z0-9]*Id)$/;

/**
 * Global pipe: a path parameter named like an id must be a UUID, else the answer is 400
 * `invalid-id` naming the parameter, the same for every route, before any service or query runs.
 * A malformed id is a request the client must fix, not a resource that happens to be missing: the
 * URL is refused as bad syntax (RFC 9110 section 15.5.1), where a well-formed but unknown id is
 * still the route's own 404. Like Nest's ParseUUIDPipe, which also answers 400, but it needs no
 * per-route wiring and answers the localized problem. Parameters named otherwise (`:country`,
 * a notice's `:reference` such as `N-...`) are left to their routes.
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
      throw new DomainError(HttpStatus.BAD_REQUEST, 'invalid-id', { parameter: name }, [
        { field: name, code: 'isUuid' },
      ]);
    }
    return value;
  }
}
