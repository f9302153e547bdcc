import request from 'supertest';
import type { App } from 'supertest/types';
import { signIn, signUp, type SignedIn } from './support/accounts';
import { germanGmbh } from './support/fixtures';
import { approvedVendor } from './support/vendors';
import { startTestSystem, type TestSystem } from './support/test-system';

const ADMIN = { email: 'catalog-admin@example.eu', password: 'a long passphrase for the admin' };

const text = (title: string) => ({
  title,
  description: `${title}, description`,
  safetyInformation: 'Keep away from fire.',
});

function product(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: 'kitchen',
    gtin: '4006381333931',
    images: ['https://images.example.eu/cups.jpg'],
    attributes: { material: 'porcelain' },
    translations: { de: text('Espressotassen'), fr: text('Tasses à espresso') },
    manufacturer: {
      name: 'Porzellan Werke AG',
      address: 'Werkstraße 1, 95100 Selb',
      email: 'safety@porzellan.example',
      country: 'DE',
    },
    offers: [
      {
        prices: [{ amount: 1999, currency: 'EUR' }],
        stock: 10,
        markets: ['DE', 'FR'],
        shipping: { DE: { amount: 490, currency: 'EUR' } },
      },
    ],
    ...overrides,
  };
}

describe('products (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;

  const productCount = async () =>
    Number((await system.dataSource.query('SELECT count(*) FROM products'))[0].count);

  beforeAll(async () => {
    system = await startTestSystem({
      env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    });
    http = system.api.getHttpServer() as App;
    admin = await signIn(http, ADMIN.email, ADMIN.password);
    seller = await signUp(http, 'seller');
    vendorId = await approvedVendor(http, seller, admin, {
      DE: { packaging: 'DE1234567890123' },
      FR: { eprUin: 'FR123456_01ABCD' },
    });
  });
  afterAll(() => system?.stop());

  const create = (body: Record<string, unknown>, as: SignedIn = seller, vendor = vendorId) =>
    request(http).post(`/v1/vendors/${vendor}/products`).set(as.auth).send(body);

  it('lists the category taxonomy with tax categories, named in the requested language', async () => {
    const response = await request(http)
      .get('/v1/categories')
      .set('Accept-Language', 'de')
      .expect(200);
    const books = response.body.items.find((c: { slug: string }) => c.slug === 'printed-books');
    expect(books).toMatchObject({ parent: 'books-media', taxCategory: 'books', assignable: true });
    expect(books.name).toBe('Bücher');
    expect(response.body.items.find((c: { slug: string }) => c.slug === 'fashion')).toMatchObject({
      assignable: false,
    });
  });

  it('creates a draft, submits it for review when every market is satisfied', async () => {
    const created = await create(product()).expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      vendorId,
      category: 'kitchen',
      gtin: '4006381333931',
    });
    expect(created.body.offers[0]).toMatchObject({
      stock: 10,
      markets: ['DE', 'FR'],
      handlingDays: 1,
    });
    const submitted = await request(http)
      .post(`/v1/products/${created.body.id}/submit`)
      .set(seller.auth)
      .expect(200);
    expect(submitted.body.status).toBe('pending_review');
    await request(http)
      .patch(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .send({ category: 'garden' })
      .expect(409);
    const unchanged = await request(http).get(`/v1/products/${created.body.id}`).set(seller.auth);
    expect(unchanged.body).toMatchObject({ category: 'kitchen', status: 'pending_review' });
  });

  it('refuses to serve France without French texts, listing the problem per market', async () => {
    const created = await create(product({ translations: { de: text('Tassen') } })).expect(201);
    const response = await request(http)
      .post(`/v1/products/${created.body.id}/submit`)
      .set(seller.auth)
      .set('Accept-Language', 'fr')
      .expect(422);
    expect(response.body.code).toBe('listing-incomplete');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'markets.FR.translations', code: 'translationMissing' }),
    ]);
    expect(response.body.errors[0].message).toContain('fr');
    const after = await request(http)
      .get(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .expect(200);
    expect(after.body.status).toBe('draft');
  });

  it('blocks a non-EU manufacturer without an EU responsible person (GPSR)', async () => {
    const created = await create(
      product({
        manufacturer: {
          name: 'Factory Ltd',
          address: 'Shenzhen',
          email: 'f@factory.example',
          country: 'CN',
        },
      }),
    ).expect(201);
    const response = await request(http)
      .post(`/v1/products/${created.body.id}/submit`)
      .set(seller.auth)
      .expect(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'responsiblePerson', code: 'responsiblePersonRequired' }),
    ]);
    await request(http)
      .patch(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .send({
        responsiblePerson: {
          name: 'EU Rep GmbH',
          address: 'Berlin',
          email: 'rep@eurep.example',
          country: 'DE',
        },
      })
      .expect(200);
    await request(http).post(`/v1/products/${created.body.id}/submit`).set(seller.auth).expect(200);
  });

  it('needs the WEEE registration to sell electronics in Germany', async () => {
    const created = await create(
      product({
        category: 'phones',
        offers: [{ prices: [{ amount: 29900, currency: 'EUR' }], stock: 3, markets: ['DE'] }],
      }),
    ).expect(201);
    const response = await request(http)
      .post(`/v1/products/${created.body.id}/submit`)
      .set(seller.auth)
      .expect(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        field: 'markets.DE.registrations.weee',
        code: 'registrationMissing',
      }),
    ]);
    const draft = await request(http).get(`/v1/products/${created.body.id}`).set(seller.auth);
    expect(draft.body.status).toBe('draft');
  });

  it('needs a price in the market’s currency and an approved vendor', async () => {
    const other = await signUp(http, 'seller');
    const draftVendor = await request(http)
      .post('/v1/vendors')
      .set(other.auth)
      .send(germanGmbh())
      .expect(201);
    const created = await create(
      product({
        offers: [{ prices: [{ amount: 1999, currency: 'EUR' }], stock: 1, markets: ['DE', 'SE'] }],
        translations: { de: text('Tassen'), sv: text('Koppar') },
      }),
      other,
      draftVendor.body.id as string,
    ).expect(201);
    const response = await request(http)
      .post(`/v1/products/${created.body.id}/submit`)
      .set(other.auth)
      .expect(422);
    const problems = response.body.errors.map(
      (e: { field: string; code: string }) => `${e.field}:${e.code}`,
    );
    expect(problems).toEqual([
      'markets.DE.vendor:vendorNotApproved',
      'markets.SE.vendor:vendorNotApproved',
      'markets.SE.price:priceMissing',
    ]);
    const draft = await request(http).get(`/v1/products/${created.body.id}`).set(other.auth);
    expect(draft.body.status).toBe('draft');
  });

  it.each([
    ['a malformed GTIN', { gtin: '4006381333932' }, 'gtin', 'isGtin'],
    [
      'a negative price',
      { offers: [{ prices: [{ amount: -5, currency: 'EUR' }], stock: 1, markets: ['DE'] }] },
      'offers.0.prices.0.amount',
      'min',
    ],
    [
      'an unknown currency',
      { offers: [{ prices: [{ amount: 100, currency: 'XYZ' }], stock: 1, markets: ['DE'] }] },
      'offers.0.prices.0.currency',
      'isIn',
    ],
    [
      'an unknown market',
      { offers: [{ prices: [{ amount: 100, currency: 'EUR' }], stock: 1, markets: ['US'] }] },
      'offers.0.markets',
      'isIn',
    ],
    [
      'an unsupported language',
      { translations: { xx: text('?') } },
      'translations.xx',
      'unsupportedLanguage',
    ],
    [
      'a market price in the wrong currency',
      {
        offers: [
          {
            prices: [{ amount: 100, currency: 'EUR' }],
            marketPrices: { SE: { amount: 100, currency: 'EUR' } },
            stock: 1,
            markets: ['SE'],
          },
        ],
      },
      'offers.0.marketPrices.SE.currency',
      'currencyMismatch',
    ],
    ['an image that is not an https URL', { images: ['javascript:alert(1)'] }, 'images', 'isUrl'],
  ])('refuses %s with 400 and writes nothing', async (_case, overrides, field, code) => {
    const before = await productCount();
    const response = await create(product(overrides)).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, code })]),
    );
    expect(await productCount()).toBe(before);
  });

  it('keeps every price change in the price history', async () => {
    const created = await create(product()).expect(201);
    await request(http)
      .patch(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .send({
        offers: [{ prices: [{ amount: 1799, currency: 'EUR' }], stock: 10, markets: ['DE', 'FR'] }],
      })
      .expect(200);
    const history = await system.dataSource.query(
      `SELECT currency, amount::int FROM price_history WHERE offer_id = $1 ORDER BY id`,
      [created.body.offers[0].id],
    );
    expect(history).toEqual([
      { currency: 'EUR', amount: 1999 },
      { currency: 'EUR', amount: 1799 },
    ]);
  });

  it('updates offers by id and refuses an id that is not the product’s', async () => {
    const created = await create(product()).expect(201);
    const offerId = created.body.offers[0].id as string;
    const updated = await request(http)
      .patch(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .send({
        offers: [
          { id: offerId, prices: [{ amount: 1500, currency: 'EUR' }], stock: 4, markets: ['DE'] },
        ],
      })
      .expect(200);
    expect(updated.body.offers).toEqual([expect.objectContaining({ id: offerId, stock: 4 })]);
    const wrong = await request(http)
      .patch(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .send({
        offers: [
          {
            id: '00000000-0000-4000-8000-000000000000',
            prices: [{ amount: 1, currency: 'EUR' }],
            stock: 1,
            markets: ['DE'],
          },
        ],
      })
      .expect(422);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'offers.0.id', code: 'unknownOffer' });
    const kept = await request(http).get(`/v1/products/${created.body.id}`).set(seller.auth);
    expect(kept.body.offers).toEqual([expect.objectContaining({ id: offerId, stock: 4 })]);
  });

  /** A published listing of its own for `as`, with the id of its one offer. */
  async function publishedProduct(as: SignedIn, vendor: string) {
    const created = await create(product(), as, vendor).expect(201);
    await request(http).post(`/v1/products/${created.body.id}/submit`).set(as.auth).expect(200);
    await request(http)
      .post(`/v1/admin/products/${created.body.id}/decisions`)
      .set(admin.auth)
      .send({ decision: 'approve' })
      .expect(201);
    return { id: created.body.id as string, offerId: created.body.offers[0].id as string };
  }

  const offerWithId = (id: string) => ({
    id,
    prices: [{ amount: 999, currency: 'EUR' }],
    stock: 2,
    markets: ['DE'],
  });

  it.each([
    ['its own offer', 'own'],
    ['another seller’s offer', 'foreign'],
    ['an offer that does not exist', 'missing'],
  ])(
    'refuses offers in a revision of a published listing naming %s: offers change at PATCH /v1/offers/{id}',
    async (_case, kind) => {
      const listing = await publishedProduct(seller, vendorId);
      const otherSeller = await signUp(http, 'seller');
      const otherVendor = await approvedVendor(http, otherSeller, admin, {
        DE: { packaging: 'DE1234567890123' },
        FR: { eprUin: 'FR123456_01ABCD' },
      });
      const foreign = await publishedProduct(otherSeller, otherVendor);
      const offerId = {
        own: listing.offerId,
        foreign: foreign.offerId,
        missing: '00000000-0000-4000-8000-000000000000',
      }[kind]!;
      const before = await system.dataSource.query(
        'SELECT revision, revision_status, updated_at FROM products WHERE id = $1',
        [listing.id],
      );
      const offersBefore = await system.dataSource.query(
        'SELECT * FROM offers WHERE id = ANY($1) ORDER BY id',
        [[listing.offerId, foreign.offerId]],
      );
      const response = await request(http)
        .patch(`/v1/products/${listing.id}`)
        .set(seller.auth)
        .set('Accept-Language', 'fr')
        .send({ offers: [offerWithId(offerId)] })
        .expect(422);
      expect(response.body).toMatchObject({
        code: 'offers-change-directly',
        title: 'Les offres se modifient directement',
        errors: [
          {
            field: 'offers',
            code: 'offersChangeDirectly',
            message: expect.stringContaining('PATCH /v1/offers/{id}'),
          },
        ],
      });
      expect(response.body.detail).toContain(listing.id);
      expect(
        await system.dataSource.query(
          'SELECT revision, revision_status, updated_at FROM products WHERE id = $1',
          [listing.id],
        ),
      ).toEqual(before);
      expect(
        await system.dataSource.query('SELECT * FROM offers WHERE id = ANY($1) ORDER BY id', [
          [listing.offerId, foreign.offerId],
        ]),
      ).toEqual(offersBefore);
    },
  );

  it('refuses a draft edit naming another seller’s offer, and writes nothing', async () => {
    const draft = await create(product()).expect(201);
    const otherSeller = await signUp(http, 'seller');
    const otherVendor = await approvedVendor(http, otherSeller, admin, {
      DE: { packaging: 'DE1234567890123' },
      FR: { eprUin: 'FR123456_01ABCD' },
    });
    const foreign = await create(product(), otherSeller, otherVendor).expect(201);
    const offerCount = async () =>
      Number((await system.dataSource.query('SELECT count(*) FROM offers'))[0].count);
    const offersBefore = await offerCount();
    const response = await request(http)
      .patch(`/v1/products/${draft.body.id}`)
      .set(seller.auth)
      .send({ category: 'garden', offers: [offerWithId(foreign.body.offers[0].id as string)] })
      .expect(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'offers.0.id', code: 'unknownOffer' }),
    ]);
    expect(await offerCount()).toBe(offersBefore);
    const unchanged = await request(http).get(`/v1/products/${draft.body.id}`).set(seller.auth);
    expect(unchanged.body).toMatchObject({ category: 'kitchen', offers: draft.body.offers });
  });

  it('changes a published listing’s offer at once, without a revision', async () => {
    const listing = await publishedProduct(seller, vendorId);
    const { id: _id, ...changes } = offerWithId(listing.offerId);
    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send(changes)
      .expect(200);
    const applied = await request(http).get(`/v1/products/${listing.id}`).set(seller.auth);
    expect(applied.body).toMatchObject({
      status: 'published',
      revisionStatus: null,
      offers: [expect.objectContaining({ id: listing.offerId, stock: 2, markets: ['DE'] })],
    });
  });

  it('hides a product from another seller, who changes nothing, and refuses products to shoppers', async () => {
    const created = await create(product()).expect(201);
    const other = await signUp(http, 'seller');
    await request(http).get(`/v1/products/${created.body.id}`).set(other.auth).expect(404);
    await request(http)
      .patch(`/v1/products/${created.body.id}`)
      .set(other.auth)
      .send({ category: 'garden' })
      .expect(404);
    await request(http).post(`/v1/products/${created.body.id}/submit`).set(other.auth).expect(404);
    const before = await productCount();
    await create(product(), other).expect(404);
    const shopper = await signUp(http, 'shopper');
    await create(product(), shopper).expect(403);
    expect(await productCount()).toBe(before);
    const unchanged = await request(http)
      .get(`/v1/products/${created.body.id}`)
      .set(seller.auth)
      .expect(200);
    expect(unchanged.body).toMatchObject({ category: 'kitchen', status: 'draft' });
    await request(http).get(`/v1/products/${created.body.id}`).set(admin.auth).expect(200);
  });
});
