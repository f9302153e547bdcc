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

  /** The notification telling a complaint's author the outcome, once the worker has sent it. */
  const complaintOutcome = async (complaintId: string) =>
    (
      await eventually(async () => {
        const rows: Array<{
          kind: string;
          locale: string;
          recipient: string;
          subject: string;
          body: string;
          user_id: string | null;
        }> = await system.dataSource.query(
          `SELECT kind, locale, recipient, subject, body, user_id FROM notifications WHERE dedupe_key = $1`,
          [`complaint-outcome:${complaintId}`],
        );
        return rows.length ? rows : undefined;
      })
    )[0];

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
        // Enough for every notice the tests send before the limit itself is tested.
        NOTICES_PER_IP_PER_HOUR: '15',
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
        expect.objectContaining({
          productId,
          productTitle: 'Holzeisenbahn',
          vendorName: 'Beispiel Handels GmbH',
          status: 'pending_review',
          markets: ['AT', 'DE'],
        }),
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

    const open = await request(http)
      .get(`/v1/admin/complaints?productId=${productId}`)
      .set(admin.auth)
      .set('Accept-Language', 'de')
      .expect(200);
    expect(open.body).toEqual({
      items: [
        expect.objectContaining({
          id: complaint.body.id,
          status: 'open',
          complainant: 'seller',
          decision: 'reject',
          productId,
          productTitle: 'Puppe',
          vendorId,
          vendorName: 'Beispiel Handels GmbH',
        }),
      ],
      nextCursor: null,
    });
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
    expect(resolved.body.reversalDecisionId).toBe(decisions.body[1].id);
    // DSA Art. 20(5): the seller learns the reasoned outcome, in its language, with redress.
    const outcome = await complaintOutcome(complaint.body.id);
    expect(outcome).toMatchObject({
      kind: 'complaint.upheld',
      locale: 'de',
      recipient: 'orders@beispiel.example',
      subject: 'Entscheidung über Ihre Beschwerde zu „Puppe“',
    });
    expect(outcome.body).toContain('Unsere Begründung: The warning is on the packaging image.');
    expect(outcome.body).toContain('Das Angebot ist wieder veröffentlicht.');
    expect(outcome.body).toContain('außergerichtlichen Streitbeilegungsstelle');
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

  it('keeps one open complaint per seller and decision, also when sent at once', async () => {
    const productId = await submittedProduct('Doppelt bestritten');
    const rejected = await decide(productId, { ...removal, decision: 'reject' }).expect(201);
    const complain = (text: string) =>
      request(http)
        .post(`/v1/decisions/${rejected.body.id}/complaints`)
        .set(seller.auth)
        .send({ text });
    const answers = await Promise.all(
      [1, 2, 3].map((n) => complain(`The rejection is wrong, tab number ${n}.`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const ids = new Set(answers.map((answer) => (answer.body as { id: string }).id));
    expect(ids.size).toBe(1);
    const again = await complain('And once more, a little later.').expect(201);
    expect(again.body).toMatchObject({ id: answers[0].body.id, status: 'open' });
    const stored = () =>
      system.dataSource.query('SELECT id FROM complaints WHERE decision_id = $1', [
        rejected.body.id,
      ]);
    expect(await stored()).toEqual([{ id: answers[0].body.id }]);
    // The index refuses a second open complaint even from a write that skips the service.
    await expect(
      system.dataSource.query(
        `INSERT INTO complaints (decision_id, lodged_by, text, status)
         SELECT decision_id, lodged_by, 'bypass', 'open' FROM complaints WHERE id = $1`,
        [answers[0].body.id],
      ),
    ).rejects.toThrow('complaints_open_seller_duplicate_idx');

    // Once resolved, the seller is told and may not be refused a later complaint for a duplicate.
    await request(http)
      .post(`/v1/admin/complaints/${answers[0].body.id}/resolve`)
      .set(secondAdmin.auth)
      .send({ outcome: 'dismissed', resolution: 'The warning is missing from every image.' })
      .expect(200);
    const outcome = await complaintOutcome(answers[0].body.id as string);
    expect(outcome).toMatchObject({ kind: 'complaint.dismissed', locale: 'de' });
    expect(outcome.body).toContain(
      'zurückgewiesen: Die angefochtene Entscheidung bleibt bestehen.',
    );
    expect(outcome.body).toContain('Unsere Begründung: The warning is missing from every image.');
    const later = await complain('New evidence: a photo of the printed warning.').expect(201);
    expect(later.body.id).not.toBe(answers[0].body.id);
    expect(await stored()).toHaveLength(2);
  });

  it('pages the admin complaint list with filters, and refuses bad paging input', async () => {
    const otherSeller = await signUp(http, 'seller');
    const otherVendorId = await approvedVendor(http, otherSeller, admin, {
      DE: { packaging: 'DE1234567890123' },
      AT: { packagingRepresentative: 'Verpackung Bevollmächtigte GmbH, Wien' },
    });
    const complaintIds: string[] = [];
    for (const title of ['Erste Beschwerde', 'Zweite Beschwerde', 'Dritte Beschwerde']) {
      const created = await request(http)
        .post(`/v1/vendors/${otherVendorId}/products`)
        .set(otherSeller.auth)
        .send({
          category: 'toys',
          translations: { de: text(title) },
          manufacturer: {
            name: 'Spielwaren GmbH',
            address: 'Hauptstraße 1, Fürth',
            email: 'safety@spielwaren.example',
            country: 'DE',
          },
          offers: [{ prices: [{ amount: 999, currency: 'EUR' }], stock: 1, markets: ['DE'] }],
        })
        .expect(201);
      await request(http)
        .post(`/v1/products/${created.body.id}/submit`)
        .set(otherSeller.auth)
        .expect(200);
      const rejected = await decide(created.body.id as string, {
        ...removal,
        decision: 'reject',
      }).expect(201);
      const complaint = await request(http)
        .post(`/v1/decisions/${rejected.body.id}/complaints`)
        .set(otherSeller.auth)
        .send({ text: `Please look at ${title} again.` })
        .expect(201);
      complaintIds.push(complaint.body.id as string);
    }
    const page = (query: string) =>
      request(http).get(`/v1/admin/complaints?vendorId=${otherVendorId}&${query}`).set(admin.auth);
    const first = await page('limit=2').expect(200);
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual(complaintIds.slice(0, 2));
    expect(first.body.items[0]).toMatchObject({
      productTitle: 'Erste Beschwerde',
      vendorName: 'Beispiel Handels GmbH',
      complainant: 'seller',
    });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await page(`limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: complaintIds[2] })],
      nextCursor: null,
    });

    await request(http)
      .post(`/v1/admin/complaints/${complaintIds[1]}/resolve`)
      .set(secondAdmin.auth)
      .send({ outcome: 'dismissed', resolution: 'The rejection stands.' })
      .expect(200);
    const open = await page('').expect(200);
    expect(open.body.items.map((c: { id: string }) => c.id)).toEqual([
      complaintIds[0],
      complaintIds[2],
    ]);
    const dismissed = await page('status=dismissed').expect(200);
    expect(dismissed.body.items).toEqual([
      expect.objectContaining({ id: complaintIds[1], status: 'dismissed' }),
    ]);

    const bad = await page('status=closed&limit=1000').set('Accept-Language', 'en').expect(400);
    expect(bad.body.code).toBe('validation-failed');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limit',
      'status',
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

  it('refuses to answer a notice by rejecting the revision of a live listing, and writes nothing', async () => {
    const productId = await submittedProduct('Lebendig');
    await decide(productId, { decision: 'approve' }).expect(201);
    await request(http)
      .patch(`/v1/products/${productId}`)
      .set(seller.auth)
      .send({ translations: { de: text('Lebendig und neu') } })
      .expect(200);
    await request(http).post(`/v1/products/${productId}/submit`).set(seller.auth).expect(200);
    const notice = await request(http)
      .post('/v1/notices')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        explanation: 'The live listing shows no age warning for small parts.',
        goodFaith: true,
      })
      .expect(201);
    const [{ id: noticeId }] = await system.dataSource.query(
      'SELECT id FROM notices WHERE reference = $1',
      [notice.body.reference],
    );
    const state = async () => ({
      product: (
        await system.dataSource.query(
          'SELECT status, revision_status, revision IS NOT NULL AS has_revision FROM products WHERE id = $1',
          [productId],
        )
      )[0],
      notice: (
        await system.dataSource.query(
          'SELECT status, decision_id, handled_at FROM notices WHERE id = $1',
          [noticeId],
        )
      )[0],
      decisions: (
        await system.dataSource.query(
          'SELECT count(*)::int AS n FROM moderation_decisions WHERE product_id = $1',
          [productId],
        )
      )[0].n,
      log: (
        await system.dataSource.query(
          'SELECT count(*)::int AS n FROM moderation_audit_log WHERE product_id = $1',
          [productId],
        )
      )[0].n,
    });
    const before = await state();
    expect(before.product).toEqual({
      status: 'published',
      revision_status: 'pending_review',
      has_revision: true,
    });

    // The notice is about the live listing (DSA Art. 16): rejecting the revision would leave it
    // online while the notice counted as acted on.
    const refused = await decide(productId, {
      ...removal,
      decision: 'reject',
      noticeId,
    }).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      status: 409,
      code: 'notice-concerns-live-listing',
      title: 'The notice is about the live listing',
    });
    expect(refused.body.detail).toContain(notice.body.reference);
    expect(refused.body.detail).toContain('“remove”');
    expect(refused.body.detail).toContain('“approve”');
    const german = await request(http)
      .post(`/v1/admin/products/${productId}/decisions`)
      .set(admin.auth)
      .set('Accept-Language', 'de')
      .send({ ...removal, decision: 'reject', noticeId })
      .expect(409);
    expect(german.body.title).toBe('Die Meldung betrifft das veröffentlichte Angebot');
    expect(await state()).toEqual(before);

    // Keeping the live listing answers the notice; the revision waits for its own decision.
    await decide(productId, { decision: 'approve', noticeId }).expect(201);
    const kept = await state();
    expect(kept.notice.status).toBe('dismissed');
    expect(kept.product).toEqual(before.product);
    await decide(productId, { ...removal, decision: 'reject' }).expect(201);
    const revisionRejected = await state();
    expect(revisionRejected.product).toEqual({
      status: 'published',
      revision_status: null,
      has_revision: false,
    });
    expect(revisionRejected.notice).toEqual(kept.notice);
  });

  it('removes the listing when a notifier’s complaint against a revision rejection that left it live is upheld', async () => {
    // Such decisions were taken before they were refused: the notice counted as acted on while
    // the listing it is about stayed live. Upholding the complaint must reverse that (Art. 20(4)).
    const productId = await submittedProduct('Altlast');
    await decide(productId, { decision: 'approve' }).expect(201);
    const notice = await request(http)
      .post('/v1/notices')
      .send({
        productId,
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        explanation: 'The live listing still shows no age warning.',
        goodFaith: true,
      })
      .expect(201);
    const [{ id: noticeId }] = await system.dataSource.query(
      'SELECT id FROM notices WHERE reference = $1',
      [notice.body.reference],
    );
    const [{ id: adminId }] = await system.dataSource.query(
      'SELECT id FROM users WHERE email = $1',
      [ADMIN.email],
    );
    const [{ id: legacyDecisionId }] = await system.dataSource.query(
      `INSERT INTO moderation_decisions (product_id, vendor_id, decision, category, ground, legal_ground,
         explanation, territorial_scope, source, notice_id, decided_by, content_date)
       VALUES ($1, $2, 'reject', $3, 'illegal', $4, $5, '{AT,DE}', 'notice', $6, $7, current_date)
       RETURNING id`,
      [
        productId,
        vendorId,
        removal.reason,
        removal.legalGround,
        removal.explanation,
        noticeId,
        adminId,
      ],
    );
    await system.dataSource.query(
      `UPDATE notices SET status = 'actioned', decision_id = $2, handled_at = now() WHERE id = $1`,
      [noticeId, legacyDecisionId],
    );
    const complaint = await request(http)
      .post(`/v1/notices/${notice.body.reference}/complaints`)
      .send({ text: 'You said you acted, yet the listing is still online.' })
      .expect(201);
    const resolved = await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(secondAdmin.auth)
      .send({
        outcome: 'upheld',
        resolution: 'Only a revision was rejected; the listing is now removed.',
        reason: removal.reason,
        explanation: removal.explanation,
        ground: removal.ground,
        legalGround: removal.legalGround,
      })
      .expect(200);
    expect(resolved.body.reversalDecisionId).toEqual(expect.any(String));
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('removed');
    const [handled] = await system.dataSource.query(
      'SELECT status, decision_id FROM notices WHERE id = $1',
      [noticeId],
    );
    expect(handled).toEqual({ status: 'actioned', decision_id: resolved.body.reversalDecisionId });
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
    const [complaint, duplicate] = (await Promise.all(
      [1, 2].map(() =>
        request(http)
          .post(`/v1/notices/${notice.body.reference}/complaints`)
          .send({ text: 'The parts really are loose; please look again.' })
          .expect(201),
      ),
    )) as [request.Response, request.Response];
    // The anonymous author learns only what identifies its complaint, never internal ids.
    expect(complaint.body).toEqual({
      id: expect.any(String),
      noticeReference: notice.body.reference,
      status: 'open',
      receivedAt: expect.any(String),
    });
    // One open complaint per notifier and decision, even when sent twice at once.
    expect(duplicate.body.id).toBe(complaint.body.id);
    const listed = await request(http)
      .get(`/v1/admin/complaints?productId=${productId}`)
      .set(admin.auth)
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: complaint.body.id,
        complainant: 'notifier',
        noticeReference: notice.body.reference,
        decision: 'approve',
        productTitle: 'Bestritten',
        vendorName: 'Beispiel Handels GmbH',
      }),
    ]);
    await request(http)
      .post('/v1/notices/N-000000000000/complaints')
      .send({ text: 'A complaint about nothing.' })
      .expect(404);
    expect(await complaintCount()).toBe((complaintsBefore ?? 0) + 1);

    // Upholding it reverses the decision to take no action (DSA Art. 20(4)): the listing is
    // removed, which needs a statement of reasons. Without one, nothing changes.
    const decisionsOf = () =>
      system.dataSource.query<Array<{ decision: string; source: string; notice_id: string }>>(
        'SELECT decision, source, notice_id FROM moderation_decisions WHERE product_id = $1 ORDER BY created_at',
        [productId],
      );
    const decisionsBefore = await decisionsOf();
    const incomplete = await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(secondAdmin.auth)
      .set('Accept-Language', 'en')
      .send({ outcome: 'upheld', resolution: 'The parts are indeed loose.' })
      .expect(400);
    expect(incomplete.body).toMatchObject({ code: 'validation-failed' });
    expect(incomplete.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'explanation',
      'ground',
      'reason',
    ]);
    const [stillOpen] = await system.dataSource.query(
      'SELECT status, reversal_decision_id FROM complaints WHERE id = $1',
      [complaint.body.id],
    );
    expect(stillOpen).toEqual({ status: 'open', reversal_decision_id: null });
    expect(await decisionsOf()).toEqual(decisionsBefore);
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('published');

    const resolved = await request(http)
      .post(`/v1/admin/complaints/${complaint.body.id}/resolve`)
      .set(secondAdmin.auth)
      .send({
        outcome: 'upheld',
        resolution: 'The parts are indeed loose; the listing is removed.',
        reason: removal.reason,
        explanation: removal.explanation,
        ground: removal.ground,
        legalGround: removal.legalGround,
      })
      .expect(200);
    expect(resolved.body).toMatchObject({
      status: 'upheld',
      reversalDecisionId: expect.any(String),
    });
    expect(
      (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status,
    ).toBe('removed');
    const decisions = await decisionsOf();
    expect(decisions.slice(decisionsBefore.length)).toEqual([
      { decision: 'remove', source: 'notice', notice_id: noticeId },
    ]);
    const [handledNotice] = await system.dataSource.query(
      'SELECT status, decision_id FROM notices WHERE id = $1',
      [noticeId],
    );
    expect(handledNotice).toEqual({
      status: 'actioned',
      decision_id: resolved.body.reversalDecisionId,
    });
    const log = await system.dataSource.query(
      'SELECT action FROM moderation_audit_log WHERE product_id = $1 ORDER BY id',
      [productId],
    );
    expect(log.map((row: { action: string }) => row.action).slice(-3)).toEqual([
      'complaint.lodged',
      'decision.remove',
      'complaint.upheld',
    ]);
    // The notifier learns the outcome in its language; the seller gets the statement of reasons.
    const outcome = await complaintOutcome(complaint.body.id);
    expect(outcome).toMatchObject({
      kind: 'complaint.upheld',
      locale: 'it',
      recipient: 'lucia@example.eu',
      user_id: null,
      subject: 'Decisione sul suo reclamo relativo a «Bestritten»',
    });
    expect(outcome.body).toContain('The parts are indeed loose; the listing is removed.');
    expect(outcome.body).toContain("l'inserzione è stata rimossa dal marketplace");
    const [statement] = await eventually(async () => {
      const rows: Array<{ body: string; locale: string }> = await system.dataSource.query(
        `SELECT body, locale FROM notifications WHERE dedupe_key = $1`,
        [`product-decision:${resolved.body.reversalDecisionId}`],
      );
      return rows.length ? rows : undefined;
    });
    expect(statement.locale).toBe('de');
    expect(statement.body).toContain(removal.explanation);
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

  it('refuses a notifier email with invisible or bidi characters, and writes nothing', async () => {
    const productId = await submittedProduct('Unsichtbar');
    await decide(productId, { decision: 'approve' }).expect(201);
    const count = async () =>
      Number((await system.dataSource.query('SELECT count(*) FROM notices'))[0].count);
    const before = await count();
    for (const notifierEmail of ['blower\u202E@example.eu', 'whistle\u200B@example.eu']) {
      const response = await request(http)
        .post('/v1/notices')
        .set('Accept-Language', 'fr')
        .send({
          productId,
          category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
          explanation: 'A long enough explanation of the problem.',
          notifierEmail,
          goodFaith: true,
        })
        .expect(400);
      expect(response.body.errors).toEqual([
        {
          field: 'notifierEmail',
          code: 'emailInvisibleCharacters',
          message: expect.stringContaining('caractères invisibles'),
        },
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('documents the notifier’s complaint receipt, without internal ids', async () => {
    const openApi = await request(http).get('/docs-json').expect(200);
    const created =
      openApi.body.paths['/v1/notices/{reference}/complaints'].post.responses['201'].content[
        'application/json'
      ].schema;
    const name = (created.$ref as string).split('/').pop() as string;
    const schema = openApi.body.components.schemas[name];
    expect(Object.keys(schema.properties).sort()).toEqual([
      'id',
      'noticeReference',
      'receivedAt',
      'status',
    ]);
    expect(schema.required.sort()).toEqual(['id', 'noticeReference', 'receivedAt', 'status']);
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
