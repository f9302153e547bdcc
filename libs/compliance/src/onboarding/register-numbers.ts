import { stdnum } from 'stdnum';
import type { CountryCode } from '../markets/market.types';
import { germanRegisterNumber, type GermanRegister } from './de-handelsregister';
import { firstValid, fromStdnum, type IdentifierRule } from './identifier-check';
import { checkBulgarianUic } from './vat-checks/bulgaria';
import {
  afterLabel,
  digits,
  firmenbuchNumber,
  frenchRegistrationNumber,
  hungarianCompanyNumber,
  italianTaxCode,
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
  'register court + HRA + number (Handelsregister, Abteilung A)',
  'München HRA 95476',
  germanRegisterNumber(['HRA']),
);
const DE_SECTION_B = rule(
  'register court + HRB + number (Handelsregister, Abteilung B)',
  'München HRB 86891',
  germanRegisterNumber(['HRB']),
);

const HU_EV = rule(
  'nyilvántartási szám of the egyéni vállalkozó, 8 digits',
  '56473829',
  afterLabel(['Nyilvántartási szám', 'Nysz'], digits(8)),
);
const huCompany = (formCode: string, example: string) =>
  rule(
    `Cg. court-${formCode}-serial (cégjegyzékszám)`,
    example,
    hungarianCompanyNumber([formCode]),
  );

const IT_ENTITY = rule(
  'codice fiscale of the company, 11 digits with check digit',
  '00743110157',
  afterLabel(
    ['C.F.', 'CF', 'Codice fiscale', 'P.IVA', 'P. IVA', 'Partita IVA'],
    italianTaxCode('entity'),
  ),
);
const IT_PERSON = rule(
  'codice fiscale of the holder, 16 characters with check letter',
  'RCCMNL83S18D969H',
  afterLabel(['C.F.', 'CF', 'Codice fiscale'], italianTaxCode('person')),
);

const ONRC_LABELS = ['Nr. Reg. Com.', 'Nr.Reg.Com.', 'Nr. ORC', 'ONRC', 'NRC'];
const RO_COMPANY = rule(
  'ONRC number: J + year + 6-digit serial + county (00 since 2025) + check digit, or J40/1234/2020 before 2024-07-26',
  'J2012000750528',
  afterLabel(ONRC_LABELS, romanianTradeRegisterNumber('J')),
);
const RO_PERSON = rule(
  'ONRC number: F + year + 6-digit serial + county (00 since 2025) + check digit, or F40/1234/2020 before 2024-07-26',
  'F2025000412006',
  afterLabel(ONRC_LABELS, romanianTradeRegisterNumber('F')),
);

const ES_LABELS = ['CIF', 'C.I.F.', 'NIF', 'N.I.F.'];
const esEntity = (letter: string, example: string) =>
  rule(
    `NIF of the entity: ${letter} + 7 digits + check character`,
    example,
    afterLabel(ES_LABELS, spanishEntityNif(letter)),
  );

// MBR numbers: C for companies, P for partnerships en nom collectif and en commandite (the
// review's finding; not confirmed here against an MBR publication).
const MT_COMPANY = rule(
  'MBR registration number: C + digits',
  'C 12345',
  afterLabel(['Reg. No.', 'Registration No.'], prefixedNumber(['C'], 6)),
);
const MT_PARTNERSHIP = rule(
  'MBR registration number: P + digits',
  'P 1234',
  afterLabel(['Reg. No.', 'Registration No.'], prefixedNumber(['P'], 6)),
);

// Companies are numbered HE (Εταιρεία). The P of partnerships is kept from the earlier rule: no
// primary source for the partnership prefix was found, so confirm it with the registrar (DRCOR).
const CY_COMPANY = rule('HE + up to 6 digits', 'HE 123456', prefixedNumber(['HE'], 6));
const CY_PARTNERSHIP = rule('P + up to 6 digits', 'P 12345', prefixedNumber(['P'], 6));

const LU_LABELS = ['RCS Luxembourg', 'R.C.S. Luxembourg', 'RCS', 'R.C.S.'];
const LU_COMPANY = rule(
  'RCS number: B + up to 6 digits',
  'B123456',
  afterLabel(LU_LABELS, prefixedNumber(['B'], 6, '')),
);
const LU_TRADER = rule(
  'RCS number: A + up to 6 digits',
  'A12345',
  afterLabel(LU_LABELS, prefixedNumber(['A'], 6, '')),
);

