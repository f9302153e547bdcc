import { stdnum } from 'stdnum';
import type { CountryCode } from '../markets/market.types';
import { germanRegisterNumber, type GermanRegister } from './de-handelsregister';
import { firstValid, fromStdnum, type IdentifierRule } from './identifier-check';
import { checkBulgarianUic } from './vat-checks/bulgaria';
import {
  afterLabel,
  belgianEnterpriseNumber,
  czechoslovakIco,
  danishCvrNumber,
  digits,
  firmenbuchNumber,
  frenchRegistrationNumber,
  hungarianCompanyNumber,
  italianTaxCode,
  latvianRegistrationNumber,
  lithuanianCompanyCode,
  prefixedNumber,
  romanianTradeRegisterNumber,
  slovenianRegistrationNumber,
  spanishEntityNif,
  type Check,
} from './register-number-checks';

const rule = (format: string, example: string, check: Check): IdentifierRule => ({
  format,
  example,
  check,
});

const GERMAN_REGISTERS: readonly GermanRegister[] = ['HRA', 'HRB', 'GnR', 'GsR', 'PR', 'VR'];
const DE_SECTION_A = rule(
  '‹Registergericht› HRA #[#####]',
  'München HRA 95476',
  germanRegisterNumber(['HRA']),
);
const DE_SECTION_B = rule(
  '‹Registergericht› HRB #[#####]',
  'München HRB 86891',
  germanRegisterNumber(['HRB']),
);

const HU_EV = rule('########', '56473829', afterLabel(['Nyilvántartási szám', 'Nysz'], digits(8)));
const huCompany = (formCode: string, example: string) =>
  rule(`##-${formCode}-######`, example, hungarianCompanyNumber([formCode]));

const IT_ENTITY = rule(
  '###########',
  '00743110157',
  afterLabel(
    ['C.F.', 'CF', 'Codice fiscale', 'P.IVA', 'P. IVA', 'Partita IVA'],
    italianTaxCode('entity'),
  ),
);
const IT_PERSON = rule(
  'XXXXXX##X##X###X',
  'RCCMNL83S18D969H',
  afterLabel(['C.F.', 'CF', 'Codice fiscale'], italianTaxCode('person')),
);

const ONRC_LABELS = ['Nr. Reg. Com.', 'Nr.Reg.Com.', 'Nr. ORC', 'ONRC', 'NRC'];
const RO_COMPANY = rule(
  'J############# | J##/#[####]/####',
  'J2012000750528',
  afterLabel(ONRC_LABELS, romanianTradeRegisterNumber('J')),
);
const RO_PERSON = rule(
  'F############# | F##/#[####]/####',
  'F2025000412006',
  afterLabel(ONRC_LABELS, romanianTradeRegisterNumber('F')),
);

const ES_LABELS = ['CIF', 'C.I.F.', 'NIF', 'N.I.F.'];
const esEntity = (letter: string, example: string) =>
  rule(`${letter}#######(#|X)`, example, afterLabel(ES_LABELS, spanishEntityNif(letter)));

// MBR numbers: C for companies, P for partnerships en nom collectif and en commandite (the
// review's finding; not confirmed here against an MBR publication).
const MT_COMPANY = rule(
  'C #[#####]',
  'C 12345',
  afterLabel(['Reg. No.', 'Registration No.'], prefixedNumber(['C'], 6)),
);
const MT_PARTNERSHIP = rule(
  'P #[#####]',
  'P 1234',
  afterLabel(['Reg. No.', 'Registration No.'], prefixedNumber(['P'], 6)),
);

// Companies are numbered HE (Εταιρεία). The P of partnerships is kept from the earlier rule: no
// primary source for the partnership prefix was found, so confirm it with the registrar (DRCOR).
const CY_COMPANY = rule('HE #[#####]', 'HE 123456', prefixedNumber(['HE'], 6));
const CY_PARTNERSHIP = rule('P #[#####]', 'P 12345', prefixedNumber(['P'], 6));

