import request from 'supertest';
import type { App } from 'supertest/types';
import { startTestSystem, type TestSystem } from './support/test-system';

interface Field {
  field: string;
  required: boolean;
  label: string;
  help: string;
  example?: string;
}

describe('onboarding requirements (e2e)', () => {
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    system = await startTestSystem();
    http = system.api.getHttpServer() as App;
  });
  afterAll(() => system.stop());

  const requirements = (path: string, language = 'en') =>
    request(http).get(`/v1/markets/${path}`).set('Accept-Language', language);

  it('asks a German GmbH for the Handelsregister number and extract, labelled in German', async () => {
    const response = await requirements('de/onboarding-requirements?legalForm=GmbH', 'de').expect(
      200,
    );
    expect(response.body.legalForm).toMatchObject({
      code: 'gmbh',
      abbreviation: 'GmbH',
      kind: 'company',
    });
    const registerNumber = (response.body.fields as Field[]).find(
      (f) => f.field === 'registerNumber',
    );
    expect(registerNumber).toMatchObject({ required: true, example: 'München HRB 86891' });
    expect(registerNumber?.label).toBe('Registernummer');
    expect(registerNumber?.help).toContain(response.body.registerName);
    const documents = (
      response.body.documents as Array<{ type: string; required: boolean }>
    ).filter((d) => d.required);
    expect(documents.map((d) => d.type)).toEqual(['registerExtract', 'representativeId']);
  });

  it('asks a German sole trader for less than a GmbH', async () => {
    const sole = await requirements(
      'DE/onboarding-requirements?legalForm=einzelunternehmen',
    ).expect(200);
    const required = (sole.body.fields as Field[]).filter((f) => f.required).map((f) => f.field);
    expect(required).not.toContain('registerNumber');
  });

  it('differs between countries: a French SASU gets the SIREN format and the EPR identifier', async () => {
    const response = await requirements('FR/onboarding-requirements?legalForm=sasu', 'fr').expect(
      200,
    );
    const fields = response.body.fields as Field[];
    expect(fields.find((f) => f.field === 'registerNumber')?.example).toBe('732829320');
    expect(fields.find((f) => f.field === 'vatId')?.example).toBe('FR40303265045');
    expect(fields.map((f) => f.field)).toContain('registrations.FR.eprUin');
    expect(fields.map((f) => f.field)).not.toContain('registrations.DE.packaging');
  });

  it('answers an unknown legal form with 400 listing the valid ones', async () => {
    const response = await requirements('DE/onboarding-requirements?legalForm=llc').expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'legalForm', code: 'isIn' });
    expect(response.body.errors[0].message).toContain('gmbh');
    expect(response.body.errors[0].message).toContain('einzelunternehmen');
  });

  it('answers a missing legal form with 400 required listing the valid ones, and an unknown country with 404', async () => {
    const missing = await requirements('DE/onboarding-requirements', 'de').expect(400);
    expect(missing.body.errors).toEqual([
      {
        field: 'legalForm',
        code: 'required',
        message: expect.stringMatching(/^ist erforderlich; einer von: gmbh, .*einzelunternehmen/),
      },
    ]);
    await requirements('US/onboarding-requirements?legalForm=llc').expect(404);
  });

  it('publishes the legal forms of each market on their own, documented in OpenAPI', async () => {
    const response = await requirements('de/legal-forms').expect(200);
    expect(response.body.country).toBe('DE');
    expect(response.body.registerName).toEqual(expect.any(String));
    expect(response.body.items).toContainEqual({
      code: 'gmbh',
      abbreviation: 'GmbH',
      name: 'Gesellschaft mit beschränkter Haftung',
      kind: 'company',
      registered: true,
    });
    expect(response.body.items).toContainEqual(
      expect.objectContaining({
        code: 'einzelunternehmen',
        kind: 'sole_trader',
        registered: false,
      }),
    );
    await requirements('US/legal-forms').expect(404);
    const openApi = await request(http).get('/docs-json').expect(200);
    expect(openApi.body.paths['/v1/markets/{country}/legal-forms']?.get).toBeDefined();
    const requirementsQuery = openApi.body.paths['/v1/markets/{country}/onboarding-requirements']
      .get.parameters as Array<{ name: string; required: boolean }>;
    expect(requirementsQuery).toContainEqual(
      expect.objectContaining({ name: 'legalForm', required: true }),
    );
  });

  it('gives each country its own IBAN and phone examples, and Italy the REA number', async () => {
    const fieldsOf = async (country: string, form: string) =>
      (await requirements(`${country}/onboarding-requirements?legalForm=${form}`).expect(200)).body
        .fields as Field[];
    const example = (fields: Field[], name: string) =>
      fields.find((f) => f.field === name)?.example;
    const french = await fieldsOf('FR', 'sasu');
    expect(example(french, 'iban')).toMatch(/^FR\d{2} /);
    expect(example(french, 'contactPhone')).toMatch(/^\+33 /);
    const polish = await fieldsOf('PL', 'sp-z-oo');
    expect(example(polish, 'iban')).toMatch(/^PL\d{2} /);
    expect(example(polish, 'contactPhone')).toMatch(/^\+48 /);
    const italian = await fieldsOf('IT', 'srl');
    expect(italian.find((f) => f.field === 'reaNumber')).toMatchObject({
      required: false,
      example: 'MI-1234567',
    });
    expect((await fieldsOf('DE', 'gmbh')).map((f) => f.field)).not.toContain('reaNumber');
  });

  it('asks no legal form for a VAT ID and says so, with legal bases in the caller’s language', async () => {
    const response = await requirements('DE/onboarding-requirements?legalForm=gmbh', 'de').expect(
      200,
    );
    const fields = response.body.fields as Array<Field & { legalBasis?: string }>;
    const vatId = fields.find((f) => f.field === 'vatId');
    expect(vatId?.required).toBe(false);
    expect(vatId?.help).toContain('Kleinunternehmer');
    expect(fields.find((f) => f.field === 'selfCertification')?.legalBasis).toBe(
      'Verordnung (EU) 2022/2065, Art. 30(1)(e)',
    );
    const french = await requirements('FR/onboarding-requirements?legalForm=sarl', 'fr').expect(
      200,
    );
    expect(
      (french.body.fields as Array<Field & { legalBasis?: string }>).find(
        (f) => f.field === 'selfCertification',
      )?.legalBasis,
    ).toBe('Règlement (UE) 2022/2065, art. 30(1)(e)');
  });
});