/**
 * Business register numbers, per member state: the number a business of the usual form gets in
 * the register of REGISTER_NAMES, checked with its check digits where it has them. Sources: the
 * registers' published formats (e-Justice portal "Business registers in EU countries"), and
 * python-stdnum 2.2 for the algorithms, as cited at each check. Each accepts the number as people
 * copy it from a letterhead: with the register's label, spaces, dots and dashes.
 * Where the number depends on the legal form, this is the rule for a form not yet known, which
 * accepts the number of any form; `registerNumberRule` picks the form's own.
 */
export const REGISTER_NUMBER_RULES: Readonly<Record<CountryCode, IdentifierRule>> = {
  AT: { format: 'FN + 1-6 digits + check letter (Firmenbuchnummer)', example: 'FN 122119m', check: firmenbuchNumber },
  BE: { format: 'enterprise number, 10 digits starting 0 or 1 (mod 97)', example: '0403.019.261', check: afterLabel(['KBO', 'BCE', 'Ondernemingsnummer', "Numéro d'entreprise"], fromStdnum(stdnum.BE.vat)) },
  BG: { format: 'UIC (ЕИК), 9 or 13 digits with check digits', example: '175074752', check: checkBulgarianUic },
  CY: { format: 'HE (companies) or P (partnerships) + up to 6 digits', example: 'HE 123456', check: firstValid(CY_COMPANY.check, CY_PARTNERSHIP.check) },
  CZ: { format: 'IČO, 8 digits with check digit', example: '25596641', check: afterLabel(['IČO', 'IČ', 'ICO'], fromStdnum(stdnum.CZ.ico)) },
  DE: { format: 'register court + HRA, HRB, GnR, GsR, PR or VR + number', example: 'München HRB 86891', check: germanRegisterNumber(GERMAN_REGISTERS) },
  DK: { format: 'CVR, 8 digits with check digit', example: '13585628', check: afterLabel(['CVR-nr', 'CVR'], fromStdnum(stdnum.DK.cvr)) },
  EE: { format: 'registry code, 8 digits with check digit', example: '10137319', check: afterLabel(['Registrikood', 'Reg. kood', 'Reg.kood'], fromStdnum(stdnum.EE.registrikood)) },
  ES: { format: 'NIF of the entity (formerly CIF): letter + 7 digits + check character', example: 'A28015865', check: afterLabel(ES_LABELS, spanishEntityNif()) },
  FI: { format: 'Business ID (Y-tunnus), 7 digits + check digit', example: '2077474-0', check: afterLabel(['Y-tunnus', 'FO-nummer'], fromStdnum(stdnum.FI.ytunnus, (c) => `${c.slice(0, 7)}-${c.slice(7)}`)) },
  FR: { format: 'SIREN (9 digits) or SIRET (14 digits), Luhn check; "RCS Paris B 732 829 320" is understood', example: '732829320', check: frenchRegistrationNumber },
  GR: { format: 'G.E.MI. number, 9 to 12 digits', example: '123456701000', check: afterLabel(['Αρ. Γ.Ε.ΜΗ.', 'Αρ. ΓΕΜΗ', 'Γ.Ε.ΜΗ.', 'ΓΕΜΗ', 'G.E.MI.', 'GEMI'], digits([9, 10, 11, 12])) },
  HR: { format: 'OIB, 11 digits with check digit', example: '33392005961', check: afterLabel(['OIB'], fromStdnum(stdnum.HR.oib)) },
  HU: { format: 'Cg. court-form-serial (cégjegyzékszám), or the 8-digit number of an egyéni vállalkozó', example: '01-09-562739', check: firstValid(hungarianCompanyNumber(), HU_EV.check) },
  IE: { format: 'CRO company number, up to 6 digits', example: '123456', check: afterLabel(['CRO No.', 'CRO', 'Company No.', 'Company number'], digits([1, 2, 3, 4, 5, 6])) },
  IT: { format: 'codice fiscale: 11 digits for a company, 16 characters for a ditta individuale', example: '00743110157', check: firstValid(IT_ENTITY.check, IT_PERSON.check) },
  LT: { format: 'company code (įmonės kodas), 9 digits with check digit', example: '110053842', check: afterLabel(['Įmonės kodas', 'Juridinio asmens kodas', 'Kodas'], lithuanianCompanyCode) },
  LU: { format: 'RCS number: letter + up to 6 digits', example: 'B123456', check: afterLabel(LU_LABELS, prefixedNumber(['[A-Z]'], 6, '')) },
  LV: { format: 'registration number, 11 digits with check digit', example: '40003521600', check: afterLabel(['Reģ. Nr.', 'Reģ. nr.', 'Reg. Nr.', 'Reģistrācijas numurs'], fromStdnum(stdnum.LV.pvn)) },
  MT: { format: 'MBR registration number: C (companies) or P (partnerships) + digits', example: 'C 12345', check: firstValid(MT_COMPANY.check, MT_PARTNERSHIP.check) },
  NL: { format: 'KvK number, 8 digits', example: '12345678', check: afterLabel(['KvK-nummer', 'KvK nummer', 'KvK', 'Kamer van Koophandel'], digits(8)) },
  PL: { format: 'KRS number, 10 digits', example: '0000123456', check: afterLabel(['KRS'], digits(10)) },
  PT: { format: 'NIPC, 9 digits with check digit', example: '501964843', check: afterLabel(['NIPC', 'NIF'], fromStdnum(stdnum.PT.nipc)) },
  RO: { format: 'ONRC number: letter + year + 6-digit serial + county + check digit (J2012000750528), or J40/1234/2020 before 2024-07-26', example: 'J2012000750528', check: afterLabel(ONRC_LABELS, romanianTradeRegisterNumber('JFC')) },
  SE: { format: 'organisationsnummer, 10 digits with check digit', example: '556188-8404', check: afterLabel(['Org.nr', 'Org. nr.', 'Orgnr', 'Organisationsnummer'], fromStdnum(stdnum.SE.orgnr, (c) => `${c.slice(0, 6)}-${c.slice(6)}`)) },
  SI: { format: 'matična številka, 7 digits with check digit + 3-digit unit (000 for the seat)', example: '5300231000', check: afterLabel(['Matična številka', 'Mat. št.', 'MŠ'], slovenianRegistrationNumber) },
  // The Slovak IČO uses the Czechoslovak algorithm, shared with the Czech IČO.
  SK: { format: 'IČO, 8 digits with check digit', example: '35757442', check: afterLabel(['IČO', 'ICO'], fromStdnum(stdnum.CZ.ico)) },
}; // prettier-ignore

