import { stdnum } from 'stdnum';
import { clean, fromStdnum, type IdentifierCheck } from './identifier-check';
import { checkLatvianPvn } from './vat-checks/latvia';
import { checkCzechoslovakIco } from './vat-checks/czechoslovakia';
import {
  accepted as valid,
  WRONG_CHECK_DIGIT as badChecksum,
  WRONG_FORMAT as badFormat,
} from './vat-checks/national-check';

export type Check = (value: string) => IdentifierCheck;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lets people paste the number as their letterhead shows it, with the register's label in front
 * ("KRS 0000912345", "FN 122119m", "IČO: 25596641", "CVR-nr. 13585628"). A label counts only when
 * no letter follows it, so that a number that starts with the same letters is left alone.
 */
export function afterLabel(labels: readonly string[], check: Check): Check {
  const byLength = [...labels].sort((a, b) => b.length - a.length).map(escape);
  const label = new RegExp(
    `^(?:${byLength.join('|')})(?![\\p{L}])[\\s.:#-]*(?:(?:NR|NO|N°|Nº)(?![\\p{L}])\\.?)?[\\s.:#-]*`,
    'iu',
  );
  return (value) => check(value.trim().replace(label, ''));
}

/** The value without the spaces, dots, dashes and slashes people group digits with. */
export const ungrouped = (value: string) => clean(value).replace(/[\s./-]/g, '');

export function digits(length: number | readonly number[]): Check {
  const lengths = typeof length === 'number' ? [length] : length;
  return (value) => {
    const compact = ungrouped(value);
    return /^\d+$/.test(compact) && lengths.includes(compact.length) ? valid(compact) : badFormat;
  };
}

/**
 * `check`, and its normal form must also match `pattern`: for what stdnum 1.12 lets through
 * although python-stdnum 2.2 does not (scripts/register-differential.py finds these).
 */
function narrowed(check: Check, pattern: RegExp): Check {
  return (value) => {
    const result = check(value);
    return result.valid && !pattern.test(result.normalized) ? badFormat : result;
  };
}

/**
 * Ondernemingsnummer / numéro d'entreprise (KBO/BCE): 10 digits starting with 0 or 1 (the old
 * 9-digit numbers get a 0 in front), mod 97 (python-stdnum 2.2 be/vat.py). Check digits 00, 98
 * and 99 are refused, as for the VAT number (vat-ids.ts): the check is 97 - (first 8 digits mod
 * 97), from 01 to 97, while be/vat.py only tests (number + check) mod 97 = 0.
 */
export const belgianEnterpriseNumber: Check = narrowed(fromStdnum(stdnum.BE.vat), /^[01]/);

/** CVR-nummer: 8 digits, never starting with 0, mod 11 (python-stdnum 2.2 dk/cvr.py). */
export const danishCvrNumber: Check = narrowed(fromStdnum(stdnum.DK.cvr), /^[1-9]/);

/**
 * IČO, Czech and Slovak alike, grouped as people write it (checkCzechoslovakIco). Unlike the
 * 8-digit DIČ (cz/dic.py) it may start with 9, which stdnum 1.12 refuses.
 */
export const czechoslovakIco: Check = (value) => checkCzechoslovakIco(ungrouped(value));

/**
 * Reģistrācijas numurs: 11 digits, checked as python-stdnum 2.2 lv/pvn.py checks the PVN (the
 * registration number of a legal entity, or a personal code, also the new ones starting with 32
 * that stdnum 1.12 refuses). The LV of a VAT number in front is dropped, as lv/pvn.py does.
 */
export const latvianRegistrationNumber: Check = (value) =>
  checkLatvianPvn(ungrouped(value).replace(/^LV/, ''));

/**
 * Firmenbuchnummer: digits and a check letter. No algorithm for the letter is published
 * (python-stdnum at/businessid.py checks the format only), so only the form is checked. Unlike
 * at/businessid.py, the letter may be typed in upper case (it is written in lower case), and the
 * serial has 1 to 6 digits without a leading zero, as it is written.
 */
export const firmenbuchNumber: Check = afterLabel(['FN', 'Firmenbuchnummer'], (value) => {
  const match = /^([1-9]\d{0,5})([A-Z])$/.exec(ungrouped(value));
  return match ? valid(`FN ${match[1]}${match[2].toLowerCase()}`) : badFormat;
});

/** Weighted check digit shared by the Estonian isikukood and the Lithuanian codes (python-stdnum ee/ik.py calc_check_digit, used by lt/asmens.py). */
function balticCheckDigit(body: string): number {
  const sum = (offset: number) =>
    [...body].reduce((total, digit, i) => total + (((i + offset) % 9) + 1) * Number(digit), 0) % 11;
  const first = sum(0);
  return (first === 10 ? sum(2) : first) % 10;
}

