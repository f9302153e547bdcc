import { getCountryCallingCode } from 'libphonenumber-js/max';
import { MEMBER_STATE_CODES } from '../markets/market.types';
import { LEGAL_FORMS } from './legal-forms';
import {
  fieldProblem,
  findLegalForm,
  normalizeField,
  onboardingProblems,
  onboardingRequirements,
  valueProblems,
  type VendorProfileSnapshot,
} from './onboarding-requirements';
import { SELLER_CATEGORIES } from './onboarding.types';
import { IBAN_EXAMPLES, SEPA_IBAN_COUNTRIES } from './sepa-ibans';

function requirementsFor(country: Parameters<typeof findLegalForm>[0], code: string) {
  const form = findLegalForm(country, code);
  if (!form) throw new Error(`no ${code} in ${country}`);
  return onboardingRequirements(country, form);
}

const requiredFields = (country: Parameters<typeof findLegalForm>[0], code: string) =>
  requirementsFor(country, code)
    .fields.filter((f) => f.required)
    .map((f) => f.field);

describe('onboardingRequirements', () => {
  it.each(MEMBER_STATE_CODES)('%s offers legal forms of each kind with unique codes', (country) => {
    const forms = LEGAL_FORMS[country];
    expect(new Set(forms.map((f) => f.code)).size).toBe(forms.length);
    expect(forms.some((f) => f.kind === 'company')).toBe(true);
    expect(forms.some((f) => f.kind === 'sole_trader')).toBe(true);
  });

  it('asks a German GmbH for its register number and extract, and a sole trader for neither', () => {
    expect(requiredFields('DE', 'gmbh')).toContain('registerNumber');
    const gmbhDocuments = requirementsFor('DE', 'gmbh')
      .documents.filter((d) => d.required)
      .map((d) => d.type);
    expect(gmbhDocuments).toEqual(['registerExtract', 'representativeId']);

    expect(requiredFields('DE', 'einzelunternehmen')).not.toContain('registerNumber');
    expect(requiredFields('DE', 'einzelunternehmen')).not.toContain('vatId');
    const soleDocuments = requirementsFor('DE', 'einzelunternehmen')
      .documents.filter((d) => d.required)
      .map((d) => d.type);
    expect(soleDocuments).toEqual(['representativeId', 'proofOfAddress']);
  });

  it('adds the home country’s producer registrations: German packaging always, WEEE for electronics', () => {
    const fields = requirementsFor('DE', 'gmbh').fields;
    expect(fields.find((f) => f.field === 'registrations.DE.packaging')).toMatchObject({
      required: true,
    });
    // Keyed by product kinds, asked of the declared taxonomy category that holds them.
    expect(fields.find((f) => f.field === 'registrations.DE.weee')).toMatchObject({
      whenCategories: ['electronics'],
    });
    expect(requirementsFor('FR', 'sasu').fields.map((f) => f.field)).toContain(
      'registrations.FR.eprUin',
    );
    // Austria's duty binds foreign sellers only; an Austrian seller is not asked for it.
    expect(
      requirementsFor('AT', 'gmbh')
        .fields.map((f) => f.field)
        .filter((f) => f.startsWith('registrations')),
    ).toEqual([]);
    expect(
      requirementsFor('NL', 'bv')
        .fields.map((f) => f.field)
        .filter((f) => f.startsWith('registrations')),
    ).toEqual([]);
  });

  it('gives each country its own register number format and example', () => {
    const fr = requirementsFor('FR', 'sas').fields.find((f) => f.field === 'registerNumber');
    const cz = requirementsFor('CZ', 'sro').fields.find((f) => f.field === 'registerNumber');
    expect(fr?.example).toBe('732829320');
    expect(cz?.format).toBe('########');
  });

  /** The regular expression a FORMAT_NOTATION pattern stands for; `[…]` holds characters that may each be left out. */
  function patternOf(format: string): RegExp {
    const notation: Record<string, string> = { '#': '\\d', X: '\\p{L}', '(': '(?:', ')': ')', '|': '|', '‹': '.+' }; // prettier-ignore
    const alternatives = format.split(' | ').map((alternative) => {
      let optional = false;
      return [...alternative.replace(/‹[^›]+›/gu, '‹')]
        .map((char) => {
          if (char === '[' || char === ']') {
            optional = char === '[';
            return '';
          }
          const pattern = notation[char] ?? char.replace(/[.*+?^${}\\/]/g, '\\$&');
          return optional ? `(?:${pattern})?` : pattern;
        })
        .join('');
    });
    return new RegExp(`^(?:${alternatives.join('|')})$`, 'u');
  }

  // Sellers read formats in every language: patterns of FORMAT_NOTATION, never prose, and true
  // to the example shown beside them. IBAN and phone formats are named by their standard.
  it.each(MEMBER_STATE_CODES)(
    'writes every format of %s as a pattern its example fits',
    (country) => {
      for (const form of LEGAL_FORMS[country]) {
        for (const field of onboardingRequirements(country, form).fields) {
          if (!field.format) continue;
          if (field.field === 'iban') expect(field.format).toBe('ISO 13616');
          else if (field.field === 'contactPhone') expect(field.format).toBe('E.164');
          else
            expect({ form: form.code, field: field.field, example: field.example }).toEqual({
              form: form.code,
              field: field.field,
              example: expect.stringMatching(patternOf(field.format)),
            });
        }
      }
    },
  );

  it('asks a form outside any register for the number that identifies it, as an option', () => {
    const jdg = requirementsFor('PL', 'jdg').fields.find((f) => f.field === 'registerNumber');
    expect(jdg).toMatchObject({
      required: false,
      format: '###-###-##-##',
      example: '526-104-08-28',
    });
    const cb = requirementsFor('ES', 'cb').fields.find((f) => f.field === 'registerNumber');
    expect(cb).toMatchObject({ required: false, example: 'E12345674' });
    expect(requiredFields('PL', 'jdg')).not.toContain('registerNumber');
    expect(requirementsFor('DE', 'einzelunternehmen').fields.map((f) => f.field)).not.toContain(
      'registerNumber',
    );
  });
});