/**
 * Legal forms whose number differs from the country's usual one, by country and form code (the
 * codes of LEGAL_FORMS). Forms not listed take the country's rule; forms outside any register
 * (`registered: false`) are not asked for a number at all.
 */
export const LEGAL_FORM_REGISTER_RULES: Readonly<
  Partial<Record<CountryCode, Readonly<Record<string, IdentifierRule>>>>
> = {
  // A register court and section: B for capital companies, A for partnerships and the e.K.
  // (§ 3 HRV; python-stdnum de/handelsregisternummer.py COMPANY_FORM_REGISTRY_TYPES).
  DE: { gmbh: DE_SECTION_B, ug: DE_SECTION_B, ag: DE_SECTION_B, se: DE_SECTION_B, ohg: DE_SECTION_A, kg: DE_SECTION_A, 'gmbh-co-kg': DE_SECTION_A, ek: DE_SECTION_A },
  // NIF letters per form: Orden EHA/451/2008, art. 3 (A anónimas, B limitadas, C colectivas).
  ES: { sa: esEntity('A', 'A28015865'), sau: esEntity('A', 'A28015865'), sl: esEntity('B', 'B86561412'), slu: esEntity('B', 'B86561412'), sc: esEntity('C', 'C12345674') },
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

/** The register-number rule for a business of `legalForm` (a LEGAL_FORMS code) in `country`. */
export function registerNumberRule(
  country: CountryCode,
  legalForm?: string | null,
): IdentifierRule {
  const byForm = legalForm
    ? LEGAL_FORM_REGISTER_RULES[country]?.[legalForm.toLowerCase()]
    : undefined;
  return byForm ?? REGISTER_NUMBER_RULES[country];
}
