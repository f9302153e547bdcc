import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';
import { approvedVendor } from './support/vendors';

const UNSAFE = 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS';
const CONSUMER_INFORMATION = 'STATEMENT_CATEGORY_CONSUMER_INFORMATION';
const text = (title: string) => ({
  title,
  description: `${title} description`,
  safetyInformation: 'Not for children under 3.',
});
const removal = {
  decision: 'remove',
  reason: UNSAFE,
  explanation: 'The toy contains small parts without the warning required for young children.',
  ground: 'illegal',
  legalGround: 'Directive 2009/48/EC Annex V Part A(1)',
};
/** Longer than a list excerpt, so that the list shows its start only. */
const LONG_EXPLANATION =
  'The listing shows a rattle for babies whose beads come loose when shaken, as the photos show. ' +
  'Loose beads of this size are a choking hazard for children under 36 months, and the listing ' +
  'gives no warning and no CE marking. Please remove it before a child is hurt by it.';

interface NoticeItem {
  id: string;
  reference: string;
  status: string;
  category: string;
  receivedAt: string;
  listing: { id: string };
}

describe('admins list and read notices, and name them by reference (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;

  /** A published German toy listing of `owner`'s vendor, titled in German and English. */
  async function publishedProduct(
    titles: { de: string; en?: string },
    owner = seller,
    ownerVendorId = vendorId,
  ): Promise<string> {
    const created = await request(http)
      .post(`/v1/vendors/${ownerVendorId}/products`)
      .set(owner.auth)
      .send({
        category: 'toys',
        translations: {
          de: text(titles.de),
          ...(titles.en ? { en: text(titles.en) } : {}),
        },
        manufacturer: {
          name: 'Spielwaren GmbH',
          address: 'Hauptstraße 1, Fürth',
          email: 'safety@spielwaren.example',
          country: 'DE',
        },
        offers: [{ prices: [{ amount: 1299, currency: 'EUR' }], stock: 3, markets: ['DE'] }],
      })
      .expect(201);
    const productId = created.body.id as string;
    await request(http).post(`/v1/products/${productId}/submit`).set(owner.auth).expect(200);
    await decide(productId, { decision: 'approve' }).expect(201);
    return productId;
  }

  const decide = (productId: string, body: Record<string, unknown>) =>
    request(http)
      .post(`/v1/admin/products/${productId}/decisions`)
      .set(admin.auth)
      .set('Accept-Language', 'en')
      .send(body);

  /** Files a good-faith notice; returns its public reference and its id. */
  async function notice(
    productId: string,
    details: { category?: string; explanation?: string; name?: string; email?: string } = {},
  ): Promise<{ reference: string; id: string }> {
    const sent = await request(http)
      .post('/v1/notices')
      .set('Accept-Language', 'fr')
      .send({
        productId,
        category: details.category ?? UNSAFE,
        explanation: details.explanation ?? 'Small parts and no age warning on this listing.',
        notifierName: details.name,
        notifierEmail: details.email,
        goodFaith: true,
      })
      .expect(201);
    const reference = sent.body.reference as string;
    const [{ id }] = await system.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM notices WHERE reference = $1',
      [reference],
    );
    return { reference, id };
  }

  const listNotices = (query: string, language = 'en', as: SignedIn = admin) =>
    request(http).get(`/v1/admin/notices${query}`).set(as.auth).set('Accept-Language', language);

  const readNotice = (idOrReference: string, language = 'en') =>
    request(http)
      .get(`/v1/admin/notices/${encodeURIComponent(idOrReference)}`)
      .set(admin.auth)
      .set('Accept-Language', language);

  /** What a refused decision must leave as it was. */
  const moderationState = async (productId: string) => ({
    product: (
      await system.dataSource.query('SELECT status FROM products WHERE id = $1', [productId])
    )[0],
    decisions: (
      await system.dataSource.query(
        'SELECT count(*)::int AS n FROM moderation_decisions WHERE product_id = $1',
        [productId],
      )
    )[0],
    notices: await system.dataSource.query(
      'SELECT id, status, decision_id, handled_at FROM notices WHERE product_id = $1 ORDER BY id',
      [productId],
    ),
    audit: (
      await system.dataSource.query(
        'SELECT count(*)::int AS n FROM moderation_audit_log WHERE product_id = $1',
        [productId],
      )
    )[0],
    outbox: (await system.dataSource.query('SELECT count(*)::int AS n FROM outbox'))[0],
  });

  const expectProblem = (response: request.Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, type: `/problems/${code}` });
  };

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin({
      env: { NOTICES_PER_IP_PER_HOUR: '100' },
    }));
    seller = await signUp(http, 'seller');
    vendorId = await approvedVendor(http, seller, admin);
  });
  afterAll(() => system?.stop());

  it('lists open notices oldest first with notifier, excerpt, listing and vendor, page by page', async () => {
    const otherSeller = await signUp(http, 'seller');
    const otherVendorId = await approvedVendor(http, otherSeller, admin);
    const productId = await publishedProduct(
      { de: 'Holzrassel', en: 'Wooden rattle' },
      otherSeller,
      otherVendorId,
    );
    const first = await notice(productId, {
      explanation: LONG_EXPLANATION,
      name: 'Claire Martin',
      email: 'Claire.Martin@example.eu',
    });
    const second = await notice(productId, { category: CONSUMER_INFORMATION });
    const third = await notice(productId, { email: 'third@example.eu' });

    const firstPage = await listNotices(`?vendorId=${otherVendorId}&limit=2`).expect(200);
    expect(firstPage.body.items.map((item: NoticeItem) => item.reference)).toEqual([
      first.reference,
      second.reference,
    ]);
    expect(firstPage.body.items[0]).toEqual({
      id: first.id,
      reference: first.reference,
      status: 'open',
      category: UNSAFE,
      notifier: { name: 'Claire Martin', email: 'claire.martin@example.eu', locale: 'fr' },
      excerpt: expect.stringMatching(/^The listing shows a rattle for babies .*…$/),
      receivedAt: expect.any(String),
      listing: { id: productId, title: 'Wooden rattle', status: 'published' },
      vendor: { id: otherVendorId, name: 'Beispiel Handels GmbH' },
    });
    const excerpt = firstPage.body.items[0].excerpt as string;
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(201);
    expect(LONG_EXPLANATION.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(firstPage.body.items[1].notifier).toEqual({ name: null, email: null, locale: 'fr' });
    expect(firstPage.body.nextCursor).toEqual(expect.any(String));

    const lastPage = await listNotices(
      `?vendorId=${otherVendorId}&limit=2&cursor=${firstPage.body.nextCursor}`,
    ).expect(200);
    expect(lastPage.body.items.map((item: NoticeItem) => item.reference)).toEqual([
      third.reference,
    ]);
    expect(lastPage.body.nextCursor).toBeNull();

    // Without a title in the caller's language, the listing's first language is shown.
    const inFrench = await listNotices(`?productId=${productId}&limit=1`, 'fr').expect(200);
    expect(inFrench.body.items[0].listing.title).toBe('Holzrassel');
  });

  it('filters by status, category, listing and vendor', async () => {
    const productId = await publishedProduct({ de: 'Kreisel' });
    const otherProductId = await publishedProduct({ de: 'Springseil' });
    const unsafe = await notice(productId, { email: 'unsafe@example.eu' });
    const information = await notice(productId, { category: CONSUMER_INFORMATION });
    const elsewhere = await notice(otherProductId);
    await decide(productId, { decision: 'approve', noticeId: information.id }).expect(201);

    const references = async (query: string) =>
      ((await listNotices(query).expect(200)).body.items as NoticeItem[]).map(
        (item) => item.reference,
      );
    expect(await references(`?productId=${productId}`)).toEqual([unsafe.reference]);
    expect(await references(`?productId=${productId}&status=dismissed`)).toEqual([
      information.reference,
    ]);
    expect(await references(`?productId=${productId}&status=actioned`)).toEqual([]);
    expect(await references(`?vendorId=${vendorId}&category=${UNSAFE}`)).toEqual(
      expect.arrayContaining([unsafe.reference, elsewhere.reference]),
    );
    expect(await references(`?vendorId=${vendorId}&category=${CONSUMER_INFORMATION}`)).toEqual([]);
  });

  it('reads one notice by id or by its reference in any case, with its handling', async () => {
    const productId = await publishedProduct({ de: 'Murmeln', en: 'Marbles' });
    const { reference, id } = await notice(productId, {
      explanation: LONG_EXPLANATION,
      name: 'Jan Novák',
      email: 'jan@example.eu',
    });

    const byId = await readNotice(id).expect(200);
    expect(byId.body).toMatchObject({
      id,
      reference,
      status: 'open',
      text: LONG_EXPLANATION,
      goodFaith: true,
      notifier: { name: 'Jan Novák', email: 'jan@example.eu', locale: 'fr' },
      listing: { id: productId, title: 'Marbles', status: 'published' },
      vendor: { id: vendorId, name: 'Beispiel Handels GmbH' },
      handling: null,
    });
    expect((await readNotice(reference).expect(200)).body).toEqual(byId.body);
    expect((await readNotice(` ${reference.toLowerCase()}`).expect(200)).body.id).toBe(id);

    const decided = await decide(productId, { ...removal, noticeId: id }).expect(201);
    const handled = await readNotice(reference, 'de').expect(200);
    expect(handled.body).toMatchObject({
      status: 'actioned',
      listing: { title: 'Murmeln', status: 'removed' },
      handling: { decisionId: decided.body.id, decision: 'remove', handledAt: expect.any(String) },
    });
  });

  it('answers a notice named by its reference, in any case, wherever a decision names one', async () => {
    const productId = await publishedProduct({ de: 'Steckspiel' });
    const { reference, id } = await notice(productId, { email: 'named@example.eu' });

    const decided = await decide(productId, {
      decision: 'approve',
      noticeId: reference.toLowerCase(),
    }).expect(201);
    const [stored] = await system.dataSource.query(
      'SELECT d.notice_id, d.source, n.status, n.decision_id FROM moderation_decisions d ' +
        'JOIN notices n ON n.id = d.notice_id WHERE d.id = $1',
      [decided.body.id],
    );
    expect(stored).toEqual({
      notice_id: id,
      source: 'notice',
      status: 'dismissed',
      decision_id: decided.body.id,
    });

    // Its author contests the decision quoting the reference as they typed it.
    const complaint = await request(http)
      .post(`/v1/notices/${reference.toLowerCase()}/complaints`)
      .send({ text: 'The listing still has no age warning at all.' })
      .expect(201);
    expect(complaint.body.noticeReference).toBe(reference);
  });

  it('refuses a decision naming an unknown or malformed notice, naming the field, and writes nothing', async () => {
    const productId = await publishedProduct({ de: 'Bauklotz' });
    const otherProductId = await publishedProduct({ de: 'Puzzle' });
    await notice(productId, { email: 'kept@example.eu' });
    const aboutOther = await notice(otherProductId);
    const before = await moderationState(productId);

    for (const noticeId of ['N-000000000000', aboutOther.reference, aboutOther.id]) {
      const unknown = await decide(productId, { ...removal, noticeId });
      expectProblem(unknown, 404, 'notice-not-found');
      expect(unknown.body.detail).toContain(noticeId);
      expect(unknown.body.errors).toEqual([
        {
          field: 'noticeId',
          code: 'unknownNotice',
          message:
            'is not a notice about this listing; give the id or the reference (N-…) of one of its notices',
        },
      ]);
    }
    const malformed = await decide(productId, { ...removal, noticeId: 'N-123' });
    expectProblem(malformed, 400, 'validation-failed');
    expect(malformed.body.errors).toEqual([
      {
        field: 'noticeId',
        code: 'noticeIdOrReference',
        message: "must be the notice's id (a UUID) or its reference, for example N-0B1CC1FD5104",
      },
    ]);
    expect(await moderationState(productId)).toEqual(before);
  });

  it('refuses bad filters, cursors and notice names with a localized problem', async () => {
    const badStatus = await listNotices('?status=closed&category=UNSAFE', 'de');
    expectProblem(badStatus, 400, 'validation-failed');
    expect(badStatus.headers['content-language']).toBe('de');
    expect(
      badStatus.body.errors.map((error: { field: string; code: string }) => [
        error.field,
        error.code,
      ]),
    ).toEqual([
      ['status', 'isIn'],
      ['category', 'isIn'],
    ]);
    expect(badStatus.body.errors[0].message).toContain('open, actioned, dismissed');

    const badIds = await listNotices('?productId=123&vendorId=x');
    expectProblem(badIds, 400, 'validation-failed');
    expect(badIds.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'productId',
      'vendorId',
    ]);

    const badCursor = await listNotices('?cursor=bm90LWEtY3Vyc29y');
    expectProblem(badCursor, 400, 'validation-failed');
    expect(badCursor.body.errors).toEqual([
      {
        field: 'cursor',
        code: 'invalidCursor',
        message: 'is not a cursor returned by this endpoint',
      },
    ]);

    const malformed = await readNotice('N-XYZ');
    expectProblem(malformed, 400, 'validation-failed');
    expect(malformed.body.errors).toEqual([
      expect.objectContaining({ field: 'idOrReference', code: 'noticeIdOrReference' }),
    ]);

    const unknown = await readNotice('n-0000000000ff', 'fr');
    expectProblem(unknown, 404, 'notice-unknown');
    expect(unknown.body.detail).toBe(
      "Il n'existe aucune notification n-0000000000ff. Indiquez l'identifiant (UUID) de la " +
        'notification ou sa référence, par exemple N-0B1CC1FD5104.',
    );
    expectProblem(await readNotice('00000000-0000-4000-8000-000000000000'), 404, 'notice-unknown');
  });

  it('keeps notices to admins: 401 without a token, 403 for a seller', async () => {
    const productId = await publishedProduct({ de: 'Würfel' });
    const { reference } = await notice(productId);
    for (const path of ['/v1/admin/notices', `/v1/admin/notices/${reference}`]) {
      expectProblem(await request(http).get(path), 401, 'unauthorized');
      expectProblem(await request(http).get(path).set(seller.auth), 403, 'forbidden');
    }
  });
});