/** A German GmbH's profile with everything onboarding asks for. */
function completeProfile(): VendorProfileSnapshot {
  return {
    country: 'DE',
    legalForm: 'gmbh',
    legalName: 'Beispiel GmbH',
    registeredAddress: { line1: 'Straße 1', postalCode: '10117', city: 'Berlin', country: 'DE' },
    registerNumber: 'München HRB 86891',
    vatId: 'DE136695976',
    reaNumber: null,
    iban: 'DE89370400440532013000',
    accountHolder: 'Beispiel GmbH',
    contactEmail: 'a@b.eu',
    contactPhone: '+4930123456789',
    representative: { firstName: 'Anna', lastName: 'Schmidt', dateOfBirth: '1980-01-01' },
    preferredLanguage: 'de',
    categories: ['home-garden'],
    selfCertification: true,
    registrations: { DE: { packaging: 'DE1234567890123' } },
  };
}

describe('onboardingProblems', () => {
  const complete = completeProfile();
  const documents = ['registerExtract', 'representativeId'];

  it('finds nothing missing in a complete profile', () => {
    expect(onboardingProblems(complete, documents, '2026-11-26')).toEqual([]);
  });

  it('lists every missing item at once', () => {
    const problems = onboardingProblems(
      { ...complete, iban: null, selfCertification: false, categories: ['electronics'] },
      [],
      '2026-11-26',
    );
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(
      expect.arrayContaining([
        'iban:required',
        'selfCertification:mustBeTrue',
        'registrations.DE.weee:required',
        'documents.registerExtract:documentRequired',
        'documents.representativeId:documentRequired',
      ]),
    );
  });

  it('checks formats of what is there', () => {
    const problems = onboardingProblems(
      {
        ...complete,
        registrations: { DE: { packaging: '12345' } },
        representative: { firstName: 'K', lastName: 'Id', dateOfBirth: '2015-01-01' },
      },
      documents,
      '2026-11-26',
    );
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'representative.dateOfBirth:mustBeAdult',
      'registrations.DE.packaging:registrationFormat',
    ]);
  });
});

