import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { draftVendor, patchVendor, uploadDocument } from './support/vendors';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

/** What the seller reads about its vendor's decisions, and where a rejection leads (issue 9). */
describe('vendor decisions for the seller (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
  });
  afterAll(() => system?.stop());

  const decide = (caller: SignedIn, vendorId: string, action: string) =>
    request(http).post(`/v1/admin/vendors/${vendorId}/${action}`).set(caller.auth);
  const submit = (caller: SignedIn, vendorId: string) =>
    request(http).post(`/v1/vendors/${vendorId}/submit`).set(caller.auth);
  const reapply = (caller: SignedIn, vendorId: string) =>
    request(http).post(`/v1/vendors/${vendorId}/reapply`).set(caller.auth);
  const decisions = (caller: SignedIn, vendorId: string, query = '') =>
    request(http).get(`/v1/vendors/${vendorId}/decisions${query}`).set(caller.auth);

  /** The vendor's row and audit log as stored, to prove that a refusal wrote nothing. */
  async function stored(vendorId: string): Promise<{ status: string; entries: number }> {
    const [vendor] = await system.dataSource.query('SELECT status FROM vendors WHERE id = $1', [
      vendorId,
    ]);
    const [log] = await system.dataSource.query(
      'SELECT count(*)::int AS entries FROM vendor_audit_log WHERE vendor_id = $1',
      [vendorId],
    );
    return { status: vendor.status, entries: log.entries };
  }

  async function submittedVendor(seller: SignedIn): Promise<string> {
    const id = await draftVendor(http, seller);
    for (const type of ['registerExtract', 'representativeId'])
      await uploadDocument(http, seller, id, type).expect(201);
    await submit(seller, id).expect(200);
    return id;
  }

  async function rejectedVendor(seller: SignedIn): Promise<string> {
    const id = await submittedVendor(seller);
    await decide(admin, id, 'reject')
      .send({
        reason: 'registerEntryNotFound',
        note: 'HRB 86891 belongs to another company.',
        internalNote: 'Looks like a copied register extract; watch for a second attempt.',
      })
      .expect(200);
    return id;
  }

  describe('GET /v1/me', () => {
    it('carries the seller’s vendor id once it exists, and null otherwise', async () => {
      const seller = await signUp(http, 'seller');
      const before = await request(http).get('/v1/me').set(seller.auth).expect(200);
      expect(before.body).toMatchObject({ role: 'seller', vendorId: null });
      const vendorId = await draftVendor(http, seller);
      const after = await request(http).get('/v1/me').set(seller.auth).expect(200);
      expect(after.body.vendorId).toBe(vendorId);

      const shopper = await signUp(http, 'shopper');
      for (const caller of [shopper, admin]) {
        const me = await request(http).get('/v1/me').set(caller.auth).expect(200);
        expect(me.body.vendorId).toBeNull();
      }
    });
  });

  describe('latest decision and history', () => {
    it('shows the seller the reason (localized) and note of a rejection, never the internal note', async () => {
      const seller = await signUp(http, 'seller', 'de');
      const vendorId = await rejectedVendor(seller);

      const expected = {
        action: 'reject',
        fromStatus: 'submitted',
        toStatus: 'rejected',
        reason: 'registerEntryNotFound',
        reasonLabel: 'wir konnten Ihr Unternehmen im Unternehmensregister nicht finden',
        note: 'HRB 86891 belongs to another company.',
        decidedAt: expect.any(String),
      };
      const vendor = await request(http)
        .get(`/v1/vendors/${vendorId}`)
        .set(seller.auth)
        .set('Accept-Language', 'de')
        .expect(200);
      expect(vendor.body).toMatchObject({ status: 'rejected', latestDecision: expected });
      const mine = await request(http)
        .get('/v1/vendors/mine')
        .set(seller.auth)
        .set('Accept-Language', 'de')
        .expect(200);
      expect(mine.body.latestDecision).toMatchObject(expected);
      const history = await decisions(seller, vendorId).set('Accept-Language', 'de').expect(200);
      expect(history.body).toEqual({
        items: [expect.objectContaining(expected)],
        nextCursor: null,
      });

      for (const body of [vendor.body, mine.body, history.body]) {
        expect(JSON.stringify(body)).not.toContain('copied register extract');
        expect(JSON.stringify(body)).not.toContain('internalNote');
      }
      // Admins keep their note in the audit log.
      const log = await request(http)
        .get(`/v1/admin/vendors/${vendorId}/audit-log`)
        .set(admin.auth)
        .expect(200);
      expect(log.body.find((entry: { action: string }) => entry.action === 'reject')).toMatchObject(
        {
          note: 'HRB 86891 belongs to another company.',
          internalNote: 'Looks like a copied register extract; watch for a second attempt.',
        },
      );
    });

    it('gives null before any decision', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await draftVendor(http, seller);
      const vendor = await request(http).get(`/v1/vendors/${vendorId}`).set(seller.auth);
      expect(vendor.body.latestDecision).toBeNull();
      await decisions(seller, vendorId).expect(200, { items: [], nextCursor: null });
    });

    it('pages the decision history newest first with ?limit=&cursor=', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await submittedVendor(seller);
      await decide(admin, vendorId, 'request-changes')
        .send({ reason: 'documentsUnreadable', note: 'Page 2 is missing.' })
        .expect(200);
      await submit(seller, vendorId).expect(200);
      await decide(admin, vendorId, 'approve').send({}).expect(200);
      await decide(admin, vendorId, 'suspend').send({ reason: 'termsViolation' }).expect(200);
      await decide(admin, vendorId, 'reinstate').send({}).expect(200);

      const first = await decisions(seller, vendorId, '?limit=3').expect(200);
      expect(first.body.items.map((item: { action: string }) => item.action)).toEqual([
        'reinstate',
        'suspend',
        'approve',
      ]);
      expect(first.body.items[1]).toMatchObject({
        reason: 'termsViolation',
        reasonLabel: "a breach of the marketplace's terms of service",
        note: null,
      });
      const second = await decisions(
        seller,
        vendorId,
        `?limit=3&cursor=${first.body.nextCursor}`,
      ).expect(200);
      expect(second.body).toEqual({
        items: [
          expect.objectContaining({
            action: 'requestChanges',
            reason: 'documentsUnreadable',
            note: 'Page 2 is missing.',
          }),
        ],
        nextCursor: null,
      });
      // The vendor shows the latest one.
      const vendor = await request(http).get(`/v1/vendors/${vendorId}`).set(seller.auth);
      expect(vendor.body.latestDecision).toMatchObject({ action: 'reinstate', reason: null });
    });

    it.each([
      ['a cursor not handed out', '?cursor=bm90LWFuLWlk', 'cursor'],
      [
        'a cursor beyond the id range',
        `?cursor=${Buffer.from('9'.repeat(30)).toString('base64url')}`,
        'cursor',
      ],
      ['a limit of 0', '?limit=0', 'limit'],
    ])('answers %s with a localized 400', async (_case, query, field) => {
      const seller = await signUp(http, 'seller');
      const vendorId = await draftVendor(http, seller);
      const response = await decisions(seller, vendorId, query)
        .set('Accept-Language', 'fr')
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    });

    it('shows the history to its seller and admins only', async () => {
      const owner = await signUp(http, 'seller');
      const vendorId = await rejectedVendor(owner);
      const other = await signUp(http, 'seller');
      await draftVendor(http, other);
      const shopper = await signUp(http, 'shopper');

      const hidden = await decisions(other, vendorId).expect(404);
      expect(hidden.body.code).toBe('vendor-not-found');
      await decisions(other, '00000000-0000-4000-8000-000000000000').expect(404);
      await decisions(shopper, vendorId).expect(403);
      await request(http).get(`/v1/vendors/${vendorId}/decisions`).expect(401);
      const asAdmin = await decisions(admin, vendorId).expect(200);
      expect(asAdmin.body.items).toHaveLength(1);
    });
  });

  describe('after a rejection', () => {
    it('lets the seller reopen, correct and resubmit, keeping the rejection in the history', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await rejectedVendor(seller);

      // The dead ends say where the way out is.
      const edit = await patchVendor(http, seller, vendorId)
        .send({ legalName: 'Corrected GmbH' })
        .expect(409);
      expect(edit.body).toMatchObject({ code: 'vendor-not-editable', status: 409 });
      expect(edit.body.detail).toContain(`Vendor ${vendorId} was rejected`);
      expect(edit.body.detail).toContain(`POST /v1/vendors/${vendorId}/reapply`);
      const resubmit = await submit(seller, vendorId).set('Accept-Language', 'fr').expect(409);
      expect(resubmit.body.detail).toContain(`Le vendeur ${vendorId} a été refusé`);
      expect(resubmit.body.detail).toContain(`POST /v1/vendors/${vendorId}/reapply`);

      const reopened = await reapply(seller, vendorId).expect(200);
      expect(reopened.body).toMatchObject({
        status: 'draft',
        latestDecision: { action: 'reject', reason: 'registerEntryNotFound' },
      });
      await patchVendor(http, seller, vendorId).send({ legalName: 'Corrected GmbH' }).expect(200);
      const resubmitted = await submit(seller, vendorId).expect(200);
      expect(resubmitted.body).toMatchObject({ status: 'submitted', legalName: 'Corrected GmbH' });
      await decide(admin, vendorId, 'approve').send({}).expect(200);

      const history = await decisions(seller, vendorId).expect(200);
      expect(history.body.items.map((item: { action: string }) => item.action)).toEqual([
        'approve',
        'reject',
      ]);
      const log = await request(http)
        .get(`/v1/admin/vendors/${vendorId}/audit-log`)
        .set(admin.auth)
        .expect(200);
      expect(
        log.body
          .filter((entry: { action: string }) =>
            ['submit', 'reject', 'reapply', 'approve'].includes(entry.action),
          )
          .map(
            (entry: { action: string; toStatus: string }) => `${entry.action}->${entry.toStatus}`,
          ),
      ).toEqual([
        'submit->submitted',
        'reject->rejected',
        'reapply->draft',
        'submit->submitted',
        'approve->approved',
      ]);
    });

    it('refuses to reopen a vendor that is not rejected, naming the vendor and its next step', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await submittedVendor(seller);
      const before = await stored(vendorId);
      const refused = await reapply(seller, vendorId).set('Accept-Language', 'de').expect(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        code: 'illegal-transition',
        detail:
          '„Erneut beantragen“ ist nicht möglich, solange der Händler den Status „zur Prüfung eingereicht“ hat. ' +
          `Händler ${vendorId} wird geprüft: Warten Sie auf die Entscheidung, die in GET /v1/vendors/${vendorId}/decisions erscheint.`,
      });
      expect(await stored(vendorId)).toEqual(before);
    });

    it('lets only the owning seller reopen: others get 404, admins 403, nothing written', async () => {
      const owner = await signUp(http, 'seller');
      const vendorId = await rejectedVendor(owner);
      const before = await stored(vendorId);
      const other = await signUp(http, 'seller');
      await reapply(other, vendorId).expect(404);
      await reapply(admin, vendorId).expect(403);
      const shopper = await signUp(http, 'shopper');
      await reapply(shopper, vendorId).expect(403);
      expect(await stored(vendorId)).toEqual(before);
    });

    it('refuses admin decisions to a seller, and an over-long internal note, writing nothing', async () => {
      const seller = await signUp(http, 'seller');
      const vendorId = await submittedVendor(seller);
      const before = await stored(vendorId);
      await decide(seller, vendorId, 'reject').send({ reason: 'other' }).expect(403);
      const tooLong = await decide(admin, vendorId, 'reject')
        .set('Accept-Language', 'de')
        .send({ reason: 'other', internalNote: 'x'.repeat(2001) })
        .expect(400);
      expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'internalNote' })]);
      expect(await stored(vendorId)).toEqual(before);
    });
  });

  it('names each vendor in the admin queue', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await submittedVendor(seller);
    const queue = await request(http)
      .get('/v1/admin/vendors?status=submitted&limit=100')
      .set(admin.auth)
      .expect(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({ id: vendorId, legalName: 'Beispiel Handels GmbH' }),
    );
  });
});
