import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidGtin } from './gtin';

export function IsGtin(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isGtin',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidGtin(value) },
    });
}