describe('VAT ID', () => {
  // DSA Art. 30 does not ask for one; small-business-scheme sellers of any form have none.
  it.each(MEMBER_STATE_CODES)('is optional for every legal form in %s', (country) => {
    for (const form of LEGAL_FORMS[country]) {
      const vatId = onboardingRequirements(country, form).fields.find((f) => f.field === 'vatId');
      expect({ form: form.code, required: vatId?.required }).toEqual({
        form: form.code,
        required: false,
      });
    }
  });

  it('lets a German GmbH without one submit', () => {
    const profile = { ...completeProfile(), vatId: null };
    expect(
      onboardingProblems(profile, ['registerExtract', 'representativeId'], '2026-11-26'),
    ).toEqual([]);
  });

  it('takes it as typed, with spaces, dots and dashes', () => {
    expect(fieldProblem('DE', 'vatId', 'DE 136.695-976', '2026-11-26')).toBeUndefined();
    expect(normalizeField('DE', 'vatId', 'de 136.695-976')).toBe('DE136695976');
  });
});

describe('IBAN', () => {
  const today = '2026-11-26';

  it('takes an IBAN as typed, with spaces, dots and dashes, and stores the electronic form', () => {
    expect(fieldProblem('DE', 'iban', 'de89 3704.0044-0532 0130 00', today)).toBeUndefined();
    expect(normalizeField('DE', 'iban', 'de89 3704.0044-0532 0130 00')).toBe(
      'DE89370400440532013000',
    );
  });

  it('accepts IBANs of SEPA countries outside the EU, old and new', () => {
    expect(fieldProblem('FR', 'iban', 'CH93 0076 2011 6238 5295 7', today)).toBeUndefined();
    // Albania joined the SEPA schemes' scope in November 2024.
    expect(fieldProblem('IT', 'iban', 'AL47 2121 1009 0000 0002 3569 8741', today)).toBeUndefined();
    // Serbia joined on 22 May 2025 (EPC Board decision); the SWIFT IBAN Registry's example.
    expect(fieldProblem('HR', 'iban', 'RS35 2600 0560 1001 6113 79', today)).toBeUndefined();
  });

  it('lists the 41 countries of the EPC’s count of the SEPA schemes’ scope, and Gibraltar', () => {
    expect(SEPA_IBAN_COUNTRIES.size).toBe(42);
    expect(SEPA_IBAN_COUNTRIES.has('GI')).toBe(true);
    // Kosovo has an IBAN format but is outside the scope.
    expect(fieldProblem('SI', 'iban', 'XK05 1212 0123 4567 8906', today)).toEqual({
      field: 'iban',
      code: 'ibanOutsideSepa',
      variables: { country: 'XK' },
    });
  });

  it('refuses a valid IBAN of a country outside SEPA, saying which', () => {
    expect(fieldProblem('DE', 'iban', 'SA03 8000 0000 6080 1016 7519', today)).toEqual({
      field: 'iban',
      code: 'ibanOutsideSepa',
      variables: { country: 'SA' },
    });
    expect(fieldProblem('DE', 'iban', 'DE89370400440532013001', today)).toMatchObject({
      code: 'invalidIban',
    });
  });

  it.each(MEMBER_STATE_CODES)('gives %s its own valid example', (country) => {
    const example = requirementsFor(country, LEGAL_FORMS[country][0].code).fields.find(
      (f) => f.field === 'iban',
    )?.example;
    expect(example).toBe(IBAN_EXAMPLES[country]);
    // Greece's VAT prefix is EL but its IBANs start with GR (ISO 3166).
    expect(example?.slice(0, 2)).toBe(country);
    expect(SEPA_IBAN_COUNTRIES.has(country)).toBe(true);
    expect(fieldProblem(country, 'iban', example, today)).toBeUndefined();
  });
});

