import type { CountryCode } from '../markets/market.types';
import { checkPhone, phoneExample } from './contact-phones';
import type { IdentifierProblem } from './identifier-check';
import { checkReaNumber } from './italian-provinces';
import { legalFormRegisterRule, registerNumberRule } from './register-numbers';
import { checkVatId, vatIdRule } from './vat-ids';
import { LEGAL_FORMS, REGISTER_NAMES } from './legal-forms';
import {
  sellerCategoriesHolding,
  type LegalForm,
  type RegistrationDuty,
  type RegistrationRule,
  type SellerCategory,
} from './onboarding.types';
import { MARKET_REGISTRATION_RULES } from './registration-rules';
import { checkIban, IBAN_EXAMPLES } from './sepa-ibans';

export const DOCUMENT_TYPES = ['registerExtract', 'representativeId', 'proofOfAddress'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type FieldKind =
  | 'text' | 'address' | 'identifier' | 'iban' | 'email' | 'phone' | 'person' | 'language' | 'categories' | 'boolean'; // prettier-ignore

/**
 * How `format` patterns are written. They are shown to sellers in every language, so they are
 * patterns rather than prose: `#` a digit, `X` a letter, `[…]` characters that may each be left
 * out (`#[#####]` is 1 to 6 digits), `(a|b)` one of the choices, ` | ` another accepted form,
 * `‹…›` a part named in the register's own language (as on a letterhead); every other character
 * stands for itself. Standards are named instead where one defines the format (ISO 13616 for
 * IBANs, E.164 for phone numbers). What a pattern cannot say (check digits, a first digit that
 * is never 0) the checks enforce, and their messages say.
 */
export const FORMAT_NOTATION =
  '# a digit, X a letter, [...] characters that may be left out (#[##]: 1 to 3 digits), (a|b) one of, " | " another accepted form, ‹...› a part named in the register’s language; other characters stand for themselves';

export interface FieldRequirement {
  /** Path of the field in the vendor resource, e.g. `vatId` or `registrations.DE.packaging`. */
  field: string;
  kind: FieldKind;
  required: boolean;
  /** A pattern in FORMAT_NOTATION, or the name of the standard that defines the format. */
  format?: string;
  example?: string;
  /** Only for sellers that declare one of these categories. */
  whenCategories?: readonly SellerCategory[];
  legalBasis?: LegalBasis;
}

/**
 * The rule a requirement rests on. An EU act is cited by its number and article, which read the
 * same in every language, inside a translated template (`onboarding:legalBasis.euRegulation`);
 * a national act by its own citation, in the language it was enacted in.
 */
export type LegalBasis = { euRegulation: string; article: string } | { national: string };

export interface DocumentRequirement {
  type: DocumentType;
  required: boolean;
}

export interface OnboardingRequirements {
  country: CountryCode;
  legalForm: LegalForm;
  registerName: string;
  fields: FieldRequirement[];
  documents: DocumentRequirement[];
}

/** The country's legal forms, listed for a seller who must pick one. */
export function legalFormsOf(country: CountryCode): readonly LegalForm[] {
  return LEGAL_FORMS[country];
}

export function findLegalForm(country: CountryCode, code: string): LegalForm | undefined {
  return LEGAL_FORMS[country].find((form) => form.code === code.toLowerCase());
}

/** Registrations the seller's own country demands of a seller established there. */
export function homeRegistrations(country: CountryCode): readonly RegistrationRule[] {
  return (MARKET_REGISTRATION_RULES[country] ?? []).filter((rule) => !rule.foreignSellersOnly);
}

/** The field of the registration `rule` asks for in `market`, for onboarding or selling there. */
export function registrationRequirement(
  market: CountryCode,
  rule: RegistrationRule,
): FieldRequirement {
  return {
    field: `registrations.${market}.${rule.duty}`,
    kind: 'identifier',
    required: true,
    format: rule.format,
    example: rule.example,
    whenCategories: rule.categories && sellerCategoriesHolding(rule.categories),
    legalBasis: { national: rule.legalBasis },
  };
}

/**
 * What a seller of `legalForm` in `country` must provide, and nothing more:
 * - DSA Art. 30(1): name, address, telephone and email, identification document, payment account,
 *   register and registration number, self-certification of compliance with EU law; a form in
 *   no register gives no number, or optionally its "equivalent means of identification"
 *   (Art. 30(1)(d)) where LEGAL_FORM_REGISTER_RULES names one, such as a Polish JDG's NIP;
 * - a VAT ID only if the seller has one, whatever its legal form: DSA Art. 30 does not ask for
 *   one, and companies, partnerships and sole traders under a small-business scheme (DE §19
 *   UStG, FR art. 293 B CGI; VAT Directive 2006/112/EC Art. 284) have none. A seller without one
 *   leaves it empty, which declares that it has none; DAC7 reporting then uses another tax
 *   identifier;
 * - in Italy, the REA number beside the register number, if the seller gives it;
 * - the register extract only for forms entered in a register, proof of address otherwise;
 * - the home country's producer-responsibility registrations for the declared categories.
 */
export function onboardingRequirements(
  country: CountryCode,
  legalForm: LegalForm,
): OnboardingRequirements {
  const register = registerNumberRule(country, legalForm.code);
  const registerNumberAsked =
    legalForm.registered || legalFormRegisterRule(country, legalForm.code) !== undefined;
  const vat = vatIdRule(country);
  const fields: FieldRequirement[] = [
    { field: 'legalName', kind: 'text', required: true },
    { field: 'registeredAddress', kind: 'address', required: true },
    ...(registerNumberAsked
      ? [
          {
            field: 'registerNumber',
            kind: 'identifier',
            required: legalForm.registered,
            format: register.format,
            example: register.example,
          } as const,
        ]
      : []),
    ...(country === 'IT'
      ? [
          {
            field: 'reaNumber',
            kind: 'identifier',
            required: false,
            format: 'XX-#[######]',
            example: 'MI-1234567',
          } as const,
        ]
      : []),
    {
      field: 'vatId',
      kind: 'identifier',
      required: false,
      format: vat.format,
      example: vat.example,
    },
    {
      field: 'iban',
      kind: 'iban',
      required: true,
      format: 'ISO 13616',
      example: IBAN_EXAMPLES[country],
    },
    { field: 'accountHolder', kind: 'text', required: true },
    { field: 'contactEmail', kind: 'email', required: true, example: 'orders@example.eu' },
    {
      field: 'contactPhone',
      kind: 'phone',
      required: true,
      format: 'E.164',
      example: phoneExample(country),
    },
    { field: 'representative', kind: 'person', required: true },
    { field: 'preferredLanguage', kind: 'language', required: true },
    { field: 'categories', kind: 'categories', required: true },
    {
      field: 'selfCertification',
      kind: 'boolean',
      required: true,
      legalBasis: { euRegulation: '2022/2065', article: '30(1)(e)' },
    },
    ...homeRegistrations(country).map((rule) => registrationRequirement(country, rule)),
  ];
  const documents: DocumentRequirement[] = [
    { type: 'registerExtract', required: legalForm.registered },
    { type: 'representativeId', required: true },
    { type: 'proofOfAddress', required: !legalForm.registered },
  ];
  return { country, legalForm, registerName: REGISTER_NAMES[country], fields, documents };
}

/** The values whose form the country's rules decide; absent ones are not checked here. */
export interface CheckedValues {
  /** Code of the legal form, whose register number rule applies; the country's when absent. */
  legalForm?: string | null;
  registerNumber?: string | null;
  vatId?: string | null;
  reaNumber?: string | null;
  iban?: string | null;
  contactPhone?: string | null;
  representative?: { dateOfBirth: string } | null;
  registrations?: Readonly<
    Partial<Record<string, Readonly<Partial<Record<RegistrationDuty, string>>>>>
  >;
}

const IDENTIFIER_FIELDS = ['registerNumber', 'vatId', 'reaNumber', 'iban', 'contactPhone'] as const;

/**
 * Problems with the values that are present: identifiers against the country's formats and check
 * digits, the representative's age, and registration numbers against each market's format. Used
 * on every edit and again at submission.
 */
export function valueProblems(
  country: CountryCode,
  values: CheckedValues,
  today: string,
): OnboardingProblem[] {
  const problems: OnboardingProblem[] = [];
  for (const field of IDENTIFIER_FIELDS) {
    const problem = fieldProblem(country, field, values[field], today, values.legalForm);
    if (problem) problems.push(problem);
  }
  if (values.representative) {
    const problem = fieldProblem(
      country,
      'representative.dateOfBirth',
      values.representative.dateOfBirth,
      today,
    );
    if (problem) problems.push(problem);
  }
  for (const [market, duties] of Object.entries(values.registrations ?? {})) {
    for (const [duty, value] of Object.entries(duties ?? {})) {
      const rule = MARKET_REGISTRATION_RULES[market as CountryCode]?.find((r) => r.duty === duty);
      if (value && rule?.pattern && !rule.pattern.test(value)) {
        problems.push({
          field: `registrations.${market}.${duty}`,
          code: 'registrationFormat',
          variables: { example: rule.example },
        });
      }
    }
  }
  return problems;
}

/** A vendor's onboarding data as the completeness and field checks see it. */
export interface VendorProfileSnapshot {
  country: CountryCode;
  legalForm: string;
  legalName: string | null;
  registeredAddress: { line1: string; postalCode: string; city: string; country: string } | null;
  registerNumber: string | null;
  vatId: string | null;
  reaNumber: string | null;
  iban: string | null;
  accountHolder: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  representative: { firstName: string; lastName: string; dateOfBirth: string } | null;
  preferredLanguage: string | null;
  categories: readonly string[];
  selfCertification: boolean;
  registrations: Readonly<
    Partial<Record<string, Readonly<Partial<Record<RegistrationDuty, string>>>>>
  >;
}

export interface OnboardingProblem {
  field: string;
  code: string;
  variables?: Record<string, string | number>;
}

const identifierProblem = (
  field: string,
  problem: IdentifierProblem,
  example: string,
): OnboardingProblem => ({
  field,
  code: problem,
  variables: { example },
});

/** Checks one identifier-like field against the country's rules; undefined when fine or empty. */
export function fieldProblem(
  country: CountryCode,
  field: string,
  value: string | null | undefined,
  today: string,
  legalForm?: string | null,
): OnboardingProblem | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (field) {
    case 'registerNumber': {
      const rule = registerNumberRule(country, legalForm);
      const result = rule.check(value);
      return result.valid ? undefined : identifierProblem(field, result.problem, rule.example);
    }
    case 'vatId': {
      const result = checkVatId(country, value);
      return result.valid
        ? undefined
        : identifierProblem(field, result.problem, vatIdRule(country).example);
    }
    case 'reaNumber': {
      // Only Italy keeps a REA (D.P.R. 581/1995 art. 9); elsewhere the field has no meaning.
      if (country !== 'IT') return { field, code: 'onlyForCountry', variables: { country: 'IT' } };
      const result = checkReaNumber(value);
      return result.valid
        ? undefined
        : { field, code: result.problem, variables: { example: 'MI-1234567' } };
    }
    case 'iban': {
      const result = checkIban(value);
      if (result.valid) return undefined;
      return result.problem === 'ibanOutsideSepa'
        ? { field, code: result.problem, variables: { country: result.country } }
        : { field, code: result.problem };
    }
    case 'contactPhone':
      return checkPhone(value).valid
        ? undefined
        : { field, code: 'invalidPhone', variables: { example: phoneExample(country) } };
    case 'representative.dateOfBirth':
      return isAdultOn(value, today) ? undefined : { field, code: 'mustBeAdult' };
    default:
      return undefined;
  }
}

