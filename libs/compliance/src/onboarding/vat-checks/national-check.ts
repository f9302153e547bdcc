import { isCalendarDate } from '../../validation/is-calendar-date';
import type { IdentifierCheck } from '../identifier-check';

/**
 * The check of one member state's number, given without its prefix, in upper case and without
 * spaces, dots or dashes. A valid result carries the number as it is written after the prefix.
 */
export type NationalCheck = (number: string) => IdentifierCheck;

export const accepted = (normalized: string): IdentifierCheck => ({ valid: true, normalized });
export const WRONG_FORMAT: IdentifierCheck = { valid: false, problem: 'identifierFormat' };
export const WRONG_CHECK_DIGIT: IdentifierCheck = { valid: false, problem: 'identifierChecksum' };

export const isDigits = (value: string) => /^\d+$/.test(value);

/** Sum of each digit of `digits` times the weight at the same position. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, position) => sum + weight * Number(digits[position]), 0);
}

/** The remainder of `dividend` by `divisor` taken non-negative, as the published algorithms mean it. */
export const modulo = (dividend: number, divisor: number) =>
  ((dividend % divisor) + divisor) % divisor;

/** True when year, month and day name a day of the Gregorian calendar (so 30 February is not). */
export function isExistingDay(year: number, month: number, day: number): boolean {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return isCalendarDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}
