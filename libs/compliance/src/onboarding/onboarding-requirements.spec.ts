import { MEMBER_STATE_CODES } from '../markets/market.types';
import { LEGAL_FORMS } from './legal-forms';
import {
  findLegalForm,
  onboardingProblems,
  onboardingRequirements,
  type VendorProfileSnapshot,
} from './onboarding-requirements';

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
    expect(requiredFields('DE', 'gmbh')).toEqual(
      expect.arrayContaining(['registerNumber', 'vatId']),
    );
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
    expect(fields.find((f) => f.field === 'registrations.DE.weee')).toMatchObject({
      whenCategories: ['electronics', 'batteries'],
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
    expect(cz?.format).toContain('IČO');
  });
});

describe('onboardingProblems', () => {
  const complete: VendorProfileSnapshot = {
    country: 'DE',
    legalForm: 'gmbh',
    legalName: 'Beispiel GmbH',
    registeredAddress: { line1: 'Straße 1', postalCode: '10117', city: 'Berlin', country: 'DE' },
    registerNumber: 'HRB 86891',
    vatId: 'DE136695976',
    iban: 'DE89370400440532013000',
    accountHolder: 'Beispiel GmbH',
    contactEmail: 'a@b.eu',
    contactPhone: '+4930123456789',
    representative: { firstName: 'Anna', lastName: 'Schmidt', dateOfBirth: '1980-01-01' },
    preferredLanguage: 'de',
    categories: ['home'],
    selfCertification: true,
    registrations: { DE: { packaging: 'DE1234567890123' } },
  };
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
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'iban:required',
      'selfCertification:mustBeTrue',
      'registrations.DE.weee:required',
      'documents.registerExtract:documentRequired',
      'documents.representativeId:documentRequired',
    ]);
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
