import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import Stripe from 'stripe';
import { signIn, signUp, type SignedIn } from './support/accounts';
import { SELLER_CATEGORIES } from '@app/compliance';
import { VendorCategoriesFromTaxonomy1796170110000 } from '../migrations/1796170110000-VendorCategoriesFromTaxonomy';
import { germanGmbh, PDF_BYTES, PNG_BYTES } from './support/fixtures';
import { StripeEmulator, ViesEmulator } from './support/http-emulator';
import { raceWithLockedVendor } from './support/row-locks';
import { draftVendor, patchVendor, postVendor } from './support/vendors';
import { eventually, startTestSystem, type TestSystem } from './support/test-system';

const ADMIN = { email: 'reviewer@example.eu', password: 'a long passphrase for the admin' };
const WEBHOOK_SECRET = 'whsec_test_secret';

describe('vendor onboarding (e2e)', () => {
  let vies: ViesEmulator;
  let stripe: StripeEmulator;
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;

  beforeAll(async () => {
    vies = await new ViesEmulator().start();
    stripe = await new StripeEmulator().start();
    vies.validNumbers.add('DE136695976');
    system = await startTestSystem({
      worker: true,
      env: {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        VIES_API_BASE: vies.url,
        STRIPE_SECRET_KEY: 'sk_test_emulator',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_BASE: stripe.url,
      },
    });
    http = system.api.getHttpServer() as App;
    admin = await signIn(http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await system?.stop();
    await vies.stop();
    await stripe.stop();
  });

  const count = async (table: string) =>
    Number((await system.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);

  const getVendor = (caller: SignedIn, vendorId: string) =>
    request(http).get(`/v1/vendors/${vendorId}`).set(caller.auth);

  const submitVendor = (owner: SignedIn, vendorId: string) =>
    request(http).post(`/v1/vendors/${vendorId}/submit`).set(owner.auth);

  /** An admin route acting on the vendor (approve, reject, suspend…), called as `caller`. */
  const vendorDecision = (caller: SignedIn, vendorId: string, action: string) =>
    request(http).post(`/v1/admin/vendors/${vendorId}/${action}`).set(caller.auth);

  /** A new seller with a draft German GmbH. */
  async function sellerWithDraft(): Promise<{ seller: SignedIn; vendorId: string }> {
    const seller = await signUp(http, 'seller');
    return { seller, vendorId: await draftVendor(http, seller) };
  }

  /** A refused upload leaves neither a row nor a file behind. */
  async function expectNoDocumentsKept(vendorId: string): Promise<void> {
    expect(
      await system.dataSource.query('SELECT id FROM vendor_documents WHERE vendor_id = $1', [
        vendorId,
      ]),
    ).toEqual([]);
    expect(existsSync(join(system.config.STORAGE_DIR, 'vendors', vendorId))).toBe(false);
  }

  function upload(seller: SignedIn, vendorId: string, type: string, content: Buffer, name: string) {
    return request(http)
      .post(`/v1/vendors/${vendorId}/documents`)
      .set(seller.auth)
      .field('type', type)
      .attach('file', content, name);
  }

  /** Delivers a Stripe `account.updated` event for the account, signed with the secret. */
  function accountUpdated(eventId: string, accountId: string, secret = WEBHOOK_SECRET) {
    const event = JSON.stringify({
      id: eventId,
      object: 'event',
      type: 'account.updated',
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          id: accountId,
          object: 'account',
          payouts_enabled: true,
          details_submitted: true,
        },
      },
    });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: event, secret });
    return request(http)
      .post('/v1/webhooks/stripe')
      .set('Stripe-Signature', signature)
      .set('Content-Type', 'application/json')
      .send(event);
  }

  /** A draft with every document onboarding asks for, ready to submit. Returns its id. */
  async function draftWithDocuments(seller: SignedIn, body = germanGmbh()): Promise<string> {
    const id = await draftVendor(http, seller, body);
    await upload(seller, id, 'registerExtract', PDF_BYTES, 'hr.pdf').expect(201);
    await upload(seller, id, 'representativeId', PNG_BYTES, 'id.png').expect(201);
    return id;
  }

  /** A German GmbH without a VAT ID, as a seller in the small-business scheme has none. */
  function germanGmbhWithoutVatId(): Record<string, unknown> {
    const body = germanGmbh();
    delete body.vatId;
    return body;
  }

  async function submittedVendor(seller: SignedIn): Promise<string> {
    const id = await draftWithDocuments(seller);
    await submitVendor(seller, id).expect(200);
    return id;
  }

  it('takes a German seller from registration to approved with a payout account', async () => {
    const seller = await signUp(http, 'seller', 'de');
    const vendorId = await draftVendor(http, seller);

    const document = await upload(
      seller,
      vendorId,
      'registerExtract',
      PDF_BYTES,
      'auszug.pdf',
    ).expect(201);
    expect(document.body).toMatchObject({
      type: 'registerExtract',
      contentType: 'application/pdf',
      sizeBytes: PDF_BYTES.length,
    });
    expect(document.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(join(system.config.STORAGE_DIR, 'vendors', vendorId))).toEqual([
      document.body.id,
    ]);
    await upload(seller, vendorId, 'representativeId', PNG_BYTES, 'ausweis.png').expect(201);

    const submitted = await submitVendor(seller, vendorId).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      vatId: 'DE136695976',
      registerNumber: 'München HRB 86891',
    });

    const queue = await request(http)
      .get('/v1/admin/vendors?status=submitted&country=de')
      .set(admin.auth)
      .expect(200);
    expect(queue.body.items.map((v: { id: string }) => v.id)).toContain(vendorId);

    const approved = await vendorDecision(admin, vendorId, 'approve').send({}).expect(200);
    expect(approved.body.status).toBe('approved');

    const payout = await request(http)
      .post(`/v1/vendors/${vendorId}/payout-account`)
      .set(seller.auth)
      .expect(201);
    expect(payout.body).toMatchObject({
      provider: 'stripe',
      payoutStatus: 'pending',
      onboardingUrl: expect.stringContaining(payout.body.accountId),
    });
    const [account] = stripe.calls('/v1/accounts');
    expect(account.get('country')).toBe('DE');
    expect(account.get('business_type')).toBe('company');
    expect(account.get('capabilities[transfers][requested]')).toBe('true');
    expect(account.get('metadata[vendorId]')).toBe(vendorId);

    // Stripe reports the account ready; the same event delivered twice changes nothing more.
    const send = () => accountUpdated(`evt_${vendorId.slice(0, 8)}`, payout.body.accountId);
    const firstDelivery = await send();
    expect(firstDelivery.body).toEqual({ received: true, duplicate: false });
    expect((await send().expect(200)).body).toEqual({ received: true, duplicate: true });
    const vendor = await getVendor(seller, vendorId).expect(200);
    expect(vendor.body.payoutStatus).toBe('enabled');

    // The seller hears of each step in German, and VIES confirmed the VAT ID meanwhile.
    const notifications = await eventually(async () => {
      const rows: Array<{ kind: string; locale: string; subject: string }> =
        await system.dataSource.query(
          `SELECT kind, locale, subject FROM notifications WHERE user_id = $1 AND kind LIKE 'vendor.%' ORDER BY created_at`,
          [seller.id],
        );
      return rows.length === 2 ? rows : undefined;
    });
    // Each is sent by its own job, so they may be stored in either order.
    expect(notifications.map((n) => n.kind).sort()).toEqual(['vendor.approve', 'vendor.submit']);
    expect(notifications.every((n) => n.locale === 'de')).toBe(true);
    await eventually(async () => {
      const check = await getVendor(seller, vendorId);
      return check.body.vatIdStatus === 'valid' ? true : undefined;
    });

    const log = await request(http)
      .get(`/v1/admin/vendors/${vendorId}/audit-log`)
      .set(admin.auth)
      .expect(200);
    expect(log.body.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['create', 'submit', 'approve', 'vatIdChecked']),
    );
  });

  it('rejects a webhook with a wrong signature', async () => {
    const response = await accountUpdated('evt_forged', 'acct_forged', 'whsec_other').expect(400);
    expect(response.body.code).toBe('invalid-webhook-signature');
    expect(
      await system.dataSource.query(
        `SELECT id FROM processed_webhook_events WHERE id = 'evt_forged'`,
      ),
    ).toEqual([]);
  });

  it('refuses, for a later retry, an account update for an account no vendor holds yet', async () => {
    const response = await accountUpdated('evt_early', 'acct_not_linked_yet').expect(409);
    expect(response.body.code).toBe('payout-account-unknown');
    expect(
      await system.dataSource.query(
        `SELECT id FROM processed_webhook_events WHERE id = 'evt_early'`,
      ),
    ).toEqual([]);
  });

  it('answers an incomplete submission with 422 listing every missing item, in the seller’s language', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await draftVendor(http, seller, {
      country: 'DE',
      legalForm: 'gmbh',
      legalName: 'Halb Fertig GmbH',
      categories: ['electronics'],
    });
    const response = await submitVendor(seller, vendorId).set('Accept-Language', 'fr').expect(422);
    expect(response.body.code).toBe('onboarding-incomplete');
    const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'registeredAddress',
        'registerNumber',
        'iban',
        'contactPhone',
        'selfCertification',
        'registrations.DE.packaging',
        'registrations.DE.weee',
        'documents.registerExtract',
        'documents.representativeId',
      ]),
    );
    expect(fields).not.toContain('legalName');
    // DSA Art. 30 does not ask for a VAT ID; a seller without one leaves it out.
    expect(fields).not.toContain('vatId');
    expect(response.body.errors[0].message).toBe('est obligatoire');
    const vendor = await getVendor(seller, vendorId).expect(200);
    expect(vendor.body.status).toBe('draft');
  });

  it.each([
    ['vatId', 'DE136695978', 'identifierChecksum'],
    ['vatId', 'FR40303265045', 'vatIdPrefix'],
    ['registerNumber', '12345', 'identifierFormat'],
    ['iban', 'DE89370400440532013001', 'invalidIban'],
    ['contactPhone', '030 1234', 'invalidPhone'],
    ['iban', 'SA03 8000 0000 6080 1016 7519', 'ibanOutsideSepa'],
    ['reaNumber', 'MI-1234567', 'onlyForCountry'],
  ])('refuses %s %s with %s and writes nothing', async (field, value, code) => {
    const seller = await signUp(http, 'seller');
    const before = await count('vendors');
    const response = await postVendor(http, seller)
      .send(germanGmbh({ [field]: value }))
      .expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(await count('vendors')).toBe(before);
  });

  it('checks registration numbers against the market’s format when they are entered', async () => {
    const seller = await signUp(http, 'seller');
    const before = await count('vendors');
    const response = await postVendor(http, seller)
      .send(germanGmbh({ registrations: { DE: { packaging: '12345' } } }))
      .expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'registrations.DE.packaging', code: 'registrationFormat' }),
    ]);
    expect(response.body.errors[0].message).toContain('DE1234567890123');
    expect(await count('vendors')).toBe(before);
  });

  it('refuses an unknown legal form, listing the valid ones', async () => {
    const seller = await signUp(http, 'seller');
    const before = await count('vendors');
    const response = await postVendor(http, seller)
      .send(germanGmbh({ legalForm: 'sarl' }))
      .expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'legalForm', code: 'isIn' });
    expect(response.body.errors[0].message).toContain('gmbh');
    expect(await count('vendors')).toBe(before);
  });

  describe('input as people type it, checked in one pass', () => {
    it('lets a GmbH without a VAT ID (small-business scheme) through to submission', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await draftWithDocuments(seller, germanGmbhWithoutVatId());
      const submitted = await submitVendor(seller, vendorId).expect(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', vatId: null });
    });

    it('accepts a phone, IBAN and VAT ID typed with spaces, dots and dashes, and stores their normal form', async () => {
      const seller = await signUp(http, 'seller');
      const created = await postVendor(http, seller)
        .send(
          germanGmbh({
            contactPhone: '+49 30 12345678',
            iban: 'de89 3704.0044-0532 0130 00',
            vatId: 'DE 136.695-976',
          }),
        )
        .expect(201);
      expect(created.body).toMatchObject({
        contactPhone: '+493012345678',
        iban: 'DE89370400440532013000',
        vatId: 'DE136695976',
      });
      const changed = await patchVendor(http, seller, created.body.id)
        .send({ contactPhone: '+33 1 23 45 67 89', vatId: null })
        .expect(200);
      expect(changed.body).toMatchObject({ contactPhone: '+33123456789', vatId: null });
    });

    it('reports malformed fields and country-rule problems together on create, and writes nothing', async () => {
      const seller = await signUp(http, 'seller');
      const before = await count('vendors');
      const response = await postVendor(http, seller, 'de')
        .send(
          germanGmbh({
            contactEmail: 'not an email',
            categories: ['jewellery'],
            iban: 'DE89370400440532013001',
            vatId: 'DE136695978',
          }),
        )
        .expect(400);
      expect(
        (response.body.errors as Array<{ field: string; code: string }>).map(
          (e) => `${e.field}:${e.code}`,
        ),
      ).toEqual(
        expect.arrayContaining([
          'contactEmail:isEmail',
          'categories:isIn',
          'iban:invalidIban',
          'vatId:identifierChecksum',
        ]),
      );
      expect(response.body.errors).toHaveLength(4);
      // The valid categories are the taxonomy's top-level ones.
      const categories = response.body.errors.find(
        (e: { field: string }) => e.field === 'categories',
      );
      expect(categories.message).toContain('home-garden');
      expect(await count('vendors')).toBe(before);
    });

    it('reports malformed fields and country-rule problems together on PATCH, and changes nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const response = await patchVendor(http, seller, vendorId)
        .send({ legalName: 42, legalForm: 'llc', contactPhone: '12', iban: 'NO' })
        .expect(400);
      expect(
        (response.body.errors as Array<{ field: string; code: string }>)
          .map((e) => `${e.field}:${e.code}`)
          .sort(),
      ).toEqual(
        expect.arrayContaining([
          'legalForm:isIn',
          'contactPhone:invalidPhone',
          'iban:invalidIban',
          expect.stringMatching(/^legalName:/),
        ]),
      );
      const vendor = await getVendor(seller, vendorId).expect(200);
      expect(vendor.body).toMatchObject({
        legalForm: 'gmbh',
        legalName: 'Beispiel Handels GmbH',
        iban: 'DE89370400440532013000',
      });
    });

    it('refuses null for the legal form, categories and registrations, in the caller’s language, and changes nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const stored = async () => ({
        vendor: await system.dataSource.query(
          'SELECT legal_form, categories, registrations, updated_at FROM vendors WHERE id = $1',
          [vendorId],
        ),
        auditEntries: await system.dataSource.query(
          'SELECT count(*)::int AS n FROM vendor_audit_log WHERE vendor_id = $1',
          [vendorId],
        ),
      });
      const before = await stored();

      // These columns have no "none": an empty list or object says that, null was a 500 before.
      const response = await patchVendor(http, seller, vendorId, 'fr')
        .send({ legalForm: null, categories: null, registrations: null })
        .expect(400);

      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('validation-failed');
      const errors = response.body.errors as Array<{
        field: string;
        code: string;
        message: string;
      }>;
      expect(errors).toEqual(
        expect.arrayContaining([
          { field: 'legalForm', code: 'isString', message: 'doit être une chaîne de caractères' },
          { field: 'categories', code: 'isArray', message: 'doit être une liste' },
          { field: 'registrations', code: 'isObject', message: 'doit être un objet' },
        ]),
      );
      expect(new Set(errors.map((e) => e.field))).toEqual(
        new Set(['legalForm', 'categories', 'registrations']),
      );
      expect(await stored()).toEqual(before);

      const other = await signUp(http, 'seller');
      const vendorsBefore = await count('vendors');
      const refused = await postVendor(http, other)
        .send(germanGmbh({ categories: null }))
        .expect(400);
      expect(refused.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'categories', code: 'isArray', message: 'must be a list' },
        ]),
      );
      expect(await count('vendors')).toBe(vendorsBefore);
    });

    it('clears optional identifiers sent as null or empty, and names what is wrong in a registration', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const cleared = await patchVendor(http, seller, vendorId)
        .send({ vatId: '', registerNumber: null, contactPhone: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ vatId: null, registerNumber: null, contactPhone: null });

      const empty = await patchVendor(http, seller, vendorId, 'de')
        .send({ registrations: { DE: { packaging: '  ' }, AT: null } })
        .expect(400);
      expect(empty.body.errors).toEqual([
        {
          field: 'registrations.DE.packaging',
          code: 'isNotEmpty',
          message: 'darf nicht leer sein',
        },
        // A market named with no duties under it: the code says what is wrong with it.
        { field: 'registrations.AT', code: 'isObject', message: 'muss ein Objekt sein' },
      ]);
      const [row] = await system.dataSource.query(
        'SELECT registrations FROM vendors WHERE id = $1',
        [vendorId],
      );
      expect(row.registrations).toEqual({ DE: { packaging: 'DE1234567890123' } });
    });

    it('answers a body that is not an object with 400', async () => {
      const seller = await signUp(http, 'seller');
      const before = await count('vendors');
      const response = await postVendor(http, seller).send([germanGmbh()]).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'unknownValue' })]);
      expect(await count('vendors')).toBe(before);
    });

    it('keeps an Italian seller’s REA number beside its register number, with a real province', async () => {
      const seller = await signUp(http, 'seller', 'it');
      const requirements = await request(http)
        .get('/v1/markets/IT/onboarding-requirements?legalForm=srl')
        .expect(200);
      const example = (name: string) =>
        (requirements.body.fields as Array<{ field: string; example?: string }>).find(
          (f) => f.field === name,
        )?.example;
      const italian = {
        country: 'IT',
        legalForm: 'srl',
        legalName: 'Esempio S.r.l.',
        registerNumber: example('registerNumber'),
        iban: example('iban'),
        contactPhone: example('contactPhone'),
        categories: ['fashion'],
      };
      const before = await count('vendors');
      const unknown = await postVendor(http, seller, 'it')
        .send({ ...italian, reaNumber: 'XX-1234567' })
        .expect(400);
      expect(unknown.body.errors).toEqual([
        {
          field: 'reaNumber',
          code: 'unknownProvince',
          message: 'deve iniziare con la sigla di una provincia italiana, ad esempio MI-1234567',
        },
      ]);
      expect(await count('vendors')).toBe(before);
      const created = await postVendor(http, seller)
        .send({ ...italian, reaNumber: 'mi 1234567' })
        .expect(201);
      expect(created.body).toMatchObject({
        reaNumber: 'MI-1234567',
        iban: example('iban')!.replace(/ /g, ''),
      });
    });

    it('moves stored categories onto the taxonomy with the data migration', async () => {
      const { vendorId } = await sellerWithDraft();
      await system.dataSource.query(`UPDATE vendors SET categories = $2 WHERE id = $1`, [
        vendorId,
        ['batteries', 'garden', 'home', 'jewellery', 'automotive'],
      ]);
      const runner = system.dataSource.createQueryRunner();
      try {
        await new VendorCategoriesFromTaxonomy1796170110000().up(runner);
      } finally {
        await runner.release();
      }
      const [row] = await system.dataSource.query(`SELECT categories FROM vendors WHERE id = $1`, [
        vendorId,
      ]);
      expect(row.categories).toEqual(['electronics', 'home-garden', 'fashion']);
      const stored: Array<{ categories: string[] }> = await system.dataSource.query(
        `SELECT DISTINCT categories FROM vendors`,
      );
      const allowed = new Set<string>(SELLER_CATEGORIES);
      expect(stored.flatMap((r) => r.categories).filter((c) => !allowed.has(c))).toEqual([]);
    });
  });

  describe('authorization', () => {
    let owner: SignedIn;
    let other: SignedIn;
    let vendorId: string;

    beforeAll(async () => {
      owner = await signUp(http, 'seller');
      other = await signUp(http, 'seller');
      vendorId = await draftVendor(http, owner);
      await upload(owner, vendorId, 'registerExtract', PDF_BYTES, 'extract.pdf').expect(201);
    });

    it('hides a vendor and its documents from another seller, and lets it change nothing', async () => {
      await getVendor(other, vendorId).expect(404);
      await patchVendor(http, other, vendorId).send({ legalName: 'Hijacked' }).expect(404);
      await submitVendor(other, vendorId).expect(404);
      await request(http).get(`/v1/vendors/${vendorId}/documents`).set(other.auth).expect(404);
      await upload(other, vendorId, 'proofOfAddress', PDF_BYTES, 'x.pdf').expect(404);
      await request(http)
        .post(`/v1/vendors/${vendorId}/payout-account`)
        .set(other.auth)
        .expect(404);
      const [document] = (
        await request(http).get(`/v1/vendors/${vendorId}/documents`).set(owner.auth).expect(200)
      ).body;
      await request(http)
        .get(`/v1/vendors/${vendorId}/documents/${document.id}/content`)
        .set(other.auth)
        .expect(404);
      const own = await request(http)
        .get(`/v1/vendors/${vendorId}/documents/${document.id}/content`)
        .set(owner.auth)
        .expect(200);
      expect(own.headers['content-type']).toBe('application/pdf');
      const vendor = await getVendor(owner, vendorId).expect(200);
      expect(vendor.body.legalName).toBe('Beispiel Handels GmbH');
      expect(
        await system.dataSource.query(
          'SELECT count(*)::int AS n FROM vendor_documents WHERE vendor_id = $1',
          [vendorId],
        ),
      ).toEqual([{ n: 1 }]);
    });

    it('answers GET /v1/vendors/mine with the seller’s own vendor, and nobody else’s', async () => {
      const mine = await request(http).get('/v1/vendors/mine').set(owner.auth).expect(200);
      expect(mine.body).toMatchObject({ id: vendorId, legalName: 'Beispiel Handels GmbH' });
      const none = await request(http)
        .get('/v1/vendors/mine')
        .set(other.auth)
        .set('Accept-Language', 'de')
        .expect(404);
      expect(none.headers['content-type']).toContain('application/problem+json');
      expect(none.body).toMatchObject({
        code: 'vendor-not-created',
        title: 'Noch kein Händler',
        detail:
          'Zu Ihrem Verkäuferkonto gibt es noch keinen Händler. Legen Sie ihn mit POST /v1/vendors an.',
      });
      await request(http).get('/v1/vendors/mine').set(admin.auth).expect(403);
    });

    it('lets an admin read but not edit a seller’s vendor', async () => {
      await getVendor(admin, vendorId).expect(200);
      await request(http).get(`/v1/vendors/${vendorId}/documents`).set(admin.auth).expect(200);
      await patchVendor(http, admin, vendorId).send({ legalName: 'Admin Edit' }).expect(403);
      const kept = await getVendor(owner, vendorId);
      expect(kept.body.legalName).toBe('Beispiel Handels GmbH');
    });

    it('refuses a vendor to a shopper, and admin routes to sellers and shoppers', async () => {
      const shopper = await signUp(http, 'shopper');
      const before = await count('vendors');
      await postVendor(http, shopper).send(germanGmbh()).expect(403);
      expect(await count('vendors')).toBe(before);
      for (const caller of [owner, shopper]) {
        await request(http).get('/v1/admin/vendors').set(caller.auth).expect(403);
        await vendorDecision(caller, vendorId, 'approve').send({}).expect(403);
        await request(http)
          .get(`/v1/admin/vendors/${vendorId}/audit-log`)
          .set(caller.auth)
          .expect(403);
      }
    });

    it('allows one vendor per seller', async () => {
      const before = await count('vendors');
      const response = await postVendor(http, owner).send(germanGmbh()).expect(409);
      expect(response.body.code).toBe('vendor-exists');
      // The answer names the vendor the seller already has, so it can go on editing that one.
      expect(response.body.detail).toContain(`PATCH /v1/vendors/${vendorId}`);
      expect(await count('vendors')).toBe(before);
    });
  });

  describe('lifecycle', () => {
    it('refuses illegal transitions with 409 and restrictive decisions without a reason with 400', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const early = await vendorDecision(admin, vendorId, 'approve')
        .set('Accept-Language', 'de')
        .send({})
        .expect(409);
      // The action and the status are named in the caller's language, not as codes, with the
      // vendor's id and what its seller does next.
      expect(early.body).toMatchObject({
        code: 'illegal-transition',
        detail:
          '„Freigeben“ ist nicht möglich, solange der Händler den Status „Entwurf“ hat. ' +
          `Nächster Schritt für Händler ${vendorId}: Vervollständigen Sie die Angaben mit ` +
          `PATCH /v1/vendors/${vendorId} und reichen Sie sie dann mit ` +
          `POST /v1/vendors/${vendorId}/submit ein.`,
      });
      const accountsBefore = stripe.calls('/v1/accounts').length;
      await request(http)
        .post(`/v1/vendors/${vendorId}/payout-account`)
        .set(seller.auth)
        .expect(409);
      expect(stripe.calls('/v1/accounts')).toHaveLength(accountsBefore);
      await upload(seller, vendorId, 'registerExtract', PDF_BYTES, 'a.pdf').expect(201);
      await upload(seller, vendorId, 'representativeId', PDF_BYTES, 'b.pdf').expect(201);
      await submitVendor(seller, vendorId).expect(200);
      await patchVendor(http, seller, vendorId)
        .send({ legalName: 'During Review GmbH' })
        .expect(409);
      const noReason = await vendorDecision(admin, vendorId, 'reject').send({}).expect(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const vendor = await getVendor(seller, vendorId).expect(200);
      expect(vendor.body).toMatchObject({
        status: 'submitted',
        legalName: 'Beispiel Handels GmbH',
      });
    });

    it('goes through changes requested, resubmission, approval, suspension and reinstatement', async () => {
      const seller = await signUp(http, 'seller', 'it');
      const vendorId = await submittedVendor(seller);
      await vendorDecision(admin, vendorId, 'request-changes')
        .send({ reason: 'documentsUnreadable', note: 'Page 2 is missing.' })
        .expect(200);
      await patchVendor(http, seller, vendorId)
        .send({ legalName: 'Beispiel Handels GmbH & Co' })
        .expect(200);
      await submitVendor(seller, vendorId).expect(200);
      await vendorDecision(admin, vendorId, 'approve').send({}).expect(200);
      await vendorDecision(admin, vendorId, 'suspend')
        .send({ reason: 'termsViolation' })
        .expect(200);
      const reinstated = await vendorDecision(admin, vendorId, 'reinstate').send({}).expect(200);
      expect(reinstated.body.status).toBe('approved');

      const log = await request(http)
        .get(`/v1/admin/vendors/${vendorId}/audit-log`)
        .set(admin.auth)
        .expect(200);
      const decisions = log.body.filter(
        (e: { action: string }) =>
          !['create', 'update', 'vatIdChecked', 'documentUploaded'].includes(e.action),
      );
      expect(
        decisions.map((e: { action: string; toStatus: string }) => `${e.action}->${e.toStatus}`),
      ).toEqual([
        'submit->submitted',
        'requestChanges->changes_requested',
        'submit->submitted',
        'approve->approved',
        'suspend->suspended',
        'reinstate->approved',
      ]);
      expect(decisions[1]).toMatchObject({
        reason: 'documentsUnreadable',
        note: 'Page 2 is missing.',
        actorId: expect.any(String),
      });

      // The vendor's preferred language (German) wins over the account's (Italian).
      const [changes] = await eventually(async () => {
        const rows: Array<{ body: string; locale: string }> = await system.dataSource.query(
          `SELECT body, locale FROM notifications WHERE user_id = $1 AND kind = 'vendor.requestChanges'`,
          [seller.id],
        );
        return rows.length > 0 ? rows : undefined;
      });
      expect(changes.locale).toBe('de');
      expect(changes.body).toContain('Page 2 is missing.');
    });

    it('emails the rejection without the internal note, and nothing for the seller’s own reopening', async () => {
      const seller = await signUp(http, 'seller', 'en');
      const vendorId = await submittedVendor(seller);
      await vendorDecision(admin, vendorId, 'reject')
        .send({
          reason: 'dataMismatch',
          note: 'The address differs from the register extract.',
          internalNote: 'Second account of the same person?',
        })
        .expect(200);
      await request(http).post(`/v1/vendors/${vendorId}/reapply`).set(seller.auth).expect(200);
      await submitVendor(seller, vendorId).expect(200);

      const kinds = (): Promise<Array<{ kind: string; body: string }>> =>
        system.dataSource.query(
          `SELECT kind, body FROM notifications WHERE user_id = $1 AND kind LIKE 'vendor.%' ORDER BY kind`,
          [seller.id],
        );
      // The second submission's email comes after the reopening's event was handled.
      const sent = await eventually(async () => {
        const rows = await kinds();
        const submits = rows.filter((row) => row.kind === 'vendor.submit').length;
        return submits === 2 && rows.some((row) => row.kind === 'vendor.reject') ? rows : undefined;
      });
      expect(sent.map((row) => row.kind)).toEqual([
        'vendor.reject',
        'vendor.submit',
        'vendor.submit',
      ]);
      expect(sent[0].body).toContain('The address differs from the register extract.');
      expect(sent[0].body).not.toContain('Second account');
    });

    it('checks a submission against what a concurrent PATCH commits, not what was there before', async () => {
      const seller = await signUp(http, 'seller');
      // Without a VAT ID no VIES check touches the vendor while the race is set up.
      const vendorId = await draftWithDocuments(seller, germanGmbhWithoutVatId());
      const auditEntries = () => count(`vendor_audit_log WHERE vendor_id = '${vendorId}'`);
      const entriesBefore = await auditEntries();

      // A PATCH that clears the IBAN holds the row when the submission arrives, and commits after.
      const answer = await raceWithLockedVendor(
        system.dataSource,
        vendorId,
        (transaction) =>
          transaction.query('UPDATE vendors SET iban = NULL WHERE id = $1', [vendorId]),
        () => submitVendor(seller, vendorId),
      );

      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'onboarding-incomplete',
        errors: [expect.objectContaining({ field: 'iban', code: 'required' })],
      });
      const [row] = await system.dataSource.query(
        'SELECT status, submitted_at FROM vendors WHERE id = $1',
        [vendorId],
      );
      expect(row).toEqual({ status: 'draft', submitted_at: null });
      expect(await auditEntries()).toBe(entriesBefore);
    });

    it('keeps the audit log append-only', async () => {
      await expect(
        system.dataSource.query(`UPDATE vendor_audit_log SET reason = 'x'`),
      ).rejects.toThrow('append-only');
      await expect(system.dataSource.query(`DELETE FROM vendor_audit_log`)).rejects.toThrow(
        'append-only',
      );
    });

    it('pages through the review queue with a cursor', async () => {
      const first = await request(http)
        .get('/v1/admin/vendors?limit=2')
        .set(admin.auth)
        .expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await request(http)
        .get(`/v1/admin/vendors?limit=2&cursor=${first.body.nextCursor}`)
        .set(admin.auth)
        .expect(200);
      const ids = [...first.body.items, ...second.body.items].map((v: { id: string }) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
      const bad = await request(http)
        .get('/v1/admin/vendors?cursor=garbage')
        .set(admin.auth)
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalidCursor' });
    });
  });

  describe('documents', () => {
    it('refuses a file over 10 MB and keeps nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const big = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024)]);
      const response = await upload(seller, vendorId, 'registerExtract', big, 'big.pdf').expect(
        413,
      );
      expect(response.body.code).toBe('file-too-large');
      await expectNoDocumentsKept(vendorId);
    });

    it('refuses a file whose content is not PDF, JPEG or PNG, whatever its name, and keeps nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const response = await request(http)
        .post(`/v1/vendors/${vendorId}/documents`)
        .set(seller.auth)
        .field('type', 'registerExtract')
        .attach('file', Buffer.from('MZ\x90\x00 this is an executable'), {
          filename: 'extract.pdf',
          contentType: 'application/pdf',
        })
        .expect(415);
      expect(response.body.code).toBe('unsupported-document-type');
      await expectNoDocumentsKept(vendorId);
    });

    it('refuses an unknown document type', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const response = await upload(seller, vendorId, 'selfie', PDF_BYTES, 'a.pdf').expect(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'type', code: 'isIn' });
      await expectNoDocumentsKept(vendorId);
    });
  });

  describe('VAT ID verification', () => {
    it('saves the vendor as unverified while VIES is down and checks it again later', async () => {
      vies.available = false;
      // Earlier vendors used the same VAT ID: only the checks from here on count.
      const seen = vies.requests.length;
      const checksOfThisVendor = () =>
        vies.requests.slice(seen).filter((r) => r.body.includes('136695976')).length;
      const { seller, vendorId } = await sellerWithDraft();
      await eventually(() => (checksOfThisVendor() > 0 ? true : undefined));
      const pending = await getVendor(seller, vendorId).expect(200);
      expect(pending.body.vatIdStatus).toBe('unverified');
      vies.available = true;
      await eventually(async () => {
        const vendor = await getVendor(seller, vendorId);
        return vendor.body.vatIdStatus === 'valid' ? true : undefined;
      }, 20_000);
      // The first check met VIES down; a retry confirmed the number.
      expect(checksOfThisVendor()).toBeGreaterThanOrEqual(2);
    }, 30_000);

    it('marks a VAT ID that VIES does not know as invalid', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await draftVendor(http, seller, germanGmbh({ vatId: 'DE129273398' }));
      await eventually(async () => {
        const vendor = await getVendor(seller, vendorId);
        return vendor.body.vatIdStatus === 'invalid' ? true : undefined;
      });
    });
  });
});
