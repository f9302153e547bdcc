import type { IdentifierCheck } from '../identifier-check';
import { accepted, isDigits, weightedSum, WRONG_CHECK_DIGIT, WRONG_FORMAT } from './national-check';

/**
 * ID za DDV (Slovenian VAT number): 8 digits, the first not 0; the check digit is
 * 11 - (weights 8..2 mod 11), where 10 is written 0 and 11 cannot be written at all, so a number
 * whose weighted sum is divisible by 11 is never valid (stdnum 1.12 took it as check digit 1).
 * Source: python-stdnum 2.2 si.ddv `calc_check_digit`.
 */
export function checkSlovenianDdv(number: string): IdentifierCheck {
  if (!isDigits(number) || number.startsWith('0')) return WRONG_FORMAT;
  if (number.length !== 8) return WRONG_FORMAT;
  const check = 11 - (weightedSum(number, [8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) return WRONG_CHECK_DIGIT;
  return String(check % 10) === number[7] ? accepted(number) : WRONG_CHECK_DIGIT;
}
