import type { IdentifierCheck } from '../identifier-check';
import {
  accepted,
  isDigits,
  isExistingDay,
  modulo,
  weightedSum,
  WRONG_CHECK_DIGIT,
  WRONG_FORMAT,
} from './national-check';

/**
 * Rodné číslo (birth number), shared by Czechia and Slovakia: yymmdd, where women have 50 added
 * to the month and 20 is added when a day's serials run out (since 2004), then a serial. Numbers
 * issued before 1954 have 9 digits and no check digit; later ones have 10 digits and are
 * divisible by 11, except that a remainder of 10 was written as check digit 0, also after 1985
 * (8801251680). Source: python-stdnum 2.2 cz.rc (sk.rc is the same module), fixed there in
 * 2025 after python-stdnum issue #468, and tests/test_cz_rc.doctest.
 */
function checkBirthNumber(number: string): IdentifierCheck {
  if (!isDigits(number) || (number.length !== 9 && number.length !== 10)) return WRONG_FORMAT;
  let year = 1900 + Number(number.slice(0, 2));
  if (number.length === 9) {
    if (year >= 1980) year -= 100;
    if (year > 1953) return WRONG_FORMAT;
  } else if (year < 1954) {
    year += 100;
  }
  const month = (Number(number.slice(2, 4)) % 50) % 20;
  if (!isExistingDay(year, month, Number(number.slice(4, 6)))) return WRONG_FORMAT;
  if (number.length === 10 && String((Number(number.slice(0, 9)) % 11) % 10) !== number[9]) {
    return WRONG_CHECK_DIGIT;
  }
  return accepted(number);
}

/**
 * IČO (Czech and Slovak company number), 8 digits: weights 8..2, check (11 - sum) mod 11 where 0
 * counts as 1 and 10 as 0. Source: python-stdnum 2.2 cz.ico (which sk.ico reuses).
 */
export function checkCzechoslovakIco(number: string): IdentifierCheck {
  if (!/^\d{8}$/.test(number)) return WRONG_FORMAT;
  const check = modulo(11 - weightedSum(number, [8, 7, 6, 5, 4, 3, 2]), 11);
  return String((check === 0 ? 1 : check) % 10) === number[7]
    ? accepted(number)
    : WRONG_CHECK_DIGIT;
}

/**
 * DIČ (Czech VAT number): 8 digits for a legal entity (never starting with 9; weights 8..2,
 * check (11 - sum) mod 11 where 0 counts as 1 and 10 as 0), 9 digits starting with 6 for an
 * individual without a birth number (weights 8..2 over digits 2 to 8), or the birth number of
 * an individual, which people write with a slash after the date (710319/2745): it is accepted
 * and written without it. Source: python-stdnum 2.2 cz.dic (the 9-digit special case was fixed
 * there in 2017, python-stdnum issue #51) and tests/test_eu_vat.doctest.
 */
export function checkCzechDic(value: string): IdentifierCheck {
  const number = /^\d{6}\/\d{3,4}$/.test(value) ? value.replace('/', '') : value;
  if (!isDigits(number)) return WRONG_FORMAT;
  if (number.length === 8)
    return number.startsWith('9') ? WRONG_FORMAT : checkCzechoslovakIco(number);
  if (number.length === 9 && number.startsWith('6')) {
    const remainder = weightedSum(number.slice(1), [8, 7, 6, 5, 4, 3, 2]) % 11;
    const check = modulo(8 - ((10 - remainder) % 11), 10);
    return String(check) === number[8] ? accepted(number) : WRONG_CHECK_DIGIT;
  }
  return checkBirthNumber(number);
}

/**
 * IČ DPH (Slovak VAT number): 10 digits, the first not 0 and the third one of 2, 3, 4, 7, 8, 9,
 * the whole number divisible by 11; a birth number is accepted too. Source: python-stdnum 2.2
 * sk.dph (the third digit, not the first, is restricted: SK1078449064 was found online).
 */
export function checkSlovakIcDph(number: string): IdentifierCheck {
  if (!isDigits(number) || number.length !== 10) return WRONG_FORMAT;
  if (checkBirthNumber(number).valid) return accepted(number);
  if (number.startsWith('0') || !'234789'.includes(number[2])) return WRONG_FORMAT;
  return Number(number) % 11 === 0 ? accepted(number) : WRONG_CHECK_DIGIT;
}
