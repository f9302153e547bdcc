import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is refused). Year 0000 is
 * refused too: JavaScript accepts it, but PostgreSQL's date type has no year zero.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(?!0000)\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: isCalendarDate },
    });
}
