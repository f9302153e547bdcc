import { getMetadataStorage, type ValidationError } from 'class-validator';
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
