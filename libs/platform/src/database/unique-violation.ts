import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/** Whether a write failed on a unique constraint, or on the one named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const cause = error.driverError as { code?: string; constraint?: string };
  return (
    cause.code === UNIQUE_VIOLATION && (constraint === undefined || cause.constraint === constraint)
  );
}
