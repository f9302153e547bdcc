import type { IdentifierCheck } from '../identifier-check';
import {
  accepted,
  isDigits,
  isExistingDay,
  weightedSum,
  WRONG_CHECK_DIGIT,
  WRONG_FORMAT,
} from './national-check';

/** Check digit of a personal code (personas kods) from its first 10 digits. */
function personalCodeCheckDigit(firstTen: string): string {
  return String(((1 + weightedSum(firstTen, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11) % 10);
}

/**
 * PVN (Latvian VAT number), 11 digits: a legal entity's registration number when the first digit
 * is above 3 (weights 9,1,4,8,3,10,2,5,7,6,1, sum mod 11 = 3), otherwise a person's code: since
 * July 2017 codes start with 32 and carry no birth date, older ones start with the birth date
 * ddmmyy and a century digit (0 = 1800s, 1 = 1900s, 2 = 2000s). Source: python-stdnum 2.2
 * lv.pvn (new codes supported since its 2026-01-03 change; docstring vector 32867300679).
 */
export function checkLatvianPvn(number: string): IdentifierCheck {
  if (!isDigits(number) || number.length !== 11) return WRONG_FORMAT;
  if (number[0] > '3') {
    const remainder = weightedSum(number, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11;
    return remainder === 3 ? accepted(number) : WRONG_CHECK_DIGIT;
  }
  if (!number.startsWith('32')) {
    const year = 1800 + 100 * Number(number[6]) + Number(number.slice(4, 6));
    const [month, day] = [Number(number.slice(2, 4)), Number(number.slice(0, 2))];
    if (!isExistingDay(year, month, day)) return WRONG_FORMAT;
  }
  return personalCodeCheckDigit(number) === number[10] ? accepted(number) : WRONG_CHECK_DIGIT;
}