// CEIDG gives a sole trader no number of its own; the trader is found there by NIP, the
// "equivalent means of identification" of DSA Art. 30(1)(d). A spółka cywilna has its own NIP.
const PL_NIP = rule(
  '###-###-##-##',
  '526-104-08-28',
  afterLabel(['NIP'], fromStdnum(stdnum.PL.nip)),
);

// The ЕИК is written after its label on letterheads ("ЕИК 831919536"); БУЛСТАТ is its former name.
const BG_LABELS = ['ЕИК', 'EIK', 'UIC', 'БУЛСТАТ', 'BULSTAT'];

const LU_LABELS = ['RCS Luxembourg', 'R.C.S. Luxembourg', 'RCS', 'R.C.S.'];
const LU_COMPANY = rule(
  'B#[#####]',
  'B123456',
  afterLabel(LU_LABELS, prefixedNumber(['B'], 6, '')),
);
const LU_TRADER = rule('A#[#####]', 'A12345', afterLabel(LU_LABELS, prefixedNumber(['A'], 6, '')));

/**
 * Business register numbers, per member state: the number a business of the usual form gets in
 * the register of REGISTER_NAMES, checked with its check digits where it has them. Sources: the
 * registers' published formats (e-Justice portal "Business registers in EU countries"), and
 * python-stdnum 2.2 for the algorithms, as cited at each check (scripts/register-differential.py
 * compares every rule python-stdnum has a module for). Each accepts the number as people
 * copy it from a letterhead: with the register's label, spaces, dots and dashes.
 * Where the number depends on the legal form, this is the rule for a form not yet known, which
 * accepts the number of any form; `registerNumberRule` picks the form's own.
 *
 * `format` is shown to sellers in every language, so it is a pattern in FORMAT_NOTATION rather
 * than prose. What each number is: AT Firmenbuchnummer, digits and a check letter; BE enterprise
 * number (KBO/BCE), mod 97; BG ЕИК (UIC), 13 digits for a branch; CY HE for companies, P for
 * partnerships; CZ and SK IČO; DE the register court, the register (HRA, HRB, GnR, GsR, PR, VR)
 * and the number; DK CVR; EE registrikood; ES NIF of the entity (formerly CIF), whose first
 * letter is the legal form; FI Y-tunnus; FR SIREN, or SIRET (SIREN + establishment), Luhn, also
 * written "RCS Paris B 732 829 320"; GR Αρ. Γ.Ε.ΜΗ.; HR OIB; HU cégjegyzékszám (court, form code,
 * serial) or the nyilvántartási szám of an egyéni vállalkozó; IE CRO number; IT codice fiscale,
 * 11 digits for an entity, 16 characters for a person; LT įmonės kodas; LU RCS number; LV
 * reģistrācijas numurs; MT MBR number; NL KvK-nummer; PL KRS number; PT NIPC; RO ONRC number,
 * J/F/C + year + serial + county (00 since 2025) + check digit, or J40/1234/2020 before
 * 2024-07-26; SE organisationsnummer; SI matična številka, 7 digits and a 3-digit unit (000 for
 * the seat).
 */
