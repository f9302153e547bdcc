import { isUuid } from '@app/platform';
import { randomBytes } from 'node:crypto';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The public reference of a notice, `N-` and 12 upper-case hexadecimal digits. It is the only
 * handle the notifier gets (the acknowledgement of DSA Art. 16(4)), so staff are asked about a
 * notice by it as often as by its id, and people retype it in any case.
 */
const NOTICE_REFERENCE = /^N-[0-9A-F]{12}$/i;

export function newNoticeReference(): string {
  return `N-${randomBytes(6).toString('hex').toUpperCase()}`;
}

/** The reference as stored (upper case), or null when `value` is not a notice reference. */
export function noticeReferenceOf(value: string): string | null {
  const candidate = value.trim();
  return NOTICE_REFERENCE.test(candidate) ? candidate.toUpperCase() : null;
}

/** The condition that finds a notice named by its id or its reference; null when it is neither. */
export function noticeKeyOf(idOrReference: string): { id: string } | { reference: string } | null {
  if (isUuid(idOrReference)) return { id: idOrReference };
  const reference = noticeReferenceOf(idOrReference);
  return reference ? { reference } : null;
}

/**
 * A body field that names a notice by its id or its reference (field error `noticeIdOrReference`).
 * Pair it with `@Transform(toNoticeIdOrReference)` so that the service sees a reference as stored.
 */
export function IsNoticeIdOrReference(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'noticeIdOrReference',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && noticeKeyOf(value) !== null,
      },
    });
}

/** Transform of such a field: a reference in any case becomes the stored one. */
export function toNoticeIdOrReference({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? (noticeReferenceOf(value) ?? value) : value;
}
