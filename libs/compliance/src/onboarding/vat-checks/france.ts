import { stdnum } from 'stdnum';
import type { IdentifierCheck } from '../identifier-check';
import { accepted, isDigits, WRONG_CHECK_DIGIT, WRONG_FORMAT } from './national-check';

/** Characters of the key of a new-style number: digits and letters without I and O. */
const KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Whether the two-character key fits the SIREN after it. The old numeric key is
 * (12 + 3 × (SIREN mod 97)) mod 97, i.e. (SIREN × 100 + 12) mod 97, so a key taken from another
 * company's number fails. New-style keys hold at least one letter and encode a mod 11 check.
 * Source: python-stdnum 2.2 fr.tva `validate` and its tests (tests/test_fr_tva.doctest).
 */
function keyFitsSiren(key: string, siren: string): boolean {
  const sirenNumber = Number(siren);
  if (isDigits(key)) return Number(key) === (12 + 3 * (sirenNumber % 97)) % 97;
  const [first, second] = [KEY_ALPHABET.indexOf(key[0]), KEY_ALPHABET.indexOf(key[1])];
  const keyValue = isDigits(key[0]) ? first * 24 + second - 10 : first * 34 + second - 100;
  return (sirenNumber + 1 + Math.floor(keyValue / 11)) % 11 === keyValue % 11;
}

/**
 * N° TVA intracommunautaire (French VAT number): a two-character key and the 9-digit SIREN of
 * the company, whose own Luhn check must hold too. Numbers of Monaco have 000 where the SIREN
 * starts and are no SIREN, so only their key is checked. Source: python-stdnum 2.2 fr.tva.
 */
export function checkFrenchTva(number: string): IdentifierCheck {
  if (number.length !== 11) return WRONG_FORMAT;
  const [key, siren] = [number.slice(0, 2), number.slice(2)];
  if (![...key].every((character) => KEY_ALPHABET.includes(character)) || !isDigits(siren)) {
    return WRONG_FORMAT;
  }
  if (!siren.startsWith('000') && !stdnum.FR.siren.validate(siren).isValid) {
    return WRONG_CHECK_DIGIT;
  }
  return keyFitsSiren(key, siren) ? accepted(number) : WRONG_CHECK_DIGIT;
}
