import { VatIdCheckHandler } from '@app/vendors';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signIn, signUp, type SignedIn } from './support/accounts';
import { germanGmbh } from './support/fixtures';
import { ViesEmulator } from './support/http-emulator';
import { eventually, startTestSystem, type TestSystem } from './support/test-system';

const ADMIN = { email: 'vies-admin@example.eu', password: 'a long passphrase for the admin' };

interface AuditEntry {
  action: string;
  actorRole: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

interface Setup {
  system: TestSystem;
  http: App;
  admin: SignedIn;
}

/** The API and the worker, with the admin signed in. */
async function startSystem(env: Record<string, string> = {}): Promise<Setup> {
  const system = await startTestSystem({
    worker: true,
    env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...env },
  });
  const http = system.api.getHttpServer() as App;
  return { system, http, admin: await signIn(http, ADMIN.email, ADMIN.password) };
}

/** A German draft vendor with a VAT ID, which the worker is asked to check. */
async function vendorWithVatId(http: App): Promise<{ seller: SignedIn; vendorId: string }> {
  const seller = await signUp(http, 'seller');
  const created = await request(http)
    .post('/v1/vendors')
    .set(seller.auth)
    .send(germanGmbh())
    .expect(201);
  return { seller, vendorId: created.body.id as string };
}

async function vatIdStatusOnceSettled(http: App, seller: SignedIn, vendorId: string) {
  return eventually(async () => {
    const vendor = await request(http).get(`/v1/vendors/${vendorId}`).set(seller.auth);
    return vendor.body.vatIdStatus === 'unverified'
      ? undefined
      : (vendor.body.vatIdStatus as string);
  });
}

/** Delivers the vendor's VAT ID event once more, as an at-least-once queue may. */
async function deliverAgain({ system }: Setup, vendorId: string, vatId: string): Promise<void> {
  await system.worker!.get(VatIdCheckHandler).handle({ vendorId, vatId });
}

async function vatAuditEntries(http: App, admin: SignedIn, vendorId: string) {
  const log = await request(http)
    .get(`/v1/admin/vendors/${vendorId}/audit-log`)
    .set(admin.auth)
    .expect(200);
  return (log.body as AuditEntry[]).filter((entry) => entry.action.startsWith('vatIdCheck'));
}

describe('VAT ID checks without VIES configured (e2e)', () => {
  let setup: Setup;
  let fetchSpy: jest.SpyInstance;

  beforeAll(async () => {
    // Every outbound HTTP call of the VIES client goes through fetch: none may happen.
    fetchSpy = jest.spyOn(globalThis, 'fetch');
    setup = await startSystem();
  });
  afterAll(async () => {
    await setup?.system.stop();
    fetchSpy.mockRestore();
  });

  it('has no VIES base URL by default', () => {
    expect(setup.system.config.VIES_API_BASE).toBeUndefined();
  });

  it('calls nobody, and marks the VAT ID as not checked with the reason in the audit log', async () => {
    const { http, admin } = setup;
    const { seller, vendorId } = await vendorWithVatId(http);
    expect(await vatIdStatusOnceSettled(http, seller, vendorId)).toBe('not_checked');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await vatAuditEntries(http, admin, vendorId)).toEqual([
      expect.objectContaining({
        action: 'vatIdCheckSkipped',
        actorRole: 'system',
        reason: 'vies-not-configured',
        fromStatus: 'draft',
        toStatus: 'draft',
      }),
    ]);
    const vendor = await request(http).get(`/v1/vendors/${vendorId}`).set(seller.auth).expect(200);
    expect(vendor.body).toMatchObject({ vatId: 'DE136695976', vatIdStatus: 'not_checked' });
  });

  it('adds no second entry when the event is delivered again', async () => {
    const { http, admin } = setup;
    const { seller, vendorId } = await vendorWithVatId(http);
    await vatIdStatusOnceSettled(http, seller, vendorId);
    await deliverAgain(setup, vendorId, 'DE136695976');
    expect(await vatAuditEntries(http, admin, vendorId)).toHaveLength(1);
  });
});

describe('VAT ID checks against a configured VIES (e2e)', () => {
  let vies: ViesEmulator;
  let setup: Setup;

  beforeAll(async () => {
    vies = await new ViesEmulator().start();
    vies.validNumbers.add('DE136695976');
    setup = await startSystem({ VIES_API_BASE: vies.url });
  });
  afterAll(async () => {
    await setup?.system.stop();
    await vies.stop();
  });

  it('asks VIES and records its answer with the vendor’s status at that moment', async () => {
    const { http, admin } = setup;
    const { seller, vendorId } = await vendorWithVatId(http);
    expect(await vatIdStatusOnceSettled(http, seller, vendorId)).toBe('valid');
    expect(vies.requests.map((call) => JSON.parse(call.body) as unknown)).toEqual([
      { countryCode: 'DE', vatNumber: '136695976' },
    ]);
    expect(await vatAuditEntries(http, admin, vendorId)).toEqual([
      expect.objectContaining({
        action: 'vatIdChecked',
        actorRole: 'system',
        reason: 'valid',
        fromStatus: 'draft',
        toStatus: 'draft',
      }),
    ]);
  });

  it('asks VIES once, and records one answer, when the event is delivered again', async () => {
    const { http, admin } = setup;
    const { seller, vendorId } = await vendorWithVatId(http);
    await vatIdStatusOnceSettled(http, seller, vendorId);
    const asked = vies.requests.length;
    await deliverAgain(setup, vendorId, 'DE136695976');
    expect(vies.requests).toHaveLength(asked);
    expect(await vatAuditEntries(http, admin, vendorId)).toHaveLength(1);
  });

  it('checks a VAT ID again after the seller changed it and changed it back', async () => {
    const { http, admin } = setup;
    const { seller, vendorId } = await vendorWithVatId(http);
    await vatIdStatusOnceSettled(http, seller, vendorId);
    for (const vatId of ['', 'DE 136 695 976']) {
      await request(http)
        .patch(`/v1/vendors/${vendorId}`)
        .set(seller.auth)
        .send({ vatId })
        .expect(200);
    }
    expect(await vatIdStatusOnceSettled(http, seller, vendorId)).toBe('valid');
    expect((await vatAuditEntries(http, admin, vendorId)).map((e) => e.reason)).toEqual([
      'valid',
      'valid',
    ]);
  });
});
