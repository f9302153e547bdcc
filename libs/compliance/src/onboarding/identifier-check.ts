/** Why an identifier was refused; each is a message key of the validation namespace. */
export type IdentifierProblem =
  | 'vatIdPrefix'
  | 'identifierFormat'
  | 'identifierChecksum'
  /** A register number that is unique only with its registration court, given without one. */
  | 'registerCourt';

export type IdentifierCheck =
  { valid: true; normalized: string } | { valid: false; problem: IdentifierProblem };

export interface StdnumValidator {
  validate(value: string): { isValid: boolean; compact?: string; error?: Error };
}

/** Identifier rule: a description of the format for people, an example, and the check itself. */
export interface IdentifierRule {
  format: string;
  example: string;
  check(value: string): IdentifierCheck;
}

export const clean = (value: string) => value.trim().toUpperCase();

export function fromStdnum(
  validator: StdnumValidator,
  normalize: (compact: string) => string = (c) => c,
) {
  return (value: string): IdentifierCheck => {
    const result = validator.validate(clean(value));
    if (result.isValid && result.compact)
      return { valid: true, normalized: normalize(result.compact) };
    return {
      valid: false,
      problem: result.error?.name === 'InvalidChecksum' ? 'identifierChecksum' : 'identifierFormat',
    };
  };
}

export function fromPattern(pattern: RegExp) {
  return (value: string): IdentifierCheck => {
    const normalized = clean(value).replace(/\s+/g, ' ');
    return pattern.test(normalized)
      ? { valid: true, normalized }
      : { valid: false, problem: 'identifierFormat' };
  };
}

export function firstValid(...checks: Array<(value: string) => IdentifierCheck>) {
  return (value: string): IdentifierCheck => {
    const results = checks.map((check) => check(value));
    return (
      results.find((r) => r.valid) ??
      results.find((r) => !r.valid && r.problem === 'identifierChecksum') ??
      results[0]
    );
  };
}
