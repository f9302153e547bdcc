import { upsertAdmin } from '@app/platform';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signIn, signUp, type SignedIn } from './support/accounts';
import { approvedVendor, draftVendor, uploadDocument } from './support/vendors';
import { eventually, startTestSystemWithAdmin, type TestSystem } from './support/test-system';

const SECOND_ADMIN = {
  email: 'second.reviewer@example.eu',
  password: 'another long admin passphrase',
};
const COMPLAINT = 'The register extract we uploaded is the current one, HRB 86891 is ours.';

/** A seller contests the rejection or suspension of its vendor (DSA Art. 20; issue 9, point 2). */
describe('complaints against vendor decisions (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let secondAdmin: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin({ worker: true }));
    await upsertAdmin(system.dataSource, SECOND_ADMIN.email, SECOND_ADMIN.password);
    secondAdmin = await signIn(http, SECOND_ADMIN.email, SECOND_ADMIN.password);
  });
  afterAll(() => system?.stop());

  const complain = (caller: SignedIn, vendorId: string) =>
    request(http).post(`/v1/vendors/${vendorId}/complaints`).set(caller.auth);
  const resolve = (caller: SignedIn, complaintId: string) =>
    request(http).post(`/v1/admin/vendor-complaints/${complaintId}/resolve`).set(caller.auth);

  async function rejectedVendor(seller: SignedIn): Promise<string> {
    const id = await draftVendor(http, seller);
    for (const type of ['registerExtract', 'representativeId'])
      await uploadDocument(http, seller, id, type).expect(201);
    await request(http).post(`/v1/vendors/${id}/submit`).set(seller.auth).expect(200);
    await request(http)
      .post(`/v1/admin/vendors/${id}/reject`)
      .set(admin.auth)
      .send({ reason: 'registerEntryNotFound', note: 'HRB 86891 belongs to another company.' })
      .expect(200);
    return id;
  }

  /**
   * What a refused request must leave unchanged: the vendor, its log and its complaints. The log
   * counts people's entries only: the worker's VIES check adds its own at any moment.
   */
  async function stored(vendorId: string) {
    const [row] = await system.dataSource.query(
      `SELECT v.status,
              (SELECT count(*)::int FROM vendor_audit_log l
                 WHERE l.vendor_id = v.id AND l.actor_id IS NOT NULL) AS entries,
              (SELECT count(*)::int FROM vendor_complaints c WHERE c.vendor_id = v.id) AS complaints,
              (SELECT count(*)::int FROM outbox o
                 WHERE o.event_type = 'vendor-complaint.resolved') AS outcomes
         FROM vendors v WHERE v.id = $1`,
      [vendorId],
    );
    return row as { status: string; entries: number; complaints: number; outcomes: number };
  }

  const outcomeNotification = (complaintId: string) =>
    eventually(async () => {
      const rows: Array<{ kind: string; locale: string; subject: string; body: string }> =
        await system.dataSource.query(
          'SELECT kind, locale, subject, body FROM notifications WHERE dedupe_key = $1',
          [`vendor-complaint-outcome:${complaintId}`],
        );
      return rows[0];
    });

  it('lets the seller contest a rejection once; another admin upholds it and the vendor is back in review', async () => {
    const seller = await signUp(http, 'seller', 'de');
    const vendorId = await rejectedVendor(seller);

    const vendor = await request(http).get(`/v1/vendors/${vendorId}`).set(seller.auth).expect(200);
    expect(vendor.body.latestDecision.contestableUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const refused = await request(http)
      .post(`/v1/vendors/${vendorId}/submit`)
      .set(seller.auth)
      .set('Accept-Language', 'en')
      .expect(409);
    expect(refused.body.detail).toContain(`POST /v1/vendors/${vendorId}/complaints`);

    const lodged = await complain(seller, vendorId).send({ text: COMPLAINT }).expect(201);
    expect(lodged.body).toMatchObject({
      vendorId,
      decisionId: vendor.body.latestDecision.id,
      decision: 'reject',
      status: 'open',
      text: COMPLAINT,
    });

    const before = await stored(vendorId);
    const again = await complain(seller, vendorId)
      .set('Accept-Language', 'en')
      .send({ text: 'Once more, with feeling: the extract is ours.' })
      .expect(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ status: 409, code: 'vendor-complaint-open' });
    expect(again.body.detail).toContain(lodged.body.id);
    expect(again.body.detail).toContain(`GET /v1/vendors/${vendorId}/complaints`);
    expect(await stored(vendorId)).toEqual(before);

    const mine = await request(http)
      .get(`/v1/vendors/${vendorId}/complaints`)
      .set(seller.auth)
      .expect(200);
    expect(mine.body).toEqual({
      items: [expect.objectContaining({ id: lodged.body.id })],
      nextCursor: null,
    });
    const queue = await request(http)
      .get('/v1/admin/vendor-complaints?status=open&limit=100')
      .set(secondAdmin.auth)
      .expect(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({
        id: lodged.body.id,
        vendorName: 'Beispiel Handels GmbH',
        lodgedBy: seller.id,
      }),
    );

    // The admin who rejected the vendor does not review the complaint (Art. 20(6)).
    const sameReviewer = await resolve(admin, lodged.body.id)
      .send({ outcome: 'upheld', resolution: 'I was right.' })
      .expect(403);
    expect(sameReviewer.body.code).toBe('same-reviewer');
    expect(await stored(vendorId)).toEqual(before);

    const upheld = await resolve(secondAdmin, lodged.body.id)
      .send({ outcome: 'upheld', resolution: 'HRB 86891 is indeed registered to this company.' })
      .expect(200);
    expect(upheld.body).toMatchObject({ status: 'upheld', reviewedBy: expect.any(String) });
    expect(upheld.body.reversalDecisionId).toEqual(expect.any(String));
    const reviewed = await request(http)
      .get(`/v1/vendors/${vendorId}`)
      .set(seller.auth)
      .expect(200);
    expect(reviewed.body).toMatchObject({
      status: 'submitted',
      latestDecision: { id: upheld.body.reversalDecisionId, action: 'reconsider' },
    });
    const log = await request(http)
      .get(`/v1/admin/vendors/${vendorId}/audit-log`)
      .set(admin.auth)
      .expect(200);
    // The worker's VAT check writes its own entries at any moment: only people's actions count.
    const peoplesActions = log.body
      .filter((entry: { actorId: string | null }) => entry.actorId !== null)
      .map((entry: { action: string }) => entry.action);
    expect(peoplesActions.slice(-4)).toEqual([
      'reject',
      'complaintLodged',
      'reconsider',
      'complaintUpheld',
    ]);

    const notification = await outcomeNotification(lodged.body.id);
    expect(notification).toMatchObject({ kind: 'vendorComplaint.upheld', locale: 'de' });
    expect(notification.body).toContain('Wir haben die Ablehnung aufgehoben');
    expect(notification.body).toContain('HRB 86891 is indeed registered to this company.');

    const twice = await resolve(secondAdmin, lodged.body.id)
      .send({ outcome: 'dismissed', resolution: 'Changed my mind.' })
      .expect(409);
    expect(twice.body.code).toBe('complaint-resolved');
  });

  it('tells the seller how to contest in the rejection email', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await rejectedVendor(seller);
    const email = await eventually(async () => {
      const rows: Array<{ body: string }> = await system.dataSource.query(
        `SELECT body FROM notifications WHERE user_id = $1 AND kind = 'vendor.reject'`,
        [seller.id],
      );
      return rows[0];
    });
    expect(email.body).toContain(`POST /v1/vendors/${vendorId}/complaints`);
  });

  it('leaves a suspension in force when the complaint is dismissed, and lifts it when upheld', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await approvedVendor(http, seller, admin);
    const suspend = () =>
      request(http)
        .post(`/v1/admin/vendors/${vendorId}/suspend`)
        .set(admin.auth)
        .send({ reason: 'termsViolation' })
        .expect(200);
    await suspend();
    const first = await complain(seller, vendorId).send({ text: COMPLAINT }).expect(201);
    expect(first.body.decision).toBe('suspend');
    const dismissed = await resolve(secondAdmin, first.body.id)
      .send({ outcome: 'dismissed', resolution: 'The breach is documented.' })
      .expect(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', reversalDecisionId: null });
    expect((await stored(vendorId)).status).toBe('suspended');
    const notification = await outcomeNotification(first.body.id);
    expect(notification.kind).toBe('vendorComplaint.dismissed');
    expect(notification.body).toContain('The breach is documented.');

    // One open complaint per decision: the dismissed one no longer blocks a new one.
    const second = await complain(seller, vendorId).send({ text: COMPLAINT }).expect(201);
    await resolve(secondAdmin, second.body.id)
      .send({ outcome: 'upheld', resolution: 'On a second look, no breach.' })
      .expect(200);
    expect((await stored(vendorId)).status).toBe('approved');
  });

  it('refuses a complaint after six months, with nothing written', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await rejectedVendor(seller);
    // The log is append-only by trigger; a session that skips triggers backdates the decision.
    const runner = system.dataSource.createQueryRunner();
    try {
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(
        `UPDATE vendor_audit_log SET created_at = now() - interval '6 months 1 day'
          WHERE vendor_id = $1 AND action = 'reject'`,
        [vendorId],
      );
      await runner.query(`SET session_replication_role = DEFAULT`);
    } finally {
      await runner.release();
    }
    const before = await stored(vendorId);
    const late = await complain(seller, vendorId)
      .set('Accept-Language', 'en')
      .send({ text: COMPLAINT })
      .expect(409);
    expect(late.body).toMatchObject({ status: 409, code: 'vendor-complaint-period-over' });
    expect(late.body.detail).toContain(vendorId);
    expect(await stored(vendorId)).toEqual(before);
  });

  it('refuses a complaint when there is no restrictive decision to contest', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await approvedVendor(http, seller, admin);
    const before = await stored(vendorId);
    const nothing = await complain(seller, vendorId)
      .set('Accept-Language', 'en')
      .send({ text: COMPLAINT })
      .expect(409);
    expect(nothing.body.code).toBe('vendor-decision-not-contestable');
    expect(nothing.body.detail).toContain(vendorId);
    expect(await stored(vendorId)).toEqual(before);
  });

  it('answers another seller with 404, a shopper and a seller on admin routes with 403', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await rejectedVendor(seller);
    const before = await stored(vendorId);
    const other = await signUp(http, 'seller');
    const foreign = await complain(other, vendorId).send({ text: COMPLAINT }).expect(404);
    expect(foreign.body.code).toBe('vendor-not-found');
    await request(http).get(`/v1/vendors/${vendorId}/complaints`).set(other.auth).expect(404);
    const shopper = await signUp(http, 'shopper');
    await complain(shopper, vendorId).send({ text: COMPLAINT }).expect(403);
    await request(http).get('/v1/admin/vendor-complaints').set(seller.auth).expect(403);
    const lodged = await complain(seller, vendorId).send({ text: COMPLAINT }).expect(201);
    await resolve(seller, lodged.body.id)
      .send({ outcome: 'upheld', resolution: 'Please.' })
      .expect(403);
    expect(await stored(vendorId)).toMatchObject({
      status: before.status,
      complaints: 1,
      entries: before.entries + 1,
    });
  });

  it('answers bad input with a localized 400 problem and writes nothing', async () => {
    const seller = await signUp(http, 'seller');
    const vendorId = await rejectedVendor(seller);
    const before = await stored(vendorId);
    for (const body of [{}, { text: 'short' }, { text: 42 }, { text: 'x'.repeat(5001) }]) {
      const bad = await complain(seller, vendorId)
        .set('Accept-Language', 'de')
        .send(body)
        .expect(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.body).toMatchObject({ status: 400, code: 'validation-failed' });
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'text' })]),
      );
    }
    expect(await stored(vendorId)).toEqual(before);

    const lodged = await complain(seller, vendorId).send({ text: COMPLAINT }).expect(201);
    const lodgedState = await stored(vendorId);
    for (const body of [
      { outcome: 'maybe', resolution: 'Unsure.' },
      { outcome: 'upheld' },
      { outcome: 'upheld', resolution: '   ' },
    ]) {
      const bad = await resolve(secondAdmin, lodged.body.id).send(body).expect(400);
      expect(bad.body).toMatchObject({ status: 400, code: 'validation-failed' });
    }
    await request(http)
      .get('/v1/admin/vendor-complaints?status=closed')
      .set(secondAdmin.auth)
      .expect(400);
    await request(http)
      .get('/v1/admin/vendor-complaints?cursor=not-a-cursor')
      .set(secondAdmin.auth)
      .expect(400);
    const unknown = await resolve(secondAdmin, '00000000-0000-4000-8000-000000000000')
      .send({ outcome: 'upheld', resolution: 'Fine.' })
      .expect(404);
    expect(unknown.body.code).toBe('vendor-complaint-not-found');
    expect(await stored(vendorId)).toEqual(lodgedState);
  });
});
