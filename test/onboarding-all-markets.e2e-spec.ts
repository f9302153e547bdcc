import { MEMBER_STATE_CODES, type CountryCode } from '@app/compliance';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { PDF_BYTES } from './support/fixtures';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

interface Requirement {
  field: string;
  required: boolean;
  example?: string;
  whenCategories?: string[];
}

/** A vendor body built only from what the requirements endpoint tells the seller. */
function bodyFrom(
  country: CountryCode,
  legalForm: string,
  fields: Requirement[],
  language: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    country,
    legalForm,
    legalName: `Example Trader ${country}`,
    registeredAddress: { line1: 'Example Street 1', postalCode: '1000', city: 'Capital', country },
    accountHolder: `Example Trader ${country}`,
    contactEmail: `trader-${country.toLowerCase()}@example.eu`,
    representative: { firstName: 'Alex', lastName: 'Example', dateOfBirth: '1980-01-01' },
    preferredLanguage: language,
    categories: ['home-garden'],
    selfCertification: true,
    registrations: {},
  };
  for (const requirement of fields) {
    if (!requirement.example || requirement.whenCategories) continue;
    // The country's own examples, as people type them (IBAN in groups, phone with spaces).
    if (
      ['registerNumber', 'vatId', 'reaNumber', 'iban', 'contactPhone'].includes(requirement.field)
    )
      body[requirement.field] = requirement.example;
    const [head, market, duty] = requirement.field.split('.');
    if (head === 'registrations')
      (body.registrations as Record<string, Record<string, string>>)[market] = {
        [duty]: requirement.example,
      };
  }
  return body;
}

describe('onboarding in every member state (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
  });
  afterAll(() => system?.stop());

  it.each(MEMBER_STATE_CODES)(
    'a company in %s goes from registration to approved with a payout account',
    async (country) => {
      const market = await request(http).get(`/v1/markets/${country}`).expect(200);
      const language =
        (market.body.languages as string[]).find((l) => l !== 'lb' && l !== 'tr') ?? 'en';
      const seller = await signUp(http, 'seller', language);

      const forms = await request(http).get(`/v1/markets/${country}/legal-forms`).expect(200);
      const companyForm = (forms.body.items as Array<{ code: string; kind: string }>).find(
        (form) => form.kind === 'company',
      )?.code;
      const requirements = await request(http)
        .get(`/v1/markets/${country}/onboarding-requirements?legalForm=${companyForm}`)
        .set('Accept-Language', language)
        .expect(200);

      const created = await request(http)
        .post('/v1/vendors')
        .set(seller.auth)
        .set('Accept-Language', language)
        .send(
          bodyFrom(
            country,
            requirements.body.legalForm.code as string,
            requirements.body.fields as Requirement[],
            language,
          ),
        );
      expect({ status: created.status, errors: created.body.errors }).toEqual({
        status: 201,
        errors: undefined,
      });
      const vendorId = created.body.id as string;

      for (const document of requirements.body.documents as Array<{
        type: string;
        required: boolean;
      }>) {
        if (!document.required) continue;
        await request(http)
          .post(`/v1/vendors/${vendorId}/documents`)
          .set(seller.auth)
          .field('type', document.type)
          .attach('file', PDF_BYTES, 'doc.pdf')
          .expect(201);
      }
      const submitted = await request(http).post(`/v1/vendors/${vendorId}/submit`).set(seller.auth);
      expect({ status: submitted.status, errors: submitted.body.errors }).toEqual({
        status: 200,
        errors: undefined,
      });
      await request(http)
        .post(`/v1/admin/vendors/${vendorId}/approve`)
        .set(admin.auth)
        .send({})
        .expect(200);
      const payout = await request(http)
        .post(`/v1/vendors/${vendorId}/payout-account`)
        .set(seller.auth)
        .expect(201);
      expect(payout.body).toMatchObject({ provider: 'sandbox', payoutStatus: 'enabled' });
    },
  );
});
