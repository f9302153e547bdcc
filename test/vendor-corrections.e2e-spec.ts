import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { approvedVendor, patchVendor } from './support/vendors';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

/** A valid German VAT ID other than the fixture's (ISO 7064 MOD 11,10 check digit). */
const NEW_VAT_ID = 'DE123456788';
/** A valid German IBAN other than the fixture's. */
const NEW_IBAN = 'DE02120300000000202051';

/**
 * Corrections of an approved vendor (issue 9, part 3; DSA Art. 30(3)): identity data waits for an
 * admin while the approved data stays in force; contact data and preferences change at once.
 */
describe('vendor corrections while approved (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
  });
  afterAll(() => system?.stop());

  const getVendor = (caller: SignedIn, vendorId: string) =>
    request(http).get(`/v1/vendors/${vendorId}`).set(caller.auth);
  const decideChange = (caller: SignedIn, vendorId: string, action: 'approve' | 'reject') =>
    request(http).post(`/v1/admin/vendors/${vendorId}/pending-change/${action}`).set(caller.auth);
  const auditActions = async (vendorId: string): Promise<string[]> => {
    const rows: Array<{ action: string }> = await system.dataSource.query(
      'SELECT action FROM vendor_audit_log WHERE vendor_id = $1 ORDER BY id',
      [vendorId],
    );
    return rows.map((row) => row.action);
  };

  /** The vendor's row, its corrections and its audit log as stored. */
  async function stored(vendorId: string) {
    const [vendor] = await system.dataSource.query(
      `SELECT legal_name, iban, vat_id, vat_id_status, contact_email, contact_phone, updated_at
         FROM vendors WHERE id = $1`,
      [vendorId],
    );
    const changes = await system.dataSource.query(
      'SELECT status, changes FROM vendor_pending_changes WHERE vendor_id = $1 ORDER BY submitted_at',
      [vendorId],
    );
    return { vendor, changes, audit: await auditActions(vendorId) };
  }

  async function sellerWithApprovedVendor(language = 'en') {
    const seller = await signUp(http, 'seller', language);
    return { seller, vendorId: await approvedVendor(http, seller, admin) };
  }

  it('keeps an identity change pending while the approved data is served, and applies contact data at once', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    const patched = await patchVendor(http, seller, vendorId)
      .send({
        legalName: 'Beispiel Handel GmbH',
        iban: 'DE02 1203 0000 0000 2020 51',
        contactEmail: 'Service@Beispiel.example',
        contactPhone: '+49 30 987654321',
      })
      .expect(200);

    const expectedPending = {
      status: 'pending',
      changes: { legalName: 'Beispiel Handel GmbH', iban: NEW_IBAN },
      submittedAt: expect.any(String),
      decidedAt: null,
    };
    for (const body of [patched.body, (await getVendor(seller, vendorId).expect(200)).body]) {
      expect(body).toMatchObject({
        status: 'approved',
        legalName: 'Beispiel Handels GmbH',
        iban: 'DE89370400440532013000',
        contactEmail: 'service@beispiel.example',
        contactPhone: '+4930987654321',
        pendingChange: expectedPending,
      });
    }
    const mine = await request(http).get('/v1/vendors/mine').set(seller.auth).expect(200);
    expect(mine.body.pendingChange).toMatchObject(expectedPending);
    expect(await auditActions(vendorId)).toEqual(
      expect.arrayContaining(['update', 'changeSubmitted']),
    );
    const log = await request(http)
      .get(`/v1/admin/vendors/${vendorId}/audit-log`)
      .set(admin.auth)
      .expect(200);
    expect(log.body.slice(-2)).toMatchObject([
      { action: 'update', note: 'contactEmail, contactPhone', fromStatus: 'approved' },
      {
        action: 'changeSubmitted',
        note: 'iban, legalName',
        details: { changeId: patched.body.pendingChange.id },
      },
    ]);
  });

  it('shows the approved trader identity on the storefront while a correction waits', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    const product = await request(http)
      .post(`/v1/vendors/${vendorId}/products`)
      .set(seller.auth)
      .send({
        category: 'kitchen',
        manufacturer: {
          name: 'Porzellan AG',
          address: 'Hauptstraße 1, 80331 München',
          email: 'safety@porzellan.example',
          country: 'DE',
        },
        translations: {
          de: { title: 'Teekanne', description: 'Weiß', safetyInformation: 'Heiß' },
        },
        offers: [{ prices: [{ amount: 2500, currency: 'EUR' }], stock: 4, markets: ['DE'] }],
      })
      .expect(201);
    const productId = product.body.id as string;
    await request(http).post(`/v1/products/${productId}/submit`).set(seller.auth).expect(200);
    await request(http)
      .post(`/v1/admin/products/${productId}/decisions`)
      .set(admin.auth)
      .send({ decision: 'approve' })
      .expect(201);

    await patchVendor(http, seller, vendorId)
      .send({ legalName: 'Unverified Name GmbH', contactEmail: 'shop@beispiel.example' })
      .expect(200);
    const page = await request(http).get(`/v1/storefront/DE/products/${productId}`).expect(200);
    expect(page.body.trader).toMatchObject({
      name: 'Beispiel Handels GmbH',
      email: 'shop@beispiel.example',
    });

    await decideChange(admin, vendorId, 'approve').send({}).expect(200);
    const after = await request(http).get(`/v1/storefront/DE/products/${productId}`).expect(200);
    expect(after.body.trader.name).toBe('Unverified Name GmbH');
  });

  it('applies the change when an admin approves it, with the replaced values on record and a VIES check', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    await patchVendor(http, seller, vendorId)
      .send({ legalName: 'Beispiel Handel GmbH', vatId: 'DE 123 456 788' })
      .expect(200);

    const approved = await decideChange(admin, vendorId, 'approve')
      .send({ note: 'Register extract matches.', internalNote: 'Checked by phone.' })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      legalName: 'Beispiel Handel GmbH',
      vatId: NEW_VAT_ID,
      vatIdStatus: 'unverified',
      pendingChange: {
        status: 'approved',
        decidedAt: expect.any(String),
        note: 'Register extract matches.',
      },
    });
    const seen = await getVendor(seller, vendorId).expect(200);
    expect(seen.body).toMatchObject({ legalName: 'Beispiel Handel GmbH', vatId: NEW_VAT_ID });
    expect(JSON.stringify(seen.body)).not.toContain('Checked by phone');

    const [change] = await system.dataSource.query(
      'SELECT previous, decided_by FROM vendor_pending_changes WHERE vendor_id = $1',
      [vendorId],
    );
    expect(change.previous).toEqual({ legalName: 'Beispiel Handels GmbH', vatId: 'DE136695976' });
    const events = await system.dataSource.query(
      `SELECT payload FROM outbox
        WHERE event_type = 'vendor.vat-id-changed' AND payload->>'vendorId' = $1`,
      [vendorId],
    );
    expect(events.map((event: { payload: { vatId: string } }) => event.payload.vatId)).toEqual([
      'DE136695976',
      NEW_VAT_ID,
    ]);
    const log = await request(http)
      .get(`/v1/admin/vendors/${vendorId}/audit-log`)
      .set(admin.auth)
      .expect(200);
    expect(log.body.at(-1)).toMatchObject({
      action: 'changeApproved',
      actorRole: 'admin',
      note: 'Register extract matches.',
      internalNote: 'Checked by phone.',
      details: { fields: 'legalName, vatId' },
    });
    // Nothing is left to decide.
    const again = await decideChange(admin, vendorId, 'approve').send({}).expect(404);
    expect(again.body).toMatchObject({ code: 'pending-change-not-found', status: 404 });
  });

  it('applies nothing when an admin rejects the change, and tells the seller why', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor('de');
    await patchVendor(http, seller, vendorId).send({ iban: NEW_IBAN }).expect(200);
    const before = await stored(vendorId);

    // A rejection must say why: refused, and nothing written.
    const unexplained = await decideChange(admin, vendorId, 'reject').send({}).expect(400);
    expect(unexplained.body.errors).toEqual([
      expect.objectContaining({ field: 'reason', code: 'isDefined' }),
    ]);
    expect(await stored(vendorId)).toEqual(before);

    await decideChange(admin, vendorId, 'reject')
      .send({ reason: 'dataMismatch', note: 'The account is not in the company’s name.' })
      .expect(200);
    const seen = await getVendor(seller, vendorId).set('Accept-Language', 'de').expect(200);
    expect(seen.body).toMatchObject({
      iban: 'DE89370400440532013000',
      pendingChange: {
        status: 'rejected',
        reason: 'dataMismatch',
        reasonLabel: expect.any(String),
        note: 'The account is not in the company’s name.',
      },
    });
    const after = await stored(vendorId);
    expect(after.vendor).toEqual(before.vendor);
    expect(after.audit.at(-1)).toBe('changeRejected');
  });

  it('replaces the open change with a new PATCH, and lets the seller withdraw it', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    await patchVendor(http, seller, vendorId).send({ legalName: 'First Try GmbH' }).expect(200);
    const second = await patchVendor(http, seller, vendorId)
      .send({ accountHolder: 'Beispiel Handel GmbH' })
      .expect(200);
    expect(second.body.pendingChange).toMatchObject({
      status: 'pending',
      changes: { accountHolder: 'Beispiel Handel GmbH' },
    });
    expect(second.body.pendingChange.changes).not.toHaveProperty('legalName');
    // A PATCH of contact data only leaves the open change as it is.
    await patchVendor(http, seller, vendorId).send({ preferredLanguage: 'fr' }).expect(200);
    expect((await stored(vendorId)).changes.map((c: { status: string }) => c.status)).toEqual([
      'superseded',
      'pending',
    ]);

    const withdrawn = await request(http)
      .delete(`/v1/vendors/${vendorId}/pending-change`)
      .set(seller.auth)
      .expect(200);
    expect(withdrawn.body).toMatchObject({
      accountHolder: 'Beispiel Handels GmbH',
      preferredLanguage: 'fr',
      pendingChange: { status: 'withdrawn' },
    });
    expect((await stored(vendorId)).audit.slice(-4)).toEqual([
      'changeSubmitted',
      'changeSubmitted',
      'update',
      'changeWithdrawn',
    ]);
  });

  it('lists vendors with a change waiting for review in the admin queue', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    const { vendorId: quietId } = await sellerWithApprovedVendor();
    await patchVendor(http, seller, vendorId).send({ legalName: 'Queue GmbH' }).expect(200);
    const ids = async (query: string) => {
      const found: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await request(http)
          .get(`/v1/admin/vendors?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
          .set(admin.auth)
          .expect(200);
        found.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      return found;
    };
    const waiting = await ids('pendingChange=true');
    expect(waiting).toContain(vendorId);
    expect(waiting).not.toContain(quietId);
    const others = await ids('pendingChange=false');
    expect(others).toContain(quietId);
    expect(others).not.toContain(vendorId);
    await request(http).get('/v1/admin/vendors?pendingChange=yes').set(admin.auth).expect(400);
  });

  it('keeps other sellers out, and sellers off the admin routes', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    await patchVendor(http, seller, vendorId).send({ legalName: 'Mine GmbH' }).expect(200);
    const before = await stored(vendorId);
    const stranger = await signUp(http, 'seller');

    const foreign = await patchVendor(http, stranger, vendorId)
      .send({ legalName: 'Hijacked GmbH', contactEmail: 'thief@example.eu' })
      .expect(404);
    expect(foreign.body).toMatchObject({ code: 'vendor-not-found', status: 404 });
    await request(http)
      .delete(`/v1/vendors/${vendorId}/pending-change`)
      .set(stranger.auth)
      .expect(404);
    await getVendor(stranger, vendorId).expect(404);
    for (const caller of [seller, stranger]) {
      const refused = await decideChange(caller, vendorId, 'approve').send({}).expect(403);
      expect(refused.body).toMatchObject({ code: 'forbidden', status: 403 });
    }
    // Admins review corrections; they do not make them.
    await patchVendor(http, admin, vendorId).send({ legalName: 'Admin GmbH' }).expect(403);
    expect(await stored(vendorId)).toEqual(before);
  });

  it('answers bad input with one localized 400 listing every problem, and writes nothing', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    const before = await stored(vendorId);
    const refused = await patchVendor(http, seller, vendorId, 'de')
      .send({
        legalName: null,
        iban: 'DE00 1234',
        vatId: 'DE123456789',
        representative: { firstName: 'Kid', lastName: 'Schmidt', dateOfBirth: '2020-01-01' },
        legalForm: 'plc',
        contactEmail: 'not an email',
        contactPhone: '+4930123456789',
        selfCertification: false,
        registrations: { FR: { eprUin: 'FR123456_01ABCD' } },
      })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'validation-failed', status: 400 });
    const fields = refused.body.errors.map(
      (error: { field: string; code: string }) => `${error.field}:${error.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'legalForm:isIn',
        'legalName:required',
        'iban:invalidIban',
        'vatId:identifierChecksum',
        'representative.dateOfBirth:mustBeAdult',
        'contactEmail:isEmail',
        'selfCertification:mustBeTrue',
        'registrations:useRegistrationsEndpoint',
      ]),
    );
    const registrations = refused.body.errors.find(
      (error: { field: string }) => error.field === 'registrations',
    );
    expect(registrations.message).toContain(`PUT /v1/vendors/${vendorId}/registrations/`);
    // Even the well-formed contact phone waits for a request without problems.
    expect(await stored(vendorId)).toEqual(before);
  });

  it('checks a new legal form’s register number rule on the stored number', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    const before = await stored(vendorId);
    // A sole trader (e.K.) is in the HRA, so the GmbH's HRB number no longer fits.
    const refused = await patchVendor(http, seller, vendorId).send({ legalForm: 'ek' }).expect(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'registerNumber' })]),
    );
    expect(await stored(vendorId)).toEqual(before);
  });

  it('lets a suspended vendor correct its data', async () => {
    const { seller, vendorId } = await sellerWithApprovedVendor();
    await request(http)
      .post(`/v1/admin/vendors/${vendorId}/suspend`)
      .set(admin.auth)
      .send({ reason: 'dataMismatch' })
      .expect(200);
    const corrected = await patchVendor(http, seller, vendorId)
      .send({ legalName: 'Corrected GmbH' })
      .expect(200);
    expect(corrected.body).toMatchObject({
      status: 'suspended',
      legalName: 'Beispiel Handels GmbH',
      pendingChange: { status: 'pending', changes: { legalName: 'Corrected GmbH' } },
    });
  });
});
