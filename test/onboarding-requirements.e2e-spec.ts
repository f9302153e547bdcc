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
    expect(registerNumber).toMatchObject({ required: true, example: 'HRB 86891' });
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
    expect(required).not.toContain('vatId');
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

  it('answers a missing legal form with 400 and an unknown country with 404', async () => {
    const missing = await requirements('DE/onboarding-requirements').expect(400);
    expect(missing.body.errors[0].field).toBe('legalForm');
    await requirements('US/onboarding-requirements?legalForm=llc').expect(404);
  });
});
