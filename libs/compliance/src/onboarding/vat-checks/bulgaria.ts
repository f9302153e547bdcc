import type { IdentifierCheck } from '../identifier-check';
import {
  accepted,
  isDigits,
  isExistingDay,
  weightedSum,
  WRONG_CHECK_DIGIT,
  WRONG_FORMAT,
} from './national-check';

/**
 * The check digit of both ЕИК forms: the weighted sum mod 11, and when that gives 10, the sum
 * with the second weights mod 11, where 10 counts as 0.
 */
function uicCheckDigit(digits: string, weights: number[], weightsAfterTen: number[]): number {
  const first = weightedSum(digits, weights) % 11;
  if (first !== 10) return first;
  return (weightedSum(digits, weightsAfterTen) % 11) % 10;
}

/**
 * Check digit of a 9-digit ЕИК (UIC, the company number) from its first 8 digits: weights 1..8
 * mod 11, and when that gives 10, weights 3..10 mod 11, where 10 counts as 0.
 * Source: python-stdnum 2.2 bg.vat `calc_check_digit_legal`; the same algorithm is published
 * for BULSTAT numbers (github.com/petarov/bulgarian-control-numbers, src/bulstat.js).
 */
function legalEntityCheckDigit(firstEight: string): number {
  return uicCheckDigit(firstEight, [1, 2, 3, 4, 5, 6, 7, 8], [3, 4, 5, 6, 7, 8, 9, 10]);
}

/**
 * Check digit of a 13-digit ЕИК (the UIC of a branch: the 9-digit UIC of the company, 3 digits
 * for the branch and a check digit) over its digits 9 to 12: weights 2, 7, 3, 5 mod 11, and when
 * that gives 10, weights 4, 9, 5, 7 mod 11, where 10 counts as 0.
 * Source: github.com/petarov/bulgarian-control-numbers src/bulstat.js (after bsv-bg.com,
 * "Контролни цифри ползвани в България"); python-stdnum has no module for 13-digit UICs.
 */
function branchCheckDigit(ninthToTwelfth: string): number {
  return uicCheckDigit(ninthToTwelfth, [2, 7, 3, 5], [4, 9, 5, 7]);
}

/**
 * ЕГН (EGN, personal number of a Bulgarian citizen): yymmdd birth date, where 20 is added to the
 * month for births in the 1800s and 40 for the 2000s, then weights 2,4,8,5,10,9,7,3,6 mod 11,
 * where 10 counts as 0. Source: python-stdnum 2.2 bg.egn.
 */
function isValidEgn(number: string): boolean {
  const encodedMonth = Number(number.slice(2, 4));
  const monthOffset = encodedMonth > 40 ? 40 : encodedMonth > 20 ? 20 : 0;
  const century = { 0: 1900, 20: 1800, 40: 2000 }[monthOffset];
  const year = century + Number(number.slice(0, 2));
  if (!isExistingDay(year, encodedMonth - monthOffset, Number(number.slice(4, 6)))) return false;
  const check = (weightedSum(number, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10;
  return String(check) === number[9];
}

/**
 * ЛНЧ (PNF, personal number of a foreigner): weights 21,19,17,13,11,9,7,3,1 mod 10.
 * Source: python-stdnum 2.2 bg.pnf.
 */
function isValidPnf(number: string): boolean {
  const check = weightedSum(number, [21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10;
  return String(check) === number[9];
}

/**
 * 10-digit VAT numbers of others (neither EGN nor PNF): weights 4,3,2,7,6,5,4,3,2, check digit
 * (11 - sum) mod 11, and a result of 10 is no valid check digit. Source: python-stdnum 2.2 bg.vat
 * `calc_check_digit_other`.
 */
function isValidOtherTenDigit(number: string): boolean {
  const check = (11 - (weightedSum(number, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return String(check) === number[9];
}

/**
 * ИН по ДДС (Bulgarian VAT number): the 9-digit UIC of a legal entity, or a 10-digit number of
 * a person (EGN), a foreigner (PNF) or another taxable person. The first digit is not restricted:
 * current company numbers start with 8 (e.g. 831919536). Source: python-stdnum 2.2 bg.vat and
 * its tests (tests/test_bg_vat.doctest).
 */
export function checkBulgarianVatNumber(number: string): IdentifierCheck {
  if (!isDigits(number)) return WRONG_FORMAT;
  if (number.length === 9) return checkBulgarianUic(number);
  if (number.length !== 10) return WRONG_FORMAT;
  return isValidEgn(number) || isValidPnf(number) || isValidOtherTenDigit(number)
    ? accepted(number)
    : WRONG_CHECK_DIGIT;
}

/**
 * ЕИК (UIC, the Bulgarian business register number, also BULSTAT): 9 digits for a company, 13
 * for its branch (the company's 9 digits, 3 branch digits and a check digit). Both check digits
 * of a 13-digit UIC are verified. Spaces, dots and dashes are ignored; the normal form has none.
 */
export function checkBulgarianUic(value: string): IdentifierCheck {
  const number = value.trim().replace(/[\s.-]/g, '');
  if (!isDigits(number) || (number.length !== 9 && number.length !== 13)) return WRONG_FORMAT;
  if (String(legalEntityCheckDigit(number.slice(0, 8))) !== number[8]) return WRONG_CHECK_DIGIT;
  if (number.length === 13 && String(branchCheckDigit(number.slice(8, 12))) !== number[12]) {
    return WRONG_CHECK_DIGIT;
  }
  return accepted(number);
}