describe('contact phone', () => {
  const today = '2026-11-26';

  it.each([
    ['+49 30 12345678', '+493012345678'],
    ['+33 1 23 45 67 89', '+33123456789'],
    ['+49 (0)30 1234-5678', '+493012345678'],
    ['+39 02.1234.5678', '+390212345678'],
  ])('accepts %s as typed and stores %s', (typed, e164) => {
    expect(fieldProblem('DE', 'contactPhone', typed, today)).toBeUndefined();
    expect(normalizeField('DE', 'contactPhone', typed)).toBe(e164);
  });

  it('refuses a number without country code, with an example of the seller’s country', () => {
    expect(fieldProblem('FR', 'contactPhone', '01 23 45 67 89', today)).toMatchObject({
      code: 'invalidPhone',
      variables: { example: expect.stringMatching(/^\+33 /) },
    });
  });

  it.each(MEMBER_STATE_CODES)('gives %s an example with its calling code', (country) => {
    const example = requirementsFor(country, LEGAL_FORMS[country][0].code).fields.find(
      (f) => f.field === 'contactPhone',
    )?.example;
    expect(example?.startsWith(`+${getCountryCallingCode(country)} `)).toBe(true);
    expect(fieldProblem(country, 'contactPhone', example, today)).toBeUndefined();
  });
});

describe('REA number', () => {
  const today = '2026-11-26';

  it('is offered, optional, to Italian sellers only', () => {
    const rea = requirementsFor('IT', 'srl').fields.find((f) => f.field === 'reaNumber');
    expect(rea).toMatchObject({ required: false, example: 'MI-1234567' });
    expect(requirementsFor('DE', 'gmbh').fields.map((f) => f.field)).not.toContain('reaNumber');
    expect(valueProblems('DE', { reaNumber: 'MI-1234567' }, today)).toEqual([
      { field: 'reaNumber', code: 'onlyForCountry', variables: { country: 'IT' } },
    ]);
  });

  it('takes the province sigla and up to 7 digits, as typed', () => {
    expect(fieldProblem('IT', 'reaNumber', 'mi 1234567', today)).toBeUndefined();
    expect(normalizeField('IT', 'reaNumber', ' mi 1234567 ')).toBe('MI-1234567');
    expect(normalizeField('IT', 'reaNumber', 'SU-123')).toBe('SU-123');
  });

  it('refuses an unknown province and a wrong format', () => {
    expect(fieldProblem('IT', 'reaNumber', 'XX-1234567', today)).toMatchObject({
      code: 'unknownProvince',
    });
    // Carbonia-Iglesias was abolished in 2016 and never had a chamber of commerce.
    expect(fieldProblem('IT', 'reaNumber', 'CI-1234567', today)).toMatchObject({
      code: 'unknownProvince',
    });
    expect(fieldProblem('IT', 'reaNumber', 'MI-12345678', today)).toMatchObject({
      code: 'identifierFormat',
    });
  });
});

describe('declared categories and legal bases', () => {
  it('are the taxonomy’s top-level categories', () => {
    expect(SELLER_CATEGORIES).toContain('home-garden');
    expect(SELLER_CATEGORIES).not.toContain('jewellery');
  });

  it('cite EU acts by number and article, for a translated template', () => {
    const selfCertification = requirementsFor('DE', 'gmbh').fields.find(
      (f) => f.field === 'selfCertification',
    );
    expect(selfCertification?.legalBasis).toEqual({
      euRegulation: '2022/2065',
      article: '30(1)(e)',
    });
  });
});
