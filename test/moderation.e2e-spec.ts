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
/** What a vendor selling packaged goods in Germany and Austria must hold. */
const REGISTRATIONS = {
  DE: { packaging: 'DE1234567890123' },
  AT: { packagingRepresentative: 'Verpackung Bevollmächtigte GmbH, Wien' },
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

  /** A toy listing submitted for review, by default the seller's, sold in Germany and Austria. */
  async function submittedProduct(
    title = 'Holzeisenbahn',
    owner: SignedIn = seller,
    ownerVendorId: string = vendorId,
    listing: Record<string, unknown> = {
      gtin: '4006381333931',
      offers: [{ prices: [{ amount: 2499, currency: 'EUR' }], stock: 5, markets: ['DE', 'AT'] }],
    },
  ): Promise<string> {
    const created = await request(http)
      .post(`/v1/vendors/${ownerVendorId}/products`)
      .set(owner.auth)
      .send({
        category: 'toys',
        translations: { de: text(title) },
        manufacturer: {
          name: 'Spielwaren GmbH',
          address: 'Hauptstraße 1, Fürth',
          email: 'safety@spielwaren.example',
          country: 'DE',
        },
        ...listing,
      })
      .expect(201);
    await request(http).post(`/v1/products/${created.body.id}/submit`).set(owner.auth).expect(200);
    return created.body.id as string;
  }

  const decide = (productId: string, body: Record<string, unknown>, as: SignedIn = admin) =>
    request(http)
      .post(`/v1/admin/products/${productId}/decisions`)
      .set(as.auth)
      .set('Accept-Language', 'en')
      .send(body);

  async function publishedProduct(title: string): Promise<string> {
    const productId = await submittedProduct(title);
    await decide(productId, { decision: 'approve' }).expect(201);
    return productId;
  }

  const productStatus = async (productId: string) =>
    (await request(http).get(`/v1/products/${productId}`).set(seller.auth)).body.status as string;

  const complainAs = (author: SignedIn, decisionId: string) =>
    request(http).post(`/v1/decisions/${decisionId}/complaints`).set(author.auth);

  const resolveAs = (reviewer: SignedIn, complaintId: string) =>
    request(http).post(`/v1/admin/complaints/${complaintId}/resolve`).set(reviewer.auth);

  /** Upholding a complaint against keeping a listing removes it, so it carries the statement. */
  const upheldWithRemoval = (resolution: string) => ({
    outcome: 'upheld',
    resolution,
    reason: removal.reason,
    explanation: removal.explanation,
    ground: removal.ground,
    legalGround: removal.legalGround,
  });

  const statementsExport = (as: SignedIn) =>
    request(http).get('/v1/admin/statements-of-reasons/export').set(as.auth);

  const sendNotice = (body: Record<string, unknown>, language?: string) => {
    const call = request(http).post('/v1/notices');
    return (language ? call.set('Accept-Language', language) : call).send(body);
  };

  /** Files a good-faith notice about a product; returns its public reference and stored id. */
  async function noticeAbout(
    productId: string,
    details: {
      category: string;
      explanation: string;
      notifierName?: string;
      notifierEmail?: string;
    },
    language?: string,
  ): Promise<{ reference: string; noticeId: string }> {
    const notice = await sendNotice({ productId, ...details, goodFaith: true }, language).expect(
      201,
    );
    const reference = notice.body.reference as string;
    const [{ id }] = await system.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM notices WHERE reference = $1',
      [reference],
    );
    return { reference, noticeId: id };
  }

  const noticeCount = async () =>
    Number((await system.dataSource.query('SELECT count(*) FROM notices'))[0].count);

  const noticeHandling = async (noticeId: string) =>
    (
      await system.dataSource.query<Array<{ status: string; decision_id: string | null }>>(
        'SELECT status, decision_id FROM notices WHERE id = $1',
        [noticeId],
      )
    )[0];

  const auditActions = async (productId: string) =>
    (
      await system.dataSource.query<Array<{ action: string }>>(
        'SELECT action FROM moderation_audit_log WHERE product_id = $1 ORDER BY id',
        [productId],
      )
    ).map((row) => row.action);

  /** The first notification matching `condition`, once the worker has written it. */
  const sentNotification = async <Row>(
    columns: string,
    condition: string,
    parameters: unknown[] = [],
  ): Promise<Row> =>
    (
      await eventually(async () => {
        const rows: Row[] = await system.dataSource.query(
          `SELECT ${columns} FROM notifications WHERE ${condition}`,
          parameters,
        );
        return rows.length ? rows : undefined;
      })
    )[0];

  /** The notification telling a complaint's author the outcome, once the worker has sent it. */
  const complaintOutcome = (complaintId: string) =>
    sentNotification<{
      kind: string;
      locale: string;
      recipient: string;
      subject: string;
      body: string;
      user_id: string | null;
    }>('kind, locale, recipient, subject, body, user_id', 'dedupe_key = $1', [
      `complaint-outcome:${complaintId}`,
    ]);

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
    vendorId = await approvedVendor(http, seller, admin, REGISTRATIONS);
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
    expect(await productStatus(productId)).toBe('pending_review');
    expect(
      await system.dataSource.query('SELECT * FROM moderation_decisions WHERE product_id = $1', [
        productId,
      ]),
    ).toEqual([]);
  });

  it('gives the seller a statement of reasons in its language, and exports it without personal data', async () => {
    const productId = await publishedProduct('Kleine Bausteine');
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

    const notification = await sentNotification<{ body: string; locale: string }>(
      'body, locale',
      `kind = 'product.remove' AND body LIKE $1`,
      [`%${removal.explanation}%`],
    );
    expect(notification.locale).toBe('de');

    const exported = await statementsExport(admin).expect(200);
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
    const complaint = await complainAs(seller, rejected.body.id)
      .send({ text: 'The warning is printed on the packaging, see the second image.' })
      .expect(201);
    const other = await signUp(http, 'seller');
    await complainAs(other, rejected.body.id)
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
    const sameReviewer = await resolveAs(admin, complaint.body.id)
      .send({ outcome: 'upheld', resolution: 'Warning present.' })
      .expect(403);
    expect(sameReviewer.body.code).toBe('same-reviewer');
    const resolved = await resolveAs(secondAdmin, complaint.body.id)
      .send({ outcome: 'upheld', resolution: 'The warning is on the packaging image.' })
      .expect(200);
    expect(resolved.body).toMatchObject({ status: 'upheld', reviewedBy: expect.any(String) });
    expect(await productStatus(productId)).toBe('published');
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
    expect(await auditActions(productId)).toEqual([
      'decision.reject',
      'complaint.lodged',
      'complaint.upheld',
    ]);
  });

  it('keeps one open complaint per seller and decision, also when sent at once', async () => {
    const productId = await submittedProduct('Doppelt bestritten');
    const rejected = await decide(productId, { ...removal, decision: 'reject' }).expect(201);
    const complain = (text: string) => complainAs(seller, rejected.body.id).send({ text });
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
    await resolveAs(secondAdmin, answers[0].body.id)
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
    const otherVendorId = await approvedVendor(http, otherSeller, admin, REGISTRATIONS);
    const complaintIds: string[] = [];
    for (const title of ['Erste Beschwerde', 'Zweite Beschwerde', 'Dritte Beschwerde']) {
      const productId = await submittedProduct(title, otherSeller, otherVendorId, {
        offers: [{ prices: [{ amount: 999, currency: 'EUR' }], stock: 1, markets: ['DE'] }],
      });
      const rejected = await decide(productId, { ...removal, decision: 'reject' }).expect(201);
      const complaint = await complainAs(otherSeller, rejected.body.id)
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

    await resolveAs(secondAdmin, complaintIds[1])
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
    const productId = await publishedProduct('Anonym gemeldet');
    const response = await sendNotice({
      productId,
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      explanation: 'The seller never ships; see consumer forum reports.',
      goodFaith: true,
    }).expect(201);
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
    const productId = await publishedProduct('Gemeldet');
    const { reference, noticeId } = await noticeAbout(
      productId,
      {
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        explanation: 'Small parts, no age warning on the listing.',
        notifierName: 'Claire Martin',
        notifierEmail: 'claire@example.eu',
      },
      'fr',
    );
    const decided = await decide(productId, { ...removal, noticeId }).expect(201);
    expect(decided.body.source).toBe('Decided following a notice from a third party');
    const handled = await noticeHandling(noticeId);
    expect(handled).toEqual({ status: 'actioned', decision_id: decided.body.id });
    const outcome = await sentNotification<{
      recipient: string;
      locale: string;
      subject: string;
      user_id: string | null;
    }>(
      'recipient, locale, subject, user_id',
      `kind = 'notice.outcome' AND recipient = 'claire@example.eu'`,
    );
    expect(outcome).toMatchObject({ locale: 'fr', user_id: null });
    expect(outcome.subject).toContain(reference);
    const exported = await statementsExport(admin).expect(200);
    const record = exported.body.find((s: { puid: string }) => s.puid === decided.body.id);
    expect(record.source_type).toBe('SOURCE_ARTICLE_16');
    expect(JSON.stringify(record)).not.toContain('Claire');
  });

  it('answers a notice about a live listing with no action, and the listing stays live', async () => {
    const productId = await publishedProduct('Unbedenklich');
    const { noticeId } = await noticeAbout(productId, {
      category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
      explanation: 'The price shown seems wrong to me.',
    });
    await decide(productId, { decision: 'approve', noticeId }).expect(201);
    expect((await noticeHandling(noticeId)).status).toBe('dismissed');
    expect(await productStatus(productId)).toBe('published');
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
    expect(await productStatus(productId)).toBe('published');
  });

  it('refuses to answer a notice by rejecting the revision of a live listing, and writes nothing', async () => {
    const productId = await publishedProduct('Lebendig');
    await request(http)
      .patch(`/v1/products/${productId}`)
      .set(seller.auth)
      .send({ translations: { de: text('Lebendig und neu') } })
      .expect(200);
    await request(http).post(`/v1/products/${productId}/submit`).set(seller.auth).expect(200);
    const { reference, noticeId } = await noticeAbout(productId, {
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      explanation: 'The live listing shows no age warning for small parts.',
    });
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
    expect(refused.body.detail).toContain(reference);
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
    const productId = await publishedProduct('Altlast');
    const { reference, noticeId } = await noticeAbout(productId, {
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      explanation: 'The live listing still shows no age warning.',
    });
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
      .post(`/v1/notices/${reference}/complaints`)
      .send({ text: 'You said you acted, yet the listing is still online.' })
      .expect(201);
    const resolved = await resolveAs(secondAdmin, complaint.body.id)
      .send(upheldWithRemoval('Only a revision was rejected; the listing is now removed.'))
      .expect(200);
    expect(resolved.body.reversalDecisionId).toEqual(expect.any(String));
    expect(await productStatus(productId)).toBe('removed');
    const handled = await noticeHandling(noticeId);
    expect(handled).toEqual({ status: 'actioned', decision_id: resolved.body.reversalDecisionId });
  });

  it('confirms a notice to its author, and lets the author contest the decision on it', async () => {
    const productId = await publishedProduct('Bestritten');
    const { reference, noticeId } = await noticeAbout(
      productId,
      {
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        explanation: 'The toy has loose small parts.',
        notifierEmail: 'lucia@example.eu',
      },
      'it',
    );
    const receipt = await sentNotification<{ locale: string; subject: string }>(
      'locale, subject',
      `kind = 'notice.received' AND recipient = 'lucia@example.eu'`,
    );
    expect(receipt.locale).toBe('it');
    expect(receipt.subject).toContain(reference);

    const complaintCount = async () =>
      (
        await system.dataSource.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM complaints',
        )
      )[0]?.n;
    const complaintsBefore = await complaintCount();
    const early = await request(http)
      .post(`/v1/notices/${reference}/complaints`)
      .send({ text: 'Nobody has looked at my notice yet.' })
      .expect(409);
    expect(early.body.code).toBe('notice-not-decided');
    expect(await complaintCount()).toBe(complaintsBefore);
    await decide(productId, { decision: 'approve', noticeId }).expect(201);
    const [complaint, duplicate] = (await Promise.all(
      [1, 2].map(() =>
        request(http)
          .post(`/v1/notices/${reference}/complaints`)
          .send({ text: 'The parts really are loose; please look again.' })
          .expect(201),
      ),
    )) as [request.Response, request.Response];
    // The anonymous author learns only what identifies its complaint, never internal ids.
    expect(complaint.body).toEqual({
      id: expect.any(String),
      noticeReference: reference,
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
        noticeReference: reference,
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
    const incomplete = await resolveAs(secondAdmin, complaint.body.id)
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
    expect(await productStatus(productId)).toBe('published');

    const resolved = await resolveAs(secondAdmin, complaint.body.id)
      .send(upheldWithRemoval('The parts are indeed loose; the listing is removed.'))
      .expect(200);
    expect(resolved.body).toMatchObject({
      status: 'upheld',
      reversalDecisionId: expect.any(String),
    });
    expect(await productStatus(productId)).toBe('removed');
    const decisions = await decisionsOf();
    expect(decisions.slice(decisionsBefore.length)).toEqual([
      { decision: 'remove', source: 'notice', notice_id: noticeId },
    ]);
    const handledNotice = await noticeHandling(noticeId);
    expect(handledNotice).toEqual({
      status: 'actioned',
      decision_id: resolved.body.reversalDecisionId,
    });
    expect((await auditActions(productId)).slice(-3)).toEqual([
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
    const statement = await sentNotification<{ body: string; locale: string }>(
      'body, locale',
      'dedupe_key = $1',
      [`product-decision:${resolved.body.reversalDecisionId}`],
    );
    expect(statement.locale).toBe('de');
    expect(statement.body).toContain(removal.explanation);
  });

  it('stores the same report sent three times at once as one notice', async () => {
    const productId = await publishedProduct('Dreifach');
    const report = {
      productId,
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      explanation: 'The same report, sent from three tabs at once.',
      notifierEmail: 'Triple@Example.eu',
      goodFaith: true,
    };
    const answers = await Promise.all([1, 2, 3].map(() => sendNotice(report)));
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
    await sendNotice({
      productId,
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      explanation: 'A long enough explanation of the problem.',
      goodFaith: true,
    }).expect(404);
    expect(
      await system.dataSource.query('SELECT id FROM notices WHERE product_id = $1', [productId]),
    ).toEqual([]);
  });

  it('does not republish a listing edited after the contested rejection', async () => {
    const productId = await submittedProduct('Geändert');
    const rejected = await decide(productId, { ...removal, decision: 'reject' }).expect(201);
    const complaint = await complainAs(seller, rejected.body.id)
      .send({ text: 'The rejection was wrong, please look again.' })
      .expect(201);
    await request(http)
      .patch(`/v1/products/${productId}`)
      .set(seller.auth)
      .send({ category: 'kitchen' })
      .expect(200);
    await resolveAs(secondAdmin, complaint.body.id)
      .send({ outcome: 'upheld', resolution: 'Fair point.' })
      .expect(200);
    expect(await productStatus(productId)).toBe('rejected');
  });

  it('refuses invalid notices and writes nothing', async () => {
    const before = await noticeCount();
    const noGoodFaith = await sendNotice({
      productId: '00000000-0000-4000-8000-000000000000',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      explanation: 'x',
      goodFaith: false,
    }).expect(400);
    expect(noGoodFaith.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'explanation',
      'goodFaith',
    ]);
    await sendNotice({
      productId: '00000000-0000-4000-8000-000000000000',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      explanation: 'A long enough explanation of the problem.',
      goodFaith: true,
    }).expect(404);
    expect(await noticeCount()).toBe(before);
  });

  it('refuses a notifier email with invisible or bidi characters, and writes nothing', async () => {
    const productId = await publishedProduct('Unsichtbar');
    const before = await noticeCount();
    for (const notifierEmail of ['blower\u202E@example.eu', 'whistle\u200B@example.eu']) {
      const response = await sendNotice(
        {
          productId,
          category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
          explanation: 'A long enough explanation of the problem.',
          notifierEmail,
          goodFaith: true,
        },
        'fr',
      ).expect(400);
      expect(response.body.errors).toEqual([
        {
          field: 'notifierEmail',
          code: 'emailInvisibleCharacters',
          message: expect.stringContaining('caractères invisibles'),
        },
      ]);
    }
    expect(await noticeCount()).toBe(before);
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
      await statementsExport(caller).expect(403);
      await request(http).get('/v1/admin/complaints').set(caller.auth).expect(403);
    }
    expect(await productStatus(productId)).toBe('pending_review');
  });

  it('limits notices per client address', async () => {
    const productId = await submittedProduct('Flut');
    let status = 201;
    for (let attempt = 0; attempt < 20 && status !== 429; attempt += 1) {
      status = (
        await sendNotice({
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