/**
 * Įmonės kodas (Register of Legal Entities): 9 digits, the last a check digit computed like that of
 * the asmens kodas (python-stdnum lt/asmens.py); verified on published codes such as 110053842.
 */
export const lithuanianCompanyCode: Check = (value) => {
  const compact = ungrouped(value);
  if (!/^\d{9}$/.test(compact)) return badFormat;
  return balticCheckDigit(compact.slice(0, 8)) === Number(compact[8])
    ? valid(compact)
    : badChecksum;
};

/**
 * Matična številka (Poslovni register Slovenije): 6 digits, a mod-11 check digit and a 3-character
 * unit (000 for the main seat), after python-stdnum si/maticna.py. Written with its 10 characters,
 * as AJPES shows it.
 */
export const slovenianRegistrationNumber: Check = (value) => {
  const compact = ungrouped(value);
  const match = /^(\d{6})(\d)([A-Z0-9]\d{2})?$/.exec(compact);
  if (!match) return badFormat;
  const weighted = [...match[1]].reduce((sum, digit, i) => sum + (7 - i) * Number(digit), 0);
  const remainder = (11 - (weighted % 11)) % 11;
  if (remainder === 0 || remainder % 10 !== Number(match[2])) return badChecksum;
  return valid(`${match[1]}${match[2]}${match[3] ?? '000'}`);
};

const siren = fromStdnum(stdnum.FR.siren);
const siret = fromStdnum(stdnum.FR.siret);

/**
 * SIREN or SIRET, also as written after "RCS <greffe>" (Code de commerce R.123-237: "RCS Paris
 * B 123 456 789"). A SIRET passes Luhn as a whole (La Poste's establishments: digit sum mod 5) and
 * its first 9 digits must be a valid SIREN (python-stdnum fr/siret.py). The RCS text is read more
 * freely than python-stdnum fr/rcs.py does (which wants a one-word greffe and an upper-case A or
 * B): any greffe name, in any case, and the SIREN is checked all the same.
 */