/** Normal forms stored for identifiers, so that lookups and comparisons work on one spelling. */
export function normalizeField(
  country: CountryCode,
  field: string,
  value: string,
  legalForm?: string | null,
): string {
  switch (field) {
    case 'registerNumber': {
      const result = registerNumberRule(country, legalForm).check(value);
      return result.valid ? result.normalized : value;
    }
    case 'vatId': {
      const result = checkVatId(country, value);
      return result.valid ? result.normalized : value;
    }
    case 'reaNumber': {
      const result = checkReaNumber(value);
      return result.valid ? result.normalized : value;
    }
    case 'iban': {
      const result = checkIban(value);
      return result.valid ? result.normalized : value;
    }
    case 'contactPhone': {
      const result = checkPhone(value);
      return result.valid ? result.normalized : value;
    }
    default:
      return value;
  }
}

function isAdultOn(dateOfBirth: string, today: string): boolean {
  const [year, month, day] = today.split('-').map(Number);
  const eighteenYearsAgo = `${year - 18}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return dateOfBirth <= eighteenYearsAgo;
}

function valueAt(profile: VendorProfileSnapshot, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      profile,
    );
}

/**
 * Everything still missing or invalid before a vendor can be submitted for review: every
 * required field, every field that breaks its country's rule, and every required document.
 */
export function onboardingProblems(
  profile: VendorProfileSnapshot,
  documentTypes: readonly string[],
  today: string,
): OnboardingProblem[] {
  const legalForm = findLegalForm(profile.country, profile.legalForm);
  if (!legalForm) {
    return [
      {
        field: 'legalForm',
        code: 'isIn',
        variables: {
          values: legalFormsOf(profile.country)
            .map((f) => f.code)
            .join(', '),
        },
      },
    ];
  }
  const requirements = onboardingRequirements(profile.country, legalForm);
  const problems: OnboardingProblem[] = [];
  for (const requirement of requirements.fields) {
    const applies =
      !requirement.whenCategories ||
      requirement.whenCategories.some((c) => profile.categories.includes(c));
    const value = valueAt(profile, requirement.field);
    const missing =
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0);
    if (requirement.required && applies && missing) {
      problems.push({ field: requirement.field, code: 'required' });
    } else if (requirement.field === 'selfCertification' && value !== true) {
      problems.push({ field: 'selfCertification', code: 'mustBeTrue' });
    }
  }
  problems.push(...valueProblems(profile.country, profile, today));
  for (const document of requirements.documents) {
    if (document.required && !documentTypes.includes(document.type)) {
      problems.push({ field: `documents.${document.type}`, code: 'documentRequired' });
    }
  }
  return problems;
}
