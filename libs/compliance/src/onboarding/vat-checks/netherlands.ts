import type { IdentifierCheck } from '../identifier-check';
import { accepted, weightedSum, WRONG_CHECK_DIGIT, WRONG_FORMAT } from './national-check';

/** The "elfproef" of an RSIN or BSN: weights 9..2 and -1, the sum divisible by 11. */
function passesElevenTest(nineDigits: string): boolean {
  return weightedSum(nineDigits, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0;
}

/** ISO 7064 MOD 97-10 over the whole identifier, letters counting A = 10 … Z = 35. */
function passesMod97(identifier: string): boolean {
  const digits = [...identifier].map((character) => parseInt(character, 36)).join('');
  return [...digits].reduce((remainder, digit) => (remainder * 10 + Number(digit)) % 97, 0) === 1;
}

/**
 * Btw-identificatienummer (Dutch VAT number): 9 digits, B and a 2-digit company suffix from 01
 * to 99 (B00 is never issued). The 9 digits are an RSIN or BSN passing the eleven test, or, for
 * sole traders since 2020-01-01, the whole number NL + digits + B + suffix passes ISO 7064
 * MOD 97-10 (the btw-id no longer carries the BSN). Leading zeros people leave out are put back.
 * Source: python-stdnum 2.2 nl.btw (docstring vectors NL4495445B01, NL002455799B11).
 */
export function checkDutchBtw(number: string): IdentifierCheck {
  const parts = /^(\d{1,9})B(\d{2})$/.exec(number);
  if (!parts) return WRONG_FORMAT;
  const [digits, suffix] = [parts[1].padStart(9, '0'), parts[2]];
  if (Number(digits) === 0 || suffix === '00') return WRONG_FORMAT;
  const normalized = `${digits}B${suffix}`;
  return passesElevenTest(digits) || passesMod97(`NL${normalized}`)
    ? accepted(normalized)
    : WRONG_CHECK_DIGIT;
}
