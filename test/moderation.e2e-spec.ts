import { upsertAdmin } from '@app/platform';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signIn, signUp, type SignedIn } from './support/accounts';
import { approvedVendor } from './support/vendors';
import { eventually, startTestSystem, type TestSystem } from './support/test-system';

const ADMIN = { email: 'moderator@example.eu', password: 'a long passphrase for the admin' };
const SECOND_ADMIN = {
  email: 'second.moderator@example.eu',
  password: 'another long admin passphrase',
};
const text = (title: string) => ({
  title,
  description: `${title} description`,
  safetyInformation: 'Not for children under 3.',
});

describe('moderation, statements of reasons, complaints and notices (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let secondAdmin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;

  async function submittedProduct(title = 'Holzeisenbahn'): Promise<string> {
    const created = await request(http)
      .post(`/v1/vendors/${vendorId}/products`)
      .set(seller.auth)
      .send({
        category: 'toys',
        gtin: '4006381333931',
        translations: { de: text(title) },
        manufacturer: {
          name: 'Spielwaren GmbH',
          address: 'Hauptstraße 1, Fürth',
          email: 'safety@spielwaren.example',
          country: 'DE',
        },
        offers: [{ prices: [{ amount: 2499, currency: 'EUR' }], stock: 5, markets: ['DE', 'AT'] }],
      })
      .expect(201);
    await request(http).post(`/v1/products/${created.body.id}/submit`).set(seller.auth).expect(200);
    return created.body.id as string;
  }

  const decide = (productId: string, body: Record<string, unknown>, as: SignedIn = admin) =>
    request(http)
      .post(`/v1/admin/products/${productId}/decisions`)
      .set(as.auth)
      .set('Accept-Language', 'en')
      .send(body);

  const removal = {
    decision: 'remove',
    reason: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    explanation:
      'The toy contains small parts without the warning required for children under 36 months.',
    ground: 'illegal',
    legalGround: 'Directive 2009/48/EC Annex V Part A(1); Regulation (EU) 2023/988 Art. 5',
  };

  beforeAll(async () => {
    system = await startTestSystem({
      worker: true,
      env: {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        NOTICES_PER_IP_PER_HOUR: '10',
      },
    });
    http = system.api.getHttpServer() as App;
    await upsertAdmin(system.dataSource, SECOND_ADMIN.email, SECOND_ADMIN.password);
    admin = await signIn(http, ADMIN.email, ADMIN.password);
    secondAdmin = await signIn(http, SECOND_ADMIN.email, SECOND_ADMIN.password);
    seller = await signUp(http, 'seller');
    const registrations = {
      DE: { packaging: 'DE1234567890123' },
      AT: { packagingRepresentative: 'Verpackung Bevollmächtigte GmbH, Wien' },
    };
    vendorId = await approvedVendor(http, seller, admin, registrations);
  });
  afterAll(() => system?.stop());

  it('queues submitted listings oldest first with filters, and publishes on approval', async () => {
    const productId = await submittedProduct();
    const queue = await request(http)
      .get(`/v1/admin/moderation/queue?country=AT&category=toys&vendorId=${vendorId}`)
      .set(admin.auth)
      .expect(200);
    expect(queue.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ productId, status: 'pending_review', markets: ['AT', 'DE'] }),
      ]),
    );
    const elsewhere = await request(http)
      .get('/v1/admin/moderation/queue?country=FR')
      .set(admin.auth)
      .expect(200);
    expect(elsewhere.body.items.map((i: { productId: string }) => i.productId)).not.toContain(
      productId,
    );
    const approved = await decide(productId, { decision: 'approve' }).expect(201);
    expect(approved.body).toMatchObject({ decision: 'approve', measure: 'Listing published' });
    const product = await request(http)
      .get(`/v1/products/${productId}`)
      .set(seller.auth)
      .expect(200);
    expect(product.body.status).toBe('published');
  });

  it('refuses a restrictive decision without the statement’s content, and changes nothing', async () => {
    const productId = await submittedProduct();
    const response = await decide(productId, { decision: 'reject' }).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'explanation',
      'ground',
      'reason',
    ]);
    const terms = await decide(productId, {
      decision: 'reject',
      reason: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      explanation: 'Listing copies a competitor’s photos.',
      ground: 'terms',
    }).expect(400);
    expect(terms.body.errors).toEqual([expect.objectContaining({ field: 'termsGround' })]);
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('pending_review');
    expect(
      await system.dataSource.query('SELECT * FROM moderation_decisions WHERE product_id = $1', [
        productId,
      ]),
    ).toEqual([]);
  });

  it('gives the seller a statement of reasons in its language, and exports it without personal data', async () => {
    const productId = await submittedProduct('Kleine Bausteine');
    await decide(productId, { decision: 'approve' }).expect(201);
    const removed = await decide(productId, removal).expect(201);
    expect(removed.body).toMatchObject({
      decision: 'remove',
      territorialScope: ['AT', 'DE'],
      legalGround: removal.legalGround,
    });

    const seen = await request(http)
      .get(`/v1/products/${productId}/decisions`)
      .set(seller.auth)
      .set('Accept-Language', 'de')
      .expect(200);
    const statement = seen.body[1];
    expect(statement).toMatchObject({
      decision: 'remove',
      facts: removal.explanation,
      legalGround: removal.legalGround,
    });
    expect(statement.measure).toBe('Angebot entfernt');
    expect(statement.redress).toContain(`/v1/decisions/${removed.body.id}/complaints`);
    expect(statement.complaintDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A removed listing cannot be edited; the seller is pointed to the complaint instead.
    const edit = await request(http)
      .patch(`/v1/products/${productId}`)
      .set(seller.auth)
      .send({ category: 'kitchen' })
      .expect(409);
    expect(edit.body).toMatchObject({ code: 'product-removed', title: 'Listing removed' });
    expect(edit.body.detail).toContain('contest the decision');
    const after = await request(http).get(`/v1/products/${productId}`).set(seller.auth);
    expect(after.body).toMatchObject({ status: 'removed', category: 'toys' });

    const [notification] = await eventually(async () => {
      const rows: Array<{ body: string; locale: string }> = await system.dataSource.query(
        `SELECT body, locale FROM notifications WHERE kind = 'product.remove' AND body LIKE $1`,
        [`%${removal.explanation}%`],
      );
      return rows.length ? rows : undefined;
    });
    expect(notification.locale).toBe('de');

    const exported = await request(http)
      .get('/v1/admin/statements-of-reasons/export')
      .set(admin.auth)
      .expect(200);
    const record = exported.body.find((s: { puid: string }) => s.puid === removed.body.id);
    expect(record).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: removal.legalGround,
      illegal_content_explanation: removal.explanation,
      content_type: ['CONTENT_TYPE_PRODUCT'],
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      territorial_scope: ['AT', 'DE'],
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'No',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      content_id: { 'EAN-13': '4006381333931' },
    });
    expect(record.content_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(exported.body)).not.toMatch(/@example|Schmidt|Beispiel/);
    await expect(
      system.dataSource.query(`UPDATE moderation_decisions SET explanation = 'x'`),
    ).rejects.toThrow('append-only');
  });

  it('has a complaint reviewed by another admin, and reverses the decision when it is upheld', async () => {
    const productId = await submittedProduct('Puppe');
    const rejected = await decide(productId, { ...removal, decision: 'reject' }).expect(201);
    const complaint = await request(http)
      .post(`/v1/decisions/${rejected.body.id}/complaints`)
      .set(seller.auth)
      .send({ text: 'The warning is printed on the packaging, see the second image.' })
      .expect(201);
    const other = await signUp(http, 'seller');
    await request(http)
      .post(`/v1/decisions/${rejected.body.id}/complaints`)
      .set(other.auth)
      .send({ text: 'Not my listing at all, but still.' })
      .expect(404);
    expect(
      await system.dataSource.query('SELECT id FROM complaints WHERE decision_id = $1', [
        rejected.body.id,
      ]),
    ).toEqual([{ id: complaint.body.id }]);

    const open = await request(http).get('/v1/admin/complaints').set(admin.auth).expect(200);
    expect(open.body.map((c: { id: string }) => c.id)).toContain(complaint.body.id);
    const sameReviewer = await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(admin.auth)
      .send({ outcome: 'upheld', resolution: 'Warning present.' })
      .expect(403);
    expect(sameReviewer.body.code).toBe('same-reviewer');
    const resolved = await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(secondAdmin.auth)
      .send({ outcome: 'upheld', resolution: 'The warning is on the packaging image.' })
      .expect(200);
    expect(resolved.body).toMatchObject({ status: 'upheld', reviewedBy: expect.any(String) });
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('published');
    const decisions = await request(http)
      .get(`/v1/products/${productId}/decisions`)
      .set(seller.auth)
      .expect(200);
    expect(decisions.body.map((d: { decision: string }) => d.decision)).toEqual([
      'reject',
      'approve',
    ]);
    const log = await system.dataSource.query(
      'SELECT action FROM moderation_audit_log WHERE product_id = $1 ORDER BY id',
      [productId],
    );
    expect(log.map((row: { action: string }) => row.action)).toEqual([
      'decision.reject',
      'complaint.lodged',
      'complaint.upheld',
    ]);
  });

  it('accepts an anonymous notice and acknowledges it with a reference', async () => {
    const productId = await submittedProduct('Anonym gemeldet');
    await decide(productId, { decision: 'approve' }).expect(201);
    const response = await request(http)
      .post('/v1/notices')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
        explanation: 'The seller never ships; see consumer forum reports.',
        goodFaith: true,
      })
      .expect(201);
    expect(response.body).toMatchObject({
      reference: expect.stringMatching(/^N-[0-9A-F]{12}$/),
      status: 'open',
    });
    const [stored] = await system.dataSource.query(
      'SELECT notifier_name, notifier_email FROM notices WHERE reference = $1',
      [response.body.reference],
    );
    expect(stored).toEqual({ notifier_name: null, notifier_email: null });
    const queue = await request(http)
      .get(`/v1/admin/moderation/queue?vendorId=${vendorId}&limit=100`)
      .set(admin.auth)
      .expect(200);
    expect(
      queue.body.items.find((i: { productId: string }) => i.productId === productId).openNotices,
    ).toBe(1);
  });

  it('handles a notice with a decision and tells the notifier the outcome', async () => {
    const productId = await submittedProduct('Gemeldet');
    await decide(productId, { decision: 'approve' }).expect(201);
    const notice = await request(http)
      .post('/v1/notices')
      .set('Accept-Language', 'fr')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        explanation: 'Small parts, no age warning on the listing.',
        notifierName: 'Claire Martin',
        notifierEmail: 'claire@example.eu',
        goodFaith: true,
      })
      .expect(201);
    const [{ id: noticeId }] = await system.dataSource.query(
      'SELECT id FROM notices WHERE reference = $1',
      [notice.body.reference],
    );
    const decided = await decide(productId, { ...removal, noticeId }).expect(201);
    expect(decided.body.source).toBe('Decided following a notice from a third party');
    const [handled] = await system.dataSource.query(
      'SELECT status, decision_id FROM notices WHERE id = $1',
      [noticeId],
    );
    expect(handled).toEqual({ status: 'actioned', decision_id: decided.body.id });
    const [outcome] = await eventually(async () => {
      const rows: Array<{
        recipient: string;
        locale: string;
        subject: string;
        user_id: string | null;
      }> = await system.dataSource.query(
        `SELECT recipient, locale, subject, user_id FROM notifications WHERE kind = 'notice.outcome' AND recipient = 'claire@example.eu'`,
      );
      return rows.length ? rows : undefined;
    });
    expect(outcome).toMatchObject({ locale: 'fr', user_id: null });
    expect(outcome.subject).toContain(notice.body.reference);
    const exported = await request(http)
      .get('/v1/admin/statements-of-reasons/export')
      .set(admin.auth)
      .expect(200);
    const record = exported.body.find((s: { puid: string }) => s.puid === decided.body.id);
    expect(record.source_type).toBe('SOURCE_ARTICLE_16');
    expect(JSON.stringify(record)).not.toContain('Claire');
  });

  it('answers a notice about a live listing with no action, and the listing stays live', async () => {
    const productId = await submittedProduct('Unbedenklich');
    await decide(productId, { decision: 'approve' }).expect(201);
    const notice = await request(http)
      .post('/v1/notices')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
        explanation: 'The price shown seems wrong to me.',
        goodFaith: true,
      })
      .expect(201);
    const [{ id: noticeId }] = await system.dataSource.query(
      'SELECT id FROM notices WHERE reference = $1',
      [notice.body.reference],
    );
    await decide(productId, { decision: 'approve', noticeId }).expect(201);
    const [handled] = await system.dataSource.query('SELECT status FROM notices WHERE id = $1', [
      noticeId,
    ]);
    expect(handled.status).toBe('dismissed');
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('published');
    const decisionsOf = async () =>
      (
        await system.dataSource.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM moderation_decisions WHERE product_id = $1',
          [productId],
        )
      )[0]?.n;
    const decisionsBefore = await decisionsOf();
    const again = await decide(productId, { ...removal, noticeId }).expect(409);
    expect(again.body.code).toBe('notice-handled');
    expect(await decisionsOf()).toBe(decisionsBefore);
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('published');
  });

  it('confirms a notice to its author, and lets the author contest the decision on it', async () => {
    const productId = await submittedProduct('Bestritten');
    await decide(productId, { decision: 'approve' }).expect(201);
    const notice = await request(http)
      .post('/v1/notices')
      .set('Accept-Language', 'it')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        explanation: 'The toy has loose small parts.',
        notifierEmail: 'lucia@example.eu',
        goodFaith: true,
      })
      .expect(201);
    const [receipt] = await eventually(async () => {
      const rows: Array<{ locale: string; subject: string }> = await system.dataSource.query(
        `SELECT locale, subject FROM notifications WHERE kind = 'notice.received' AND recipient = 'lucia@example.eu'`,
      );
      return rows.length ? rows : undefined;
    });
    expect(receipt.locale).toBe('it');
    expect(receipt.subject).toContain(notice.body.reference);

    const complaintCount = async () =>
      (
        await system.dataSource.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM complaints',
        )
      )[0]?.n;
    const complaintsBefore = await complaintCount();
    const early = await request(http)
      .post(`/v1/notices/${notice.body.reference}/complaints`)
      .send({ text: 'Nobody has looked at my notice yet.' })
      .expect(409);
    expect(early.body.code).toBe('notice-not-decided');
    expect(await complaintCount()).toBe(complaintsBefore);
    const [{ id: noticeId }] = await system.dataSource.query(
      'SELECT id FROM notices WHERE reference = $1',
      [notice.body.reference],
    );
    await decide(productId, { decision: 'approve', noticeId }).expect(201);
    const complaint = await request(http)
      .post(`/v1/notices/${notice.body.reference}/complaints`)
      .send({ text: 'The parts really are loose; please look again.' })
      .expect(201);
    expect(complaint.body).toMatchObject({ status: 'open', lodgedBy: null });
    await request(http)
      .post('/v1/notices/N-000000000000/complaints')
      .send({ text: 'A complaint about nothing.' })
      .expect(404);
    expect(await complaintCount()).toBe((complaintsBefore ?? 0) + 1);
    await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(secondAdmin.auth)
      .send({ outcome: 'upheld', resolution: 'We will take a new decision.' })
      .expect(200);
    // Upholding a complaint against "no action" does not act by itself; a new decision must.
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('published');
  });

  it('stores the same report sent three times at once as one notice', async () => {
    const productId = await submittedProduct('Dreifach');
    await decide(productId, { decision: 'approve' }).expect(201);
    const report = {
      productId,
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      explanation: 'The same report, sent from three tabs at once.',
      notifierEmail: 'Triple@Example.eu',
      goodFaith: true,
    };
    const answers = await Promise.all(
      [1, 2, 3].map(() => request(http).post('/v1/notices').send(report)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const references = answers.map((answer) => (answer.body as { reference: string }).reference);
    expect(new Set(references).size).toBe(1);
    const stored = await system.dataSource.query(
      'SELECT reference FROM notices WHERE product_id = $1',
      [productId],
    );
    expect(stored).toEqual([{ reference: references[0] }]);
  });

  it('refuses notices about listings the public cannot see', async () => {
    const productId = await submittedProduct('Noch in Prüfung');
    await request(http)
      .post('/v1/notices')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
        explanation: 'A long enough explanation of the problem.',
        goodFaith: true,
      })
      .expect(404);
    expect(
      await system.dataSource.query('SELECT id FROM notices WHERE product_id = $1', [productId]),
    ).toEqual([]);
  });

  it('does not republish a listing edited after the contested rejection', async () => {
    const productId = await submittedProduct('Geändert');
    const rejected = await decide(productId, { ...removal, decision: 'reject' }).expect(201);
    const complaint = await request(http)
      .post(`/v1/decisions/${rejected.body.id}/complaints`)
      .set(seller.auth)
      .send({ text: 'The rejection was wrong, please look again.' })
      .expect(201);
    await request(http)
      .patch(`/v1/products/${productId}`)
      .set(seller.auth)
      .send({ category: 'kitchen' })
      .expect(200);
    await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(secondAdmin.auth)
      .send({ outcome: 'upheld', resolution: 'Fair point.' })
      .expect(200);
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('rejected');
  });

  it('refuses invalid notices and writes nothing', async () => {
    const before = Number((await system.dataSource.query('SELECT count(*) FROM notices'))[0].count);
    const noGoodFaith = await request(http)
      .post('/v1/notices')
      .send({
        productId: '00000000-0000-4000-8000-000000000000',
        category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
        explanation: 'x',
        goodFaith: false,
      })
      .expect(400);
    expect(noGoodFaith.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'explanation',
      'goodFaith',
    ]);
    await request(http)
      .post('/v1/notices')
      .send({
        productId: '00000000-0000-4000-8000-000000000000',
        category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
        explanation: 'A long enough explanation of the problem.',
        goodFaith: true,
      })
      .expect(404);
    expect(Number((await system.dataSource.query('SELECT count(*) FROM notices'))[0].count)).toBe(
      before,
    );
  });

  it('refuses moderation routes to sellers and shoppers', async () => {
    const shopper = await signUp(http, 'shopper');
    const productId = await submittedProduct('Verboten');
    for (const caller of [seller, shopper]) {
      await request(http).get('/v1/admin/moderation/queue').set(caller.auth).expect(403);
      await decide(productId, { decision: 'approve' }, caller).expect(403);
      await request(http)
        .get('/v1/admin/statements-of-reasons/export')
        .set(caller.auth)
        .expect(403);
      await request(http).get('/v1/admin/complaints').set(caller.auth).expect(403);
    }
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('pending_review');
  });

  it('limits notices per client address', async () => {
    const productId = await submittedProduct('Flut');
    let status = 201;
    for (let attempt = 0; attempt < 20 && status !== 429; attempt += 1) {
      status = (
        await request(http)
          .post('/v1/notices')
          .send({
            productId,
            category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
            explanation: `Flood attempt number ${attempt} of the same notice.`,
            goodFaith: true,
          })
      ).status;
    }
    expect(status).toBe(429);
  });
});
