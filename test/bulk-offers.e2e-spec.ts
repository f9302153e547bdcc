import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { publishedListing } from './support/offers';
import { approvedVendor } from './support/vendors';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

const REGISTRATIONS = { DE: { packaging: 'DE1234567890123' } };
const UNKNOWN_OFFER = '00000000-0000-4000-8000-000000000000';

describe('bulk offer updates (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;
  let otherSeller: SignedIn;
  let otherVendorId: string;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
    seller = await signUp(http, 'seller');
    vendorId = await approvedVendor(http, seller, admin, REGISTRATIONS);
    otherSeller = await signUp(http, 'seller');
    otherVendorId = await approvedVendor(http, otherSeller, admin, REGISTRATIONS);
  });
  afterAll(() => system?.stop());

  /** A published German listing of `as` with one offer for DE at 30.00 EUR, stock 5. */
  const published = (title: string, as = seller, vendor = vendorId) =>
    publishedListing(http, as, vendor, admin, title);

  const bulk = (items: unknown, as = seller, vendor = vendorId) =>
    request(http).put(`/v1/vendors/${vendor}/offers`).set(as.auth).send({ items });
  /** What a bulk call may write: the offer rows and their price history. */
  const written = async (offerIds: string[]) => ({
    offers: await system.dataSource.query(
      'SELECT id, prices, market_prices, stock, shipping, updated_at FROM offers WHERE id = ANY($1) ORDER BY id',
      [offerIds],
    ),
    history: await system.dataSource.query(
      'SELECT offer_id, market, currency, amount::int AS amount FROM price_history WHERE offer_id = ANY($1) ORDER BY id',
      [offerIds],
    ),
  });

  it('answers a mixed batch per item and writes only the valid items', async () => {
    const cheaper = await published('Gewürzregal');
    const restocked = await published('Brotdose');
    const untouched = await published('Nudelholz');
    const badPrice = await published('Schneidebrett');
    const noEuro = await published('Küchenwaage');
    const foreign = await published('Messerblock', otherSeller, otherVendorId);
    // The first price held for 40 days before the reduction (Omnibus prior price).
    await system.dataSource.query(
      `UPDATE price_history SET recorded_at = now() - interval '40 days' WHERE offer_id = $1`,
      [cheaper.offerId],
    );
    const failing = [badPrice.offerId, noEuro.offerId, foreign.offerId];
    const before = await written(failing);

    const response = await bulk([
      { offerId: cheaper.offerId, prices: [{ amount: 2400, currency: 'EUR' }] },
      { offerId: restocked.offerId, stock: 0, shipping: { DE: { amount: 490, currency: 'EUR' } } },
      // Upper case is the same uuid (RFC 9562).
      {
        offerId: untouched.offerId.toUpperCase(),
        stock: 5,
        prices: [{ amount: 3000, currency: 'EUR' }],
      },
      { offerId: foreign.offerId, stock: 0 },
      { offerId: UNKNOWN_OFFER, stock: 1 },
      { offerId: badPrice.offerId, stock: 2, prices: [{ amount: 0, currency: 'EUR' }] },
      // Germany needs a price in euros: the listing would vanish there.
      { offerId: noEuro.offerId, prices: [{ amount: 9900, currency: 'PLN' }] },
      { offerId: restocked.offerId, stock: 9 },
      { stock: 3 },
    ]).set('Accept-Language', 'de');

    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      { offerId: cheaper.offerId, status: 'updated' },
      { offerId: restocked.offerId, status: 'updated' },
      { offerId: untouched.offerId.toUpperCase(), status: 'unchanged' },
      {
        offerId: foreign.offerId,
        status: 'failed',
        error: { code: 'offer-not-found', message: expect.stringContaining(foreign.offerId) },
      },
      {
        offerId: UNKNOWN_OFFER,
        status: 'failed',
        error: expect.objectContaining({ code: 'offer-not-found' }),
      },
      {
        offerId: badPrice.offerId,
        status: 'failed',
        error: {
          code: 'validation-failed',
          message: expect.any(String),
          field: 'prices.0.amount',
          errors: [{ field: 'prices.0.amount', code: 'min', message: 'muss mindestens 1 sein' }],
        },
      },
      {
        offerId: noEuro.offerId,
        status: 'failed',
        error: expect.objectContaining({ code: 'listing-incomplete', field: expect.any(String) }),
      },
      {
        offerId: restocked.offerId,
        status: 'failed',
        error: expect.objectContaining({ code: 'validation-failed', field: 'offerId' }),
      },
      {
        offerId: null,
        status: 'failed',
        error: expect.objectContaining({ code: 'validation-failed', field: 'offerId' }),
      },
    ]);

    // The failed items wrote nothing: not the other seller's offer, not the invalid ones.
    expect(await written(failing)).toEqual(before);
    const after = await written([cheaper.offerId, restocked.offerId]);
    expect(after.offers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: cheaper.offerId,
          prices: [{ amount: 2400, currency: 'EUR' }],
          stock: 5,
        }),
        expect.objectContaining({
          id: restocked.offerId,
          stock: 0,
          shipping: { DE: { amount: 490, currency: 'EUR' } },
        }),
      ]),
    );
    // Price history as on PATCH: the new price is recorded, a stock change adds no price point.
    expect(after.history).toEqual([
      { offer_id: cheaper.offerId, market: null, currency: 'EUR', amount: 3000 },
      { offer_id: restocked.offerId, market: null, currency: 'EUR', amount: 3000 },
      { offer_id: cheaper.offerId, market: null, currency: 'EUR', amount: 2400 },
    ]);
    const storefront = (id: string) =>
      request(http).get(`/v1/storefront/DE/products/${id}`).set('Accept-Language', 'de');
    expect((await storefront(cheaper.id).expect(200)).body).toMatchObject({
      price: { amount: 2400, currency: 'EUR' },
      priorPrice: { amount: 3000, currency: 'EUR' },
    });
    // Out of stock: the visibility trigger hid the listing at once.
    await storefront(restocked.id).expect(404);
  });

  it('refuses more than 1,000 items with a problem body and writes nothing', async () => {
    const listing = await published('Salatschüssel');
    const before = await written([listing.offerId]);
    const items = [
      { offerId: listing.offerId, stock: 1 },
      ...Array.from({ length: 1000 }, () => ({ offerId: UNKNOWN_OFFER, stock: 1 })),
    ];
    const response = await bulk(items).set('Accept-Language', 'en').expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status: 400,
      code: 'validation-failed',
      errors: [{ field: 'items', code: 'arrayMaxSize', message: expect.stringContaining('1000') }],
    });
    expect(await written([listing.offerId])).toEqual(before);
  });

  it('refuses a malformed body with a 400 and writes nothing', async () => {
    const listing = await published('Teesieb');
    const before = await written([listing.offerId]);
    for (const items of [
      undefined,
      [],
      { offerId: listing.offerId },
      [{ offerId: listing.offerId, stock: 1 }, 'stock: 1'],
    ]) {
      const response = await bulk(items).expect(400);
      expect(response.body).toMatchObject({ status: 400, code: 'validation-failed' });
      expect(response.body.errors.length).toBeGreaterThan(0);
      for (const error of response.body.errors) expect(error.field).toBe('items');
    }
    expect(await written([listing.offerId])).toEqual(before);
  });

  it('is for sellers only: a shopper gets 403, another seller’s vendor 404, and nothing is written', async () => {
    const listing = await published('Eierschneider');
    const before = await written([listing.offerId]);
    const shopper = await signUp(http, 'shopper');
    const forbidden = await bulk([{ offerId: listing.offerId, stock: 0 }], shopper).expect(403);
    expect(forbidden.body).toMatchObject({ code: 'forbidden', status: 403 });
    // The other seller names our vendor: the vendor is not found for it, whatever the items.
    const notFound = await bulk(
      [{ offerId: listing.offerId, stock: 0 }],
      otherSeller,
      vendorId,
    ).expect(404);
    expect(notFound.headers['content-type']).toContain('application/problem+json');
    expect(notFound.body).toMatchObject({ code: 'vendor-not-found', status: 404 });
    expect(notFound.body.detail).toContain(vendorId);
    // Through its own vendor, our offer is not found: the item fails and nothing is written.
    const ownVendor = await bulk(
      [{ offerId: listing.offerId, stock: 0 }],
      otherSeller,
      otherVendorId,
    ).expect(200);
    expect(ownVendor.body.results).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.objectContaining({ code: 'offer-not-found' }),
      }),
    ]);
    expect(await written([listing.offerId])).toEqual(before);
  });
});
