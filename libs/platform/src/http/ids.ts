/**
 * True for a UUID in its usual text form. Ids in URLs are checked with this before they reach a
 * query, so a malformed id is a plain 404 instead of a PostgreSQL cast error.
 */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