export const frenchRegistrationNumber: Check = (value) => {
  const text = value.trim().toUpperCase();
  const run = /\d[\d .]*\d/.exec(text);
  if (!run) return badFormat;
  const around = `${text.slice(0, run.index)} ${text.slice(run.index + run[0].length)}`.trim();
  const labelled = /^(?:R\.?\s?C\.?\s?S\.?(?:\s[\p{L}' -]+?)?(?:\s[AB])?|SIRE[NT]\s?:?)$/u;
  const trailingRcs = /^R\.?\s?C\.?\s?S\.?\s[\p{L}' -]+$/u;
  if (around && !labelled.test(around) && !trailingRcs.test(around)) return badFormat;
  const number = run[0].replace(/[ .]/g, '');
  if (number.length === 9) return siren(number);
  if (number.length !== 14) return badFormat;
  const whole = siret(number);
  if (!whole.valid) return whole;
  return siren(number.slice(0, 9)).valid ? whole : badChecksum;
};

const ONRC_COUNTIES = new Set([...Array.from({ length: 40 }, (_, i) => i + 1), 51, 52]);

/** Old ONRC numbers written with a full date keep only its year (python-stdnum ro/onrc.py). */
function compactOnrc(value: string): string {
  let number = clean(value).replace(/[ /\\-]+/g, '/');
  if (number[1] === '/') number = number[0] + number.slice(2);
  if (number[2] === '/') number = `${number[0]}0${number.slice(1)}`;
  return number.replace(/^([A-Z]\d+\/\d+\/)\d{2}\.\d{2}\.(\d{4})$/, '$1$2');
}

/**
 * Număr de ordine în registrul comerțului, per python-stdnum 2.2 ro/onrc.py. Before 2024-07-26:
 * letter/county/serial/year (J40/1234/2020), issued until 2024. Since then: letter, year, 6-digit
 * serial, county (00 once the county code was dropped, from 2025) and a check digit that is the
 * digit sum mod 10, the letter counting as its char code mod 10 (J2012000750528).
 * J: companies and partnerships, F: PFA, II and IF, C: cooperatives. Serials count from 1, so
 * J40/0/2020 is refused, which ro/onrc.py (checking only the serial's length) accepts.
 */
export function romanianTradeRegisterNumber(letters: string): Check {
  return (value) => {
    const number = compactOnrc(value);
    if (!letters.includes(number[0] ?? '')) return badFormat;
    const old = /^[A-Z](\d{2})\/(\d{1,5})\/(\d{4})$/.exec(number);
    if (old) {
      const [county, serial, year] = old.slice(1).map(Number);
      const fine = ONRC_COUNTIES.has(county) && serial > 0 && year >= 1990 && year <= 2024;
      return fine ? valid(number) : badFormat;
    }
    const current = /^[A-Z](\d{4})\d{6}(\d{2})\d$/.exec(number);
    if (!current) return badFormat;
    const year = Number(current[1]);
    const county = Number(current[2]);
    const countyFits =
      year < 2024
        ? ONRC_COUNTIES.has(county)
        : year === 2024
          ? county === 0 || ONRC_COUNTIES.has(county)
          : county === 0;
    if (year < 1990 || year > new Date().getUTCFullYear() || !countyFits) return badFormat;
    const digitSum = [...number.slice(1, 13)].reduce(
      (sum, digit) => sum + Number(digit),
      number.charCodeAt(0) % 10,
    );
    return digitSum % 10 === Number(number[13]) ? valid(number) : badChecksum;
  };
}

/** Courts keeping the cégjegyzék: 01 Budapest, 02–20 the counties, 12 unused (Cégközlöny guide). */
const HU_COURTS = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '13', '14', '15', '16', '17', '18', '19', '20']); // prettier-ignore

/**
 * Cégjegyzékszám "Cg. 01-09-123456": court, legal-form code and serial. The form codes (03 Kkt.,
 * 06 Bt., 09 Kft., 10 Rt., 11 e.c., 20 SE) are those of the Cégközlöny guide (cegkozlony.hu).
 */
export function hungarianCompanyNumber(formCodes?: readonly string[]): Check {
  return afterLabel(['Cg', 'Cégjegyzékszám'], (value) => {
    const match = /^(\d{2})(\d{2})(\d{6})$/.exec(ungrouped(value));
    if (!match || !HU_COURTS.has(match[1])) return badFormat;
    if (formCodes && !formCodes.includes(match[2])) return badFormat;
    return valid(`${match[1]}-${match[2]}-${match[3]}`);
  });
}

/** A letter prefix and a serial, as the register writes it: "C 12345", "HE 123456". */
export function prefixedNumber(
  prefixes: readonly string[],
  maxDigits: number,
  joiner = ' ',
): Check {
  const pattern = new RegExp(`^(${prefixes.join('|')})(\\d{1,${maxDigits}})$`);
  return (value) => {
    // Cypriot numbers are often typed in Greek: ΗΕ (Eta, Epsilon) is the Latin HE.
    const latin = ungrouped(value).replace(/Η/g, 'H').replace(/Ε/g, 'E');
    const match = pattern.exec(latin);
    return match ? valid(`${match[1]}${joiner}${match[2]}`) : badFormat;
  };
}

const cif = fromStdnum(stdnum.ES.cif);

/** Spanish NIF of an entity; its first letter is the legal form (Orden EHA/451/2008, art. 3). */
export function spanishEntityNif(letters?: string): Check {
  return (value) => {
    const result = cif(ungrouped(value));
    if (result.valid && letters && !letters.includes(result.normalized[0])) return badFormat;
    return result;
  };
}

const partitaIva = fromStdnum(stdnum.IT.iva);
const codiceFiscale = fromStdnum(stdnum.IT.codicefiscale);
const CF_DIGITS = 'LMNPQRSTUV'; // letters that replace digits in a codice fiscale (omocodia)
const CF_MONTHS = 'ABCDEHLMPRST';

/** The birth date in a personal codice fiscale exists (python-stdnum it/codicefiscale.py). */
function hasValidBirthDate(code: string): boolean {
  const digit = (char: string) =>
    CF_DIGITS.includes(char) ? CF_DIGITS.indexOf(char) : Number(char);
  const day = (digit(code[9]) * 10 + digit(code[10])) % 40;
  const month = CF_MONTHS.indexOf(code[8]);
  const yy = digit(code[6]) * 10 + digit(code[7]);
  const year = yy < 20 ? 2000 + yy : 1900 + yy;
  const date = new Date(Date.UTC(year, month, day));
  return day > 0 && date.getUTCMonth() === month && date.getUTCDate() === day;
}

/**
 * Codice fiscale, which is the Registro delle imprese number: 11 digits with the Partita IVA
 * check (Luhn, office code) for an entity, 16 characters with a check letter for a person, so a
 * ditta individuale (python-stdnum it/codicefiscale.py and it/iva.py).
 */
export function italianTaxCode(holder: 'entity' | 'person'): Check {
  return (value) => {
    const compact = ungrouped(value);
    // An entity's code never starts with seven zeros (python-stdnum it/iva.py).
    if (holder === 'entity')
      return /^\d{11}$/.test(compact) && !compact.startsWith('0000000')
        ? partitaIva(compact)
        : badFormat;
    if (compact.length !== 16) return badFormat;
    const result = codiceFiscale(compact);
    return result.valid && !hasValidBirthDate(compact) ? badFormat : result;
  };
}