export const REGISTER_NUMBER_RULES: Readonly<Record<CountryCode, IdentifierRule>> = {
  AT: { format: 'FN #[#####]X', example: 'FN 122119m', check: firmenbuchNumber },
  BE: { format: '(0|1)###.###.###', example: '0403.019.261', check: afterLabel(['KBO', 'BCE', 'Ondernemingsnummer', "Numéro d'entreprise"], belgianEnterpriseNumber) },
  BG: { format: '######### | #############', example: '175074752', check: afterLabel(BG_LABELS, checkBulgarianUic) },
  CY: { format: '(HE|P) #[#####]', example: 'HE 123456', check: firstValid(CY_COMPANY.check, CY_PARTNERSHIP.check) },
  CZ: { format: '########', example: '25596641', check: afterLabel(['IČO', 'IČ', 'ICO'], czechoslovakIco) },
  DE: { format: '‹Registergericht› (HRA|HRB|GnR|GsR|PR|VR) #[#####]', example: 'München HRB 86891', check: germanRegisterNumber(GERMAN_REGISTERS) },
  DK: { format: '########', example: '13585628', check: afterLabel(['CVR-nr', 'CVR'], danishCvrNumber) },
  EE: { format: '########', example: '10137319', check: afterLabel(['Registrikood', 'Reg. kood', 'Reg.kood'], fromStdnum(stdnum.EE.registrikood)) },
  ES: { format: 'X#######(#|X)', example: 'A28015865', check: afterLabel(ES_LABELS, spanishEntityNif()) },
  FI: { format: '#######-#', example: '2077474-0', check: afterLabel(['Y-tunnus', 'FO-nummer'], fromStdnum(stdnum.FI.ytunnus, (c) => `${c.slice(0, 7)}-${c.slice(7)}`)) },
  FR: { format: '######### | ##############', example: '732829320', check: frenchRegistrationNumber },
  GR: { format: '#########[###]', example: '123456701000', check: afterLabel(['Αρ. Γ.Ε.ΜΗ.', 'Αρ. ΓΕΜΗ', 'Γ.Ε.ΜΗ.', 'ΓΕΜΗ', 'G.E.MI.', 'GEMI'], digits([9, 10, 11, 12])) },
  HR: { format: '###########', example: '33392005961', check: afterLabel(['OIB'], fromStdnum(stdnum.HR.oib)) },
  HU: { format: '##-##-###### | ########', example: '01-09-562739', check: firstValid(hungarianCompanyNumber(), HU_EV.check) },
  IE: { format: '#[#####]', example: '123456', check: afterLabel(['CRO No.', 'CRO', 'Company No.', 'Company number'], digits([1, 2, 3, 4, 5, 6])) },
  IT: { format: '########### | XXXXXX##X##X###X', example: '00743110157', check: firstValid(IT_ENTITY.check, IT_PERSON.check) },
  LT: { format: '#########', example: '110053842', check: afterLabel(['Įmonės kodas', 'Juridinio asmens kodas', 'Kodas'], lithuanianCompanyCode) },
  LU: { format: 'X#[#####]', example: 'B123456', check: afterLabel(LU_LABELS, prefixedNumber(['[A-Z]'], 6, '')) },
  LV: { format: '###########', example: '40003521600', check: afterLabel(['Reģ. Nr.', 'Reģ. nr.', 'Reg. Nr.', 'Reģistrācijas numurs'], latvianRegistrationNumber) },
  MT: { format: '(C|P) #[#####]', example: 'C 12345', check: firstValid(MT_COMPANY.check, MT_PARTNERSHIP.check) },
  NL: { format: '########', example: '12345678', check: afterLabel(['KvK-nummer', 'KvK nummer', 'KvK', 'Kamer van Koophandel'], digits(8)) },
  PL: { format: '##########', example: '0000123456', check: afterLabel(['KRS'], digits(10)) },
  PT: { format: '#########', example: '501964843', check: afterLabel(['NIPC', 'NIF'], fromStdnum(stdnum.PT.nipc)) },
  RO: { format: '(J|F|C)############# | (J|F|C)##/#[####]/####', example: 'J2012000750528', check: afterLabel(ONRC_LABELS, romanianTradeRegisterNumber('JFC')) },
  SE: { format: '######-####', example: '556188-8404', check: afterLabel(['Org.nr', 'Org. nr.', 'Orgnr', 'Organisationsnummer'], fromStdnum(stdnum.SE.orgnr, (c) => `${c.slice(0, 6)}-${c.slice(6)}`)) },
  SI: { format: '##########', example: '5300231000', check: afterLabel(['Matična številka', 'Mat. št.', 'MŠ'], slovenianRegistrationNumber) },
  // The Slovak IČO uses the Czechoslovak algorithm, shared with the Czech IČO.
  SK: { format: '########', example: '35757442', check: afterLabel(['IČO', 'ICO'], czechoslovakIco) },
}; // prettier-ignore

