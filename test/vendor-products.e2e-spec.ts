import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';
import { approvedVendor, draftVendor } from './support/vendors';

const SOME_UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const text = (title: string) => ({
  title,
  description: `${title}, aus Buche`,
  safetyInformation: 'Nicht für Kinder unter 3 Jahren.',
});
const offer = { prices: [{ amount: 2499, currency: 'EUR' }], stock: 5, markets: ['DE'] };

function listing(
  translations: Record<string, ReturnType<typeof text>>,
  offers: Array<typeof offer> = [offer],
) {
  return {
    category: 'toys',
    translations,
    manufacturer: {
      name: 'Spielwaren GmbH',
      address: 'Hauptstraße 1, 90762 Fürth',
      email: 'safety@spielwaren.example',
      country: 'DE',
    },
    offers,
  };
}

interface ListedItem {
  id: string;
  status: string;
  revisionStatus: string | null;
  title: string;
  category: string;
  offerCount: number;
  createdAt: string;
  updatedAt: string;
}

describe('a seller’s own listings (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;
  const ids: Record<string, string> = {};

  const list = (query = '', as: SignedIn = seller, vendor = vendorId) =>
    request(http).get(`/v1/vendors/${vendor}/products${query}`).set(as.auth);
  const create = async (body: Record<string, unknown>, as = seller, vendor = vendorId) =>
    (await request(http).post(`/v1/vendors/${vendor}/products`).set(as.auth).send(body).expect(201))
      .body.id as string;
  const productCount = async () =>
    Number((await system.dataSource.query('SELECT count(*) FROM products'))[0].count);
  /** Every page of `query`, following nextCursor, and the number of pages. */
  async function allPages(query: string, limit: number) {
    const items: ListedItem[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const page = await list(`?limit=${limit}${query}${after}`).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...(page.body.items as ListedItem[]));
      cursor = page.body.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 50);
    return { items, pages };
  }

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
    seller = await signUp(http, 'seller');
    // The vendor's preferred language is German (germanGmbh), so titles are shown in German.
    vendorId = await approvedVendor(http, seller, admin);

    ids.draft = await create(listing({ de: text('Holzeisenbahn 100% Buche'), fr: text('Train') }));
    ids.lookalike = await create(listing({ de: text('Holzeisenbahn 1000 Teile') }));
    ids.underscore = await create(listing({ de: text('Bau_klotz') }, [offer, offer]));
    ids.underscoreLookalike = await create(listing({ de: text('Bauxklotz') }));
    // No German text: shown with the first language the listing has.
    ids.foreign = await create(listing({ fr: text('Cheval à bascule'), es: text('Caballito') }));

    ids.submitted = await create(listing({ de: text('Schaukelpferd') }));
    await request(http).post(`/v1/products/${ids.submitted}/submit`).set(seller.auth).expect(200);

    ids.published = await create(listing({ de: text('Kreisel') }));
    await request(http).post(`/v1/products/${ids.published}/submit`).set(seller.auth).expect(200);
    await request(http)
      .post(`/v1/admin/products/${ids.published}/decisions`)
      .set(admin.auth)
      .send({ decision: 'approve' })
      .expect(201);
    // A change to a live listing opens a revision while the approved title stays live.
    await request(http)
      .patch(`/v1/products/${ids.published}`)
      .set(seller.auth)
      .send({ translations: { de: text('Kreisel aus Eiche') } })
      .expect(200);
  });
  afterAll(() => system?.stop());

  it('lists each listing once with status, open revision, title, category and offers', async () => {
    const response = await list().expect(200);
    const items = response.body.items as ListedItem[];
    expect(response.body.nextCursor).toBeNull();
    expect(items.map((item) => item.id).sort()).toEqual(Object.values(ids).sort());
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(ids.draft)).toEqual({
      id: ids.draft,
      status: 'draft',
      revisionStatus: null,
      title: 'Holzeisenbahn 100% Buche',
      category: 'toys',
      offerCount: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(byId.get(ids.underscore)).toMatchObject({ offerCount: 2 });
    expect(byId.get(ids.foreign)).toMatchObject({ title: 'Caballito' });
    expect(byId.get(ids.submitted)).toMatchObject({
      status: 'pending_review',
      revisionStatus: null,
    });
    expect(byId.get(ids.published)).toMatchObject({
      status: 'published',
      revisionStatus: 'draft',
      title: 'Kreisel',
    });
  });

  it('puts the most recently changed listing first, in a stable order', async () => {
    await request(http)
      .patch(`/v1/products/${ids.lookalike}`)
      .set(seller.auth)
      .send({ attributes: { material: 'Buche' } })
      .expect(200);
    const items = (await list().expect(200)).body.items as ListedItem[];
    expect(items[0].id).toBe(ids.lookalike);
    const keys = items.map((item) => [item.updatedAt, item.id].join(' '));
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('pages through every listing without repeating or skipping one', async () => {
    const whole = (await list().expect(200)).body.items as ListedItem[];
    for (const limit of [1, 2, 3]) {
      const { items, pages } = await allPages('', limit);
      // The last page is known as last because no row beyond it was found.
      expect(pages).toBe(Math.ceil(whole.length / limit));
      expect(items.map((item) => item.id)).toEqual(whole.map((item) => item.id));
    }
  });

  it('keeps paging stable while the seller adds listings', async () => {
    const first = await list('?limit=3').expect(200);
    const added = await create(listing({ de: text('Kreisel Nachschub') }));
    const { items } = await allPages('', 100);
    const rest = await list(`?limit=100&cursor=${first.body.nextCursor}`).expect(200);
    const seen = [...first.body.items, ...rest.body.items].map((item: ListedItem) => item.id);
    expect(new Set(seen).size).toBe(seen.length);
    // The new listing is the newest, so it belongs on a page already read, not a later one.
    expect(seen).not.toContain(added);
    expect(seen).toEqual(items.map((item) => item.id).filter((id) => id !== added));
    ids.added = added;
  });

  it('pages through listings changed within the same millisecond', async () => {
    // Two changes microseconds apart: the cursor carries milliseconds, as JavaScript dates do.
    const owner = await signUp(http, 'seller');
    const vendor = await draftVendor(http, owner);
    const created = [];
    for (const title of ['Kreisel rot', 'Kreisel blau', 'Kreisel grün'])
      created.push(await create(listing({ de: text(title) }), owner, vendor));
    await system.dataSource.query(
      `UPDATE products SET updated_at = CASE id WHEN $1 THEN '2024-05-01T10:00:00.123456Z'::timestamptz
         WHEN $2 THEN '2024-05-01T10:00:00.123401Z'::timestamptz END WHERE id IN ($1, $2)`,
      [created[0], created[1]],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const page = await list(`?limit=1${after}`, owner, vendor).expect(200);
      seen.push(...page.body.items.map((item: ListedItem) => item.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual([created[2], ...[created[0], created[1]].sort().reverse()]);
  });

  it.each([
    ['draft', ['draft', 'lookalike', 'underscore', 'underscoreLookalike', 'foreign', 'added']],
    ['pending_review', ['submitted']],
    ['published', ['published']],
    ['rejected', []],
  ])('filters by status %s', async (status, expected) => {
    const { items } = await allPages(`&status=${status}`, 2);
    expect(items.map((item) => item.id).sort()).toEqual(expected.map((name) => ids[name]).sort());
    expect(items.every((item) => item.status === status)).toBe(true);
  });

  it('searches titles case-insensitively, with % and _ as plain characters', async () => {
    const search = async (q: string) =>
      ((await list(`?q=${encodeURIComponent(q)}`).expect(200)).body.items as ListedItem[])
        .map((item) => item.id)
        .sort();
    expect(await search('100%')).toEqual([ids.draft]);
    expect(await search('%')).toEqual([ids.draft]);
    expect(await search('bau_KLOTZ')).toEqual([ids.underscore]);
    expect(await search('_')).toEqual([ids.underscore]);
    expect(await search('HOLZEISENBAHN')).toEqual([ids.draft, ids.lookalike].sort());
    // Any language of the listing is searched, not only the one shown.
    expect(await search('bascule')).toEqual([ids.foreign]);
    expect(await search('kreisel')).toEqual([ids.published, ids.added].sort());
    const combined = await list('?q=kreisel&status=published').expect(200);
    expect(combined.body.items.map((item: ListedItem) => item.id)).toEqual([ids.published]);
  });

  it('refuses an unknown status with a localized problem naming the allowed ones', async () => {
    const before = await productCount();
    const response = await list('?status=submitted').set('Accept-Language', 'de').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'validation-failed' });
    expect(response.body.errors).toEqual([
      { field: 'status', code: 'isIn', message: expect.stringContaining('pending_review') },
    ]);
    expect(response.body.errors[0].message).toContain('muss einer der folgenden Werte sein');
    expect(await productCount()).toBe(before);
  });

  it.each([
    ['not base64 JSON', 'garbage'],
    ['a non-existent day', cursorOf(['2024-02-30T00:00:00.000Z', SOME_UUID])],
    ['an id that is not a UUID', cursorOf(['2024-01-01T00:00:00.000Z', 'x'])],
  ])('refuses a cursor that is %s', async (_name, cursor) => {
    const response = await list(`?cursor=${cursor}`).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'validation-failed' });
    expect(response.body.errors).toEqual([
      { field: 'cursor', code: 'invalidCursor', message: expect.any(String) },
    ]);
  });

  it('refuses a limit out of range and a NUL in the search text', async () => {
    const limit = await list('?limit=101').expect(400);
    expect(limit.body.errors[0]).toMatchObject({ field: 'limit', code: 'max' });
    const nul = await list('?q=Kreisel%00').expect(400);
    expect(nul.body.errors[0]).toMatchObject({ field: 'q', code: 'noNulCharacter' });
  });

  it('answers another seller as the other vendor routes do, and only lists its own', async () => {
    const other = await signUp(http, 'seller');
    const otherVendor = await draftVendor(http, other);
    const otherListing = await create(
      listing({ de: text('Holzeisenbahn fremd') }),
      other,
      otherVendor,
    );

    const refused = await list('', other).expect(404);
    const refusedCreate = await request(http)
      .post(`/v1/vendors/${vendorId}/products`)
      .set(other.auth)
      .send(listing({ de: text('Fremd') }))
      .expect(404);
    expect(refused.body.code).toBe('vendor-not-found');
    expect(refused.body.code).toBe(refusedCreate.body.code);

    const own = await list('', other, otherVendor).expect(200);
    expect(own.body.items.map((item: ListedItem) => item.id)).toEqual([otherListing]);
    const mine = await list('?q=fremd').expect(200);
    expect(mine.body.items).toEqual([]);
  });

  it('is documented with its filters and paging', async () => {
    const docs = await request(http).get('/docs-json').expect(200);
    const operation = docs.body.paths['/v1/vendors/{vendorId}/products'].get;
    const names = operation.parameters.map((parameter: { name: string }) => parameter.name);
    expect(names).toEqual(expect.arrayContaining(['vendorId', 'status', 'q', 'limit', 'cursor']));
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['200', '400', '403', '404']),
    );
  });

  it('lists for an admin, refuses a shopper and answers an unknown vendor with 404', async () => {
    const asAdmin = await list('?limit=100', admin).expect(200);
    const asSeller = await list('?limit=100').expect(200);
    expect(asAdmin.body).toEqual(asSeller.body);

    const shopper = await signUp(http, 'shopper');
    const forbidden = await list('', shopper).expect(403);
    expect(forbidden.headers['content-type']).toMatch(/^application\/problem\+json/);

    for (const as of [seller, admin]) {
      const missing = await list('', as, SOME_UUID).expect(404);
      expect(missing.body).toMatchObject({ status: 404, code: 'vendor-not-found' });
    }
    const malformed = await list('', seller, 'not-a-uuid').expect(400);
    expect(malformed.body).toMatchObject({ status: 400, code: 'invalid-id' });
    await request(http).get(`/v1/vendors/${vendorId}/products`).expect(401);
  });
});
