import { OffersService } from '@app/catalog';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { germanText, publishedListing } from './support/offers';
import { approvedVendor } from './support/vendors';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

const REGISTRATIONS = {
  DE: { packaging: 'DE1234567890123' },
  FR: { eprUin: 'FR123456_01ABCD' },
  AT: { packagingRepresentative: 'Verpackung Bevollmächtigte GmbH, Wien' },
};

describe('offers (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
    seller = await signUp(http, 'seller');
    vendorId = await approvedVendor(http, seller, admin, REGISTRATIONS);
  });
  afterAll(() => system?.stop());

  /** A published German-only listing of the seller with one offer for DE, and that offer's id. */
  const published = (title: string) => publishedListing(http, seller, vendorId, admin, title);

  const storefront = (id: string) =>
    request(http).get(`/v1/storefront/DE/products/${id}`).set('Accept-Language', 'de');
  const searchIds = async (q: string) =>
    (
      await request(http)
        .get(`/v1/storefront/DE/products?q=${encodeURIComponent(q)}`)
        .expect(200)
    ).body.items.map((item: { id: string }) => item.id) as string[];
  const offerRow = async (offerId: string) =>
    (
      await system.dataSource.query<Array<Record<string, unknown>>>(
        'SELECT stock, prices, markets, updated_at, deleted_at FROM offers WHERE id = $1',
        [offerId],
      )
    )[0];
  const textVersions = (productId: string) =>
    system.dataSource.query(
      'SELECT language, xmin::text AS version, markets FROM listing_texts WHERE product_id = $1',
      [productId],
    );

  it('changes stock on a published listing at once, visible in the storefront without review', async () => {
    const listing = await published('Milchkännchen');
    const texts = await textVersions(listing.id);
    const lower = await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ stock: 4 })
      .expect(200);
    expect(lower.body).toMatchObject({ id: listing.offerId, productId: listing.id, stock: 4 });
    // Still in stock: the search texts are not written again.
    expect(await textVersions(listing.id)).toEqual(texts);

    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ stock: 0 })
      .expect(200);
    await storefront(listing.id).expect(404);
    expect(await searchIds('Milchkännchen')).toEqual([]);

    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ stock: 7 })
      .expect(200);
    expect((await storefront(listing.id).expect(200)).body).toMatchObject({ inStock: true });
    expect(await searchIds('Milchkännchen')).toEqual([listing.id]);
    const product = await request(http).get(`/v1/products/${listing.id}`).set(seller.auth);
    expect(product.body).toMatchObject({ status: 'published', revisionStatus: null });
    expect(product.body.offers).toEqual([expect.objectContaining({ stock: 7 })]);
  });

  it('records a price change in the price history and shows the Omnibus prior price', async () => {
    const listing = await published('Zuckerdose');
    // The first price held for 40 days before the reduction.
    await system.dataSource.query(
      `UPDATE price_history SET recorded_at = now() - interval '40 days' WHERE offer_id = $1`,
      [listing.offerId],
    );
    const texts = await textVersions(listing.id);
    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ prices: [{ amount: 2400, currency: 'EUR' }] })
      .expect(200);
    expect(await textVersions(listing.id)).toEqual(texts);
    const history = await system.dataSource.query(
      'SELECT currency, amount::int AS amount FROM price_history WHERE offer_id = $1 ORDER BY recorded_at',
      [listing.offerId],
    );
    expect(history).toEqual([
      { currency: 'EUR', amount: 3000 },
      { currency: 'EUR', amount: 2400 },
    ]);
    const shown = await storefront(listing.id).expect(200);
    expect(shown.body).toMatchObject({
      price: { amount: 2400, currency: 'EUR' },
      priorPrice: { amount: 3000, currency: 'EUR' },
    });
    // A stock change alone adds no price point.
    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ stock: 3 })
      .expect(200);
    const [{ count }] = await system.dataSource.query(
      'SELECT count(*)::int AS count FROM price_history WHERE offer_id = $1',
      [listing.offerId],
    );
    expect(count).toBe(2);
  });

  it('keeps a title change in review while the old title stays live', async () => {
    const listing = await published('Teekanne');
    const revised = await request(http)
      .patch(`/v1/products/${listing.id}`)
      .set(seller.auth)
      .send({ translations: { de: germanText('Große Teekanne') } })
      .expect(200);
    expect(revised.body).toMatchObject({ status: 'published', revisionStatus: 'draft' });
    await request(http).post(`/v1/products/${listing.id}/submit`).set(seller.auth).expect(200);
    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ stock: 9 })
      .expect(200);
    const live = await storefront(listing.id).expect(200);
    expect(live.body).toMatchObject({ title: 'Teekanne', inStock: true });
    const product = await request(http).get(`/v1/products/${listing.id}`).set(seller.auth);
    expect(product.body).toMatchObject({
      revisionStatus: 'pending_review',
      translations: { de: { title: 'Teekanne' } },
    });
  });

  it('refuses offers in a revision of a published listing and writes nothing', async () => {
    const listing = await published('Eierbecher');
    const before = await system.dataSource.query(
      'SELECT revision, revision_status, updated_at FROM products WHERE id = $1',
      [listing.id],
    );
    const offerBefore = await offerRow(listing.offerId);
    const response = await request(http)
      .patch(`/v1/products/${listing.id}`)
      .set(seller.auth)
      .set('Accept-Language', 'de')
      .send({
        translations: { de: germanText('Eierbecher, neu') },
        offers: [{ prices: [{ amount: 100, currency: 'EUR' }], stock: 1, markets: ['DE'] }],
      })
      .expect(422);
    expect(response.body).toMatchObject({
      code: 'offers-change-directly',
      title: 'Angebote werden direkt geändert',
      errors: [{ field: 'offers', code: 'offersChangeDirectly' }],
    });
    expect(response.body.detail).toContain('PATCH /v1/offers/{id}');
    expect(
      await system.dataSource.query(
        'SELECT revision, revision_status, updated_at FROM products WHERE id = $1',
        [listing.id],
      ),
    ).toEqual(before);
    expect(await offerRow(listing.offerId)).toEqual(offerBefore);
  });

  it('refuses a new market whose language the listing lacks, naming what is missing', async () => {
    const listing = await published('Brotkorb');
    const before = await offerRow(listing.offerId);
    const response = await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ markets: ['DE', 'FR'], stock: 1 })
      .expect(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'listing-incomplete' });
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        field: 'markets.FR.translations',
        code: 'translationMissing',
        message: expect.stringContaining('fr'),
      }),
    ]);
    expect(await offerRow(listing.offerId)).toEqual(before);
    // Austria speaks German, and the seller has the Austrian packaging registration.
    const widened = await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ markets: ['DE', 'AT'] })
      .expect(200);
    expect(widened.body.markets).toEqual(['DE', 'AT']);
    await request(http).get(`/v1/storefront/AT/products/${listing.id}`).expect(200);
  });

  it('answers 404 for another seller’s offer and changes nothing', async () => {
    const listing = await published('Salzstreuer');
    const other = await signUp(http, 'seller');
    await approvedVendor(http, other, admin, REGISTRATIONS);
    const before = await offerRow(listing.offerId);
    const response = await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(other.auth)
      .send({ stock: 0, prices: [{ amount: 1, currency: 'EUR' }] })
      .expect(404);
    expect(response.body).toMatchObject({ code: 'offer-not-found', status: 404 });
    await request(http).delete(`/v1/offers/${listing.offerId}`).set(other.auth).expect(404);
    expect(await offerRow(listing.offerId)).toEqual(before);
  });

  it('hides a removed offer from the storefront and keeps its row and price history', async () => {
    const listing = await published('Butterdose');
    await request(http).delete(`/v1/offers/${listing.offerId}`).set(seller.auth).expect(204);
    await storefront(listing.id).expect(404);
    expect(await searchIds('Butterdose')).toEqual([]);
    const row = await offerRow(listing.offerId);
    expect(row).toMatchObject({ stock: 5, deleted_at: expect.any(Date) });
    const [{ count }] = await system.dataSource.query(
      'SELECT count(*)::int AS count FROM price_history WHERE offer_id = $1',
      [listing.offerId],
    );
    expect(count).toBe(1);
    const product = await request(http).get(`/v1/products/${listing.id}`).set(seller.auth);
    expect(product.body.offers).toEqual([]);
    await request(http)
      .patch(`/v1/offers/${listing.offerId}`)
      .set(seller.auth)
      .send({ stock: 3 })
      .expect(404);
    await request(http).delete(`/v1/offers/${listing.offerId}`).set(seller.auth).expect(404);
    expect(await system.api.get(OffersService).reserveStock(listing.offerId, 1)).toBe(false);

    // A new offer on the published listing is live at once, with a new id.
    const added = await request(http)
      .post(`/v1/products/${listing.id}/offers`)
      .set(seller.auth)
      .send({ prices: [{ amount: 1500, currency: 'EUR' }], stock: 2, markets: ['DE'] })
      .expect(201);
    expect(added.body.id).not.toBe(listing.offerId);
    expect((await storefront(listing.id).expect(200)).body.price).toEqual({
      amount: 1500,
      currency: 'EUR',
    });
  });

  it('never oversells: of 20 concurrent reservations of 1 on a stock of 5, exactly 5 succeed', async () => {
    const listing = await published('Kaffeemühle');
    const offers = system.api.get(OffersService);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => offers.reserveStock(listing.offerId, 1)),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    expect((await offerRow(listing.offerId)).stock).toBe(0);
    await storefront(listing.id).expect(404);
    await offers.releaseStock(listing.offerId, 2);
    expect((await offerRow(listing.offerId)).stock).toBe(2);
    await storefront(listing.id).expect(200);
    expect(await offers.reserveStock(listing.offerId, 3)).toBe(false);
    expect((await offerRow(listing.offerId)).stock).toBe(2);
  });
});