/**
 * Legal forms whose number differs from the country's usual one, by country and form code (the
 * codes of LEGAL_FORMS). Forms not listed take the country's rule. Forms outside any register
 * (`registered: false`) are not required to give a number; those listed here may give the number
 * that identifies them instead (a Polish JDG its NIP), and it is checked by this rule.
 */
export const LEGAL_FORM_REGISTER_RULES: Readonly<
  Partial<Record<CountryCode, Readonly<Record<string, IdentifierRule>>>>
> = {
  // A register court and section: B for capital companies, A for partnerships and the e.K.
  // (§ 3 HRV; python-stdnum de/handelsregisternummer.py COMPANY_FORM_REGISTRY_TYPES).
  DE: { gmbh: DE_SECTION_B, ug: DE_SECTION_B, ag: DE_SECTION_B, se: DE_SECTION_B, ohg: DE_SECTION_A, kg: DE_SECTION_A, 'gmbh-co-kg': DE_SECTION_A, ek: DE_SECTION_A },
  // NIF letters per form: Orden EHA/451/2008, art. 3 (A anónimas, B limitadas, C colectivas,
  // E comunidades de bienes, J sociedades civiles). The last two are in no register: their NIF is
  // the "equivalent means of identification" of DSA Art. 30(1)(d), given if the seller wishes.
  ES: { sa: esEntity('A', 'A28015865'), sau: esEntity('A', 'A28015865'), sl: esEntity('B', 'B86561412'), slu: esEntity('B', 'B86561412'), sc: esEntity('C', 'C12345674'), cb: esEntity('E', 'E12345674'), scp: esEntity('J', 'J12345674') },
  PL: { jdg: PL_NIP, sc: PL_NIP },
  // Form codes of the cégjegyzékszám (Cégközlöny guide); the e.v. is in the register of sole traders instead.
  HU: { kft: huCompany('09', '01-09-562739'), zrt: huCompany('10', '01-10-041585'), nyrt: huCompany('10', '01-10-041585'), kkt: huCompany('03', '13-03-001234'), bt: huCompany('06', '01-06-123456'), ec: huCompany('11', '01-11-001234'), se: huCompany('20', '01-20-000012'), ev: HU_EV },
  IT: { srl: IT_ENTITY, srls: IT_ENTITY, spa: IT_ENTITY, snc: IT_ENTITY, sas: IT_ENTITY, se: IT_ENTITY, 'ditta-individuale': IT_PERSON },
  // RCS letters: A for traders who are natural persons, B for commercial companies (LBR).
  LU: { sarl: LU_COMPANY, 'sarl-s': LU_COMPANY, sa: LU_COMPANY, sas: LU_COMPANY, senc: LU_COMPANY, secs: LU_COMPANY, se: LU_COMPANY, 'entreprise-individuelle': LU_TRADER },
  MT: { ltd: MT_COMPANY, plc: MT_COMPANY, 'en-nom-collectif': MT_PARTNERSHIP, 'en-commandite': MT_PARTNERSHIP },
  CY: { ltd: CY_COMPANY, plc: CY_COMPANY, 'general-partnership': CY_PARTNERSHIP, 'limited-partnership': CY_PARTNERSHIP },
  // J: companies and partnerships; F: PFA, II and IF (python-stdnum ro/onrc.py).
  RO: { srl: RO_COMPANY, sa: RO_COMPANY, snc: RO_COMPANY, scs: RO_COMPANY, se: RO_COMPANY, pfa: RO_PERSON, ii: RO_PERSON },
}; // prettier-ignore

/** The rule of the legal form itself, when its number differs from the country's usual one. */
export function legalFormRegisterRule(
  country: CountryCode,
  legalForm?: string | null,
): IdentifierRule | undefined {
  return legalForm ? LEGAL_FORM_REGISTER_RULES[country]?.[legalForm.toLowerCase()] : undefined;
}

/** The register-number rule for a business of `legalForm` (a LEGAL_FORMS code) in `country`. */
export function registerNumberRule(
  country: CountryCode,
  legalForm?: string | null,
): IdentifierRule {
  return legalFormRegisterRule(country, legalForm) ?? REGISTER_NUMBER_RULES[country];
}
