import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import type { MessageVariables } from '../i18n/i18n.service';
import type { FieldError } from './domain-error';

/**
 * Names of the arguments of class-validator's built-in constraints, so that a message such as
 * "must be at least {{min}} characters long" can be filled in every language.
 */
const CONSTRAINT_ARGUMENT_NAMES: Record<string, readonly string[]> = {
  minLength: ['min'],
  maxLength: ['max'],
  min: ['min'],
  max: ['max'],
  isIn: ['values'],
  isEnum: ['values'],
  arrayMinSize: ['min'],
  arrayMaxSize: ['max'],
};

function constraintVariables(error: ValidationError, constraint: string): MessageVariables {
  const names = CONSTRAINT_ARGUMENT_NAMES[constraint];
  const target = error.target?.constructor;
  if (!names || !target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  const args = (metadata?.constraints ?? []) as unknown[];
  return Object.fromEntries(
    names.map((name, i) => {
      const value = constraint === 'isEnum' ? Object.values(args[i] as object) : args[i];
      return [name, Array.isArray(value) ? value.join(', ') : String(value)];
    }),
  );
}

/** Flattens class-validator's tree of errors into one entry per field and broken rule. */
export function toFieldErrors(errors: readonly ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((code) => ({
      field,
      code,
      variables: constraintVariables(error, code),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/**
 * Validates the values of a JSON object whose keys are data (languages, markets): each key must
 * pass `isKey`, and each value is validated as an instance of `type`.
 */
export function validateRecord<T extends object>(
  record: Record<string, unknown> | undefined,
  field: string,
  isKey: (key: string) => boolean,
  type: new () => T,
  keyError: FieldError,
): FieldError[] {
  if (record === undefined) return [];
  return Object.entries(record).flatMap(([key, value]) => {
    if (!isKey(key)) return [{ ...keyError, field: `${field}.${key}` }];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return [{ field: `${field}.${key}`, code: 'isObject' }];
    }
    const instance = plainToInstance(type, value);
    return toFieldErrors(
      validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }),
      `${field}.${key}`,
    );
  });
}
