import request from 'supertest';
import type { App } from 'supertest/types';
import { signIn, signUp, type SignedIn } from './support/accounts';
import { approvedVendor } from './support/vendors';
import { startTestSystem, type TestSystem } from './support/test-system';

const ADMIN = { email: 'storefront-admin@example.eu', password: 'a long passphrase for the admin' };
const manufacturer = {
  name: 'Verlag und Porzellan AG',
  address: 'Hauptstraße 1, 80331 München',
  email: 'safety@verlag.example',
  country: 'DE',
};
const text = (title: string, description: string) => ({
  title,
  description,
  safetyInformation: `${title}: safety`,
});

describe('storefront (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;
  const ids: Record<string, string> = {};

  async function publish(
    key: string,
    body: Record<string, unknown>,
    beforeSubmit?: (id: string) => Promise<void>,
  ) {
    const created = await request(http)
      .post(`/v1/vendors/${vendorId}/products`)
      .set(seller.auth)
      .send({ manufacturer, ...body })
      .expect(201);
    ids[key] = created.body.id as string;
    if (beforeSubmit) await beforeSubmit(ids[key]);
    await request(http).post(`/v1/products/${ids[key]}/submit`).set(seller.auth).expect(200);
    await request(http)
      .post(`/v1/admin/products/${ids[key]}/decisions`)
      .set(admin.auth)
      .send({ decision: 'approve' })
      .expect(201);
  }

  beforeAll(async () => {
    system = await startTestSystem({
      env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    });
    http = system.api.getHttpServer() as App;
    admin = await signIn(http, ADMIN.email, ADMIN.password);
    seller = await signUp(http, 'seller');
    const registrations = {
      DE: { packaging: 'DE1234567890123' },
      FR: { eprUin: 'FR123456_01ABCD' },
    };
    vendorId = await approvedVendor(http, seller, admin, registrations);

    await publish('book', {
      category: 'printed-books',
      gtin: '4006381333931',
      translations: {
        de: text('Das große Kochbuch', 'Rezepte für jeden Tag'),
        fr: text('Le grand livre de cuisine', 'Des recettes pour tous les jours'),
      },
      offers: [{ prices: [{ amount: 2000, currency: 'EUR' }], stock: 5, markets: ['DE', 'FR'] }],
    });
    await publish('cups', {
      category: 'kitchen',
      translations: { de: text('Espressotassen aus Porzellan', 'Vier weiße Tassen') },
      offers: [
        {
          prices: [{ amount: 1999, currency: 'EUR' }],
          stock: 3,
          markets: ['DE'],
          shipping: { DE: { amount: 490, currency: 'EUR' } },
        },
      ],
    });
    await publish('soldOut', {
      category: 'kitchen',
      translations: { de: text('Ausverkaufte Tasse', 'Keine mehr da') },
      offers: [{ prices: [{ amount: 500, currency: 'EUR' }], stock: 0, markets: ['DE'] }],
    });
    // Reduced from 3000 to 2400; the 3000 held for 40 days before.
    await publish(
      'sale',
      {
        category: 'kitchen',
        translations: { de: text('Teekanne aus Porzellan', 'Eine Kanne für Tee') },
        offers: [{ prices: [{ amount: 3000, currency: 'EUR' }], stock: 2, markets: ['DE'] }],
      },
      async (id) => {
        const created = await request(http).get(`/v1/products/${id}`).set(seller.auth).expect(200);
        await system.dataSource.query(
          `UPDATE price_history SET recorded_at = now() - interval '40 days' WHERE offer_id = $1`,
          [created.body.offers[0].id],
        );
        await request(http)
          .patch(`/v1/products/${id}`)
          .set(seller.auth)
          .send({
            offers: [{ prices: [{ amount: 2400, currency: 'EUR' }], stock: 2, markets: ['DE'] }],
          })
          .expect(200);
      },
    );
    const draft = await request(http)
      .post(`/v1/vendors/${vendorId}/products`)
      .set(seller.auth)
      .send({
        manufacturer,
        category: 'kitchen',
        translations: { de: text('Entwurfstasse', 'Noch nicht frei') },
        offers: [{ prices: [{ amount: 100, currency: 'EUR' }], stock: 1, markets: ['DE'] }],
      })
      .expect(201);
    ids.draft = draft.body.id as string;
  });
  afterAll(() => system?.stop());

  const search = (country: string, query = '', language = 'de') =>
    request(http)
      .get(`/v1/storefront/${country}/products${query}`)
      .set('Accept-Language', language);
  const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

  it('shows only published listings with stock that serve the market', async () => {
    const germany = await search('DE').expect(200);
    expect(idsOf(germany.body).sort()).toEqual([ids.book, ids.cups, ids.sale].sort());
    const france = await search('FR', '', 'fr').expect(200);
    expect(idsOf(france.body)).toEqual([ids.book]);
    const austria = await search('AT').expect(200);
    expect(austria.body.items).toEqual([]);
  });

  it('searches in the shopper’s language with its stemming', async () => {
    const german = await search('DE', '?q=Tasse').expect(200);
    expect(idsOf(german.body)).toEqual([ids.cups]);
    const french = await search('FR', '?q=livres', 'fr').expect(200);
    expect(idsOf(french.body)).toEqual([ids.book]);
    expect(french.body.items[0]).toMatchObject({
      title: 'Le grand livre de cuisine',
      language: 'fr',
    });
    const none = await search('DE', '?q=Fahrrad').expect(200);
    expect(none.body.items).toEqual([]);
    const soldOut = await search('DE', '?q=Ausverkaufte').expect(200);
    expect(soldOut.body.items).toEqual([]);
  });

  it('finds listings that have every word, each listing once, across cursor pages', async () => {
    expect(idsOf((await search('DE', '?q=weiße Tassen').expect(200)).body)).toEqual([ids.cups]);
    expect((await search('DE', '?q=Tasse Fahrrad').expect(200)).body.items).toEqual([]);
    // Operators of the web search syntax take the general path and still apply.
    const either = await search('DE', '?q=Kochbuch or Espressotassen').expect(200);
    expect(idsOf(either.body).sort()).toEqual([ids.book, ids.cups].sort());
    const without = await search('DE', '?q=Porzellan -Teekanne').expect(200);
    expect(idsOf(without.body)).toEqual([ids.cups]);

    const first = await search('DE', '?q=Porzellan&limit=1').expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await search('DE', `?q=Porzellan&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.nextCursor).toBeNull();
    expect([...idsOf(first.body), ...idsOf(second.body)].sort()).toEqual(
      [ids.cups, ids.sale].sort(),
    );
  });

  it('keeps the word index in step when a text is updated in place', async () => {
    const lexemesOf = async () =>
      (
        await system.dataSource.query<Array<{ lexeme: string }>>(
          `SELECT lexeme FROM search_terms WHERE product_id = $1 AND language = 'de' ORDER BY lexeme`,
          [ids.sale],
        )
      ).map((row) => row.lexeme);
    const before = await lexemesOf();
    expect(before).toContain('teekann');
    await system.dataSource.query(
      `UPDATE listing_texts SET title = 'Milchkanne aus Porzellan' WHERE product_id = $1 AND language = 'de'`,
      [ids.sale],
    );
    const after = await lexemesOf();
    // The title's words change; the description's ("Eine Kanne für Tee") stay.
    expect(after).toEqual(['kann', 'milchkann', 'porzellan', 'tee']);
    expect(idsOf((await search('DE', '?q=Milchkanne').expect(200)).body)).toEqual([ids.sale]);
    // A write that leaves the texts alone (the visibility refresh) does not rewrite the words.
    const versionsOf = () =>
      system.dataSource.query<Array<{ version: string }>>(
        `SELECT xmin::text AS version FROM search_terms WHERE product_id = $1 ORDER BY lexeme`,
        [ids.sale],
      );
    const versions = await versionsOf();
    await system.dataSource.query(
      `UPDATE listing_texts SET markets = markets WHERE product_id = $1`,
      [ids.sale],
    );
    expect(await versionsOf()).toEqual(versions);
    expect(await lexemesOf()).toEqual(after);
    await system.dataSource.query(
      `UPDATE listing_texts SET title = 'Teekanne aus Porzellan' WHERE product_id = $1 AND language = 'de'`,
      [ids.sale],
    );
    expect(await lexemesOf()).toEqual(before);
  });

  it('rewrites a listing’s search texts only when the markets it is visible in change', async () => {
    const texts = () =>
      system.dataSource.query<Array<{ version: string; markets: string[] }>>(
        `SELECT xmin::text AS version, markets FROM listing_texts WHERE product_id = $1`,
        [ids.sale],
      );
    const before = await texts();
    expect(before).toEqual([{ version: expect.any(String), markets: ['DE'] }]);
    await system.dataSource.query(`UPDATE offers SET stock = stock + 1 WHERE product_id = $1`, [
      ids.sale,
    ]);
    expect(await texts()).toEqual(before);
    await system.dataSource.query(`UPDATE offers SET stock = 0 WHERE product_id = $1`, [ids.sale]);
    expect(await texts()).toEqual([{ version: expect.any(String), markets: [] }]);
    await system.dataSource.query(`UPDATE offers SET stock = 2 WHERE product_id = $1`, [ids.sale]);
    expect((await texts())[0]?.markets).toEqual(['DE']);
  });

  it('lists a listing that matches in two of the searched languages once', async () => {
    await publish('mug', {
      category: 'kitchen',
      translations: {
        en: text('Porcelain mug', 'A mug of fine porcelain'),
        fr: text('Tasse en porcelaine', 'Une tasse en porcelaine fine'),
      },
      offers: [{ prices: [{ amount: 900, currency: 'EUR' }], stock: 4, markets: ['FR'] }],
    });
    // An English-speaking shopper in France: English and French texts are both searched.
    const found = await search('FR', '?q=porcelaine', 'en').expect(200);
    expect(idsOf(found.body)).toEqual([ids.mug]);
    expect(found.body.items[0]).toMatchObject({ title: 'Porcelain mug', language: 'en' });
    expect(found.body.nextCursor).toBeNull();
    await request(http).post(`/v1/products/${ids.mug}/unpublish`).set(seller.auth).expect(200);
    expect((await search('FR', '?q=porcelaine', 'en').expect(200)).body.items).toEqual([]);
  });

  it('prices in the market’s currency with the VAT of the category and market', async () => {
    const germany = await search('DE', '?category=books-media').expect(200);
    expect(germany.body.items[0]).toMatchObject({
      price: { amount: 2000, currency: 'EUR' },
      vatRate: 7,
      vatAmount: { amount: 131, currency: 'EUR' },
    });
    const france = await search('FR', '?category=books-media', 'fr').expect(200);
    expect(france.body.items[0]).toMatchObject({
      price: { amount: 2000, currency: 'EUR' },
      vatRate: 5.5,
      vatAmount: { amount: 104, currency: 'EUR' },
    });
    const cups = await request(http).get(`/v1/storefront/DE/products/${ids.cups}`).expect(200);
    expect(cups.body).toMatchObject({
      vatRate: 19,
      vatAmount: { amount: 319 },
      shipping: { amount: 490, currency: 'EUR' },
    });
  });

  it('shows the lowest price of the 30 days before a reduction', async () => {
    const page = await request(http).get(`/v1/storefront/DE/products/${ids.sale}`).expect(200);
    expect(page.body).toMatchObject({
      price: { amount: 2400 },
      priorPrice: { amount: 3000, currency: 'EUR' },
    });
    const cups = await request(http).get(`/v1/storefront/DE/products/${ids.cups}`).expect(200);
    expect(cups.body.priorPrice).toBeNull();
  });

  it('filters by price and sorts by price with cursor pages', async () => {
    const cheap = await search('DE', '?maxPrice=2000').expect(200);
    expect(idsOf(cheap.body).sort()).toEqual([ids.book, ids.cups].sort());
    const first = await search('DE', '?sort=price_asc&limit=2').expect(200);
    expect(first.body.items.map((i: { price: { amount: number } }) => i.price.amount)).toEqual([
      1999, 2000,
    ]);
    const second = await search(
      'DE',
      `?sort=price_asc&limit=2&cursor=${first.body.nextCursor}`,
    ).expect(200);
    expect(second.body.items.map((i: { price: { amount: number } }) => i.price.amount)).toEqual([
      2400,
    ]);
    expect(second.body.nextCursor).toBeNull();
    const descending = await search('DE', '?sort=price_desc').expect(200);
    expect(descending.body.items.map((i: { price: { amount: number } }) => i.price.amount)).toEqual(
      [2400, 2000, 1999],
    );
  });

  it('shows the trader’s identity and the product safety data on the product page', async () => {
    const page = await request(http)
      .get(`/v1/storefront/FR/products/${ids.book}`)
      .set('Accept-Language', 'fr')
      .expect(200);
    expect(page.body).toMatchObject({
      title: 'Le grand livre de cuisine',
      trader: {
        name: 'Beispiel Handels GmbH',
        registerNumber: 'München HRB 86891',
        vatId: 'DE136695976',
        email: 'orders@beispiel.example',
        phone: '+4930123456789',
        selfCertification: true,
      },
      productSafety: {
        manufacturer,
        responsiblePerson: null,
        safetyInformation: 'Le grand livre de cuisine: safety',
      },
    });
    expect(page.body.trader.address).toMatchObject({ city: 'Berlin', country: 'DE' });
  });

  it('answers 404 for a listing not served, sold out, unpublished, or an unknown market', async () => {
    await request(http).get(`/v1/storefront/FR/products/${ids.cups}`).expect(404);
    await request(http).get(`/v1/storefront/DE/products/${ids.soldOut}`).expect(404);
    await request(http).get(`/v1/storefront/DE/products/${ids.draft}`).expect(404);
    await request(http).get(`/v1/storefront/US/products`).expect(404);
    const bad = await search('DE', '?minPrice=-1&sort=cheapest').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'minPrice',
      'sort',
    ]);
  });

  it('survives a cursor from another sort order and refuses a tampered one', async () => {
    const first = await search('DE', '?sort=newest&limit=1').expect(200);
    const mixed = await search(
      'DE',
      `?sort=relevance&q=Tasse&cursor=${first.body.nextCursor}`,
    ).expect(200);
    expect(idsOf(mixed.body)).toEqual([ids.cups]);
    const tampered = Buffer.from(JSON.stringify(['1; DROP TABLE products', ids.book])).toString(
      'base64url',
    );
    const bad = await search('DE', `?sort=price_asc&cursor=${tampered}`).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalidCursor' });
  });

  it('keeps the approved version live while a revision is reviewed, then shows the revision', async () => {
    const live = await request(http).get(`/v1/products/${ids.book}`).set(seller.auth).expect(200);
    const offerId = live.body.offers[0].id as string;
    const revised = await request(http)
      .patch(`/v1/products/${ids.book}`)
      .set(seller.auth)
      .send({
        translations: {
          ...live.body.translations,
          fr: text('Le très grand livre de cuisine', 'Plus de recettes savoureuses'),
        },
      })
      .expect(200);
    expect(revised.body).toMatchObject({ status: 'published', revisionStatus: 'draft' });
    // The price is operational: it changes at once, while the texts wait for review.
    await request(http)
      .patch(`/v1/offers/${offerId}`)
      .set(seller.auth)
      .send({ prices: [{ amount: 1800, currency: 'EUR' }] })
      .expect(200);
    const before = await request(http)
      .get(`/v1/storefront/FR/products/${ids.book}`)
      .set('Accept-Language', 'fr')
      .expect(200);
    expect(before.body).toMatchObject({
      title: 'Le grand livre de cuisine',
      price: { amount: 1800 },
      priorPrice: { amount: 2000 },
    });

    const submitted = await request(http)
      .post(`/v1/products/${ids.book}/submit`)
      .set(seller.auth)
      .expect(200);
    expect(submitted.body.revisionStatus).toBe('pending_review');
    const queue = await request(http)
      .get(`/v1/admin/moderation/queue?vendorId=${vendorId}&limit=100`)
      .set(admin.auth)
      .expect(200);
    expect(
      queue.body.items.find((i: { productId: string }) => i.productId === ids.book),
    ).toMatchObject({ revisionPending: true, status: 'published' });
    await request(http)
      .patch(`/v1/products/${ids.book}`)
      .set(seller.auth)
      .send({ category: 'ebooks' })
      .expect(409);

    await request(http)
      .post(`/v1/admin/products/${ids.book}/decisions`)
      .set(admin.auth)
      .send({ decision: 'approve' })
      .expect(201);
    const after = await request(http)
      .get(`/v1/storefront/FR/products/${ids.book}`)
      .set('Accept-Language', 'fr')
      .expect(200);
    expect(after.body).toMatchObject({
      title: 'Le très grand livre de cuisine',
      price: { amount: 1800 },
      priorPrice: { amount: 2000 },
    });
    const found = await search('FR', '?q=recettes', 'fr').expect(200);
    expect(idsOf(found.body)).toEqual([ids.book]);
    // The word index follows the approved texts: new words are found, removed ones are not.
    expect(idsOf((await search('FR', '?q=savoureuses', 'fr').expect(200)).body)).toEqual([
      ids.book,
    ]);
    expect((await search('FR', '?q=jours', 'fr').expect(200)).body.items).toEqual([]);
    const product = await request(http)
      .get(`/v1/products/${ids.book}`)
      .set(seller.auth)
      .expect(200);
    expect(product.body).toMatchObject({
      revision: null,
      revisionStatus: null,
      status: 'published',
      // The edit refused while the revision was under review changed nothing.
      category: 'printed-books',
    });
  });

  it('keeps a search’s cursor pages consistent when its rarest word changes in between', async () => {
    const kitchen = (title: string, description: string) => ({
      category: 'kitchen',
      translations: { de: text(title, description) },
      offers: [{ prices: [{ amount: 1500, currency: 'EUR' }], stock: 1, markets: ['DE'] }],
    });
    await publish('vase', kitchen('Keramik Vase', 'Mit Becher'));
    await publish('mugSet', kitchen('Becher Set Gross Rund', 'Aus Keramik'));
    await publish('blueMug', kitchen('Becher Blau', 'Ohne Muster'));
    // "Keramik" (2 listings) is rarer than "Becher" (3): the search starts from it.
    const pages = [await search('DE', '?q=Keramik Becher&limit=1').expect(200)];
    expect(idsOf(pages[0].body)).toEqual([ids.vase]);
    // Now "Becher" is the rarer word; the next pages still follow "Keramik".
    await publish('plate', kitchen('Keramik Teller', 'Flach'));
    await publish('bowl', kitchen('Keramik Schale', 'Tief'));
    let cursor = pages[0].body.nextCursor as string | null;
    while (cursor) {
      const next = await search('DE', `?q=Keramik Becher&limit=1&cursor=${cursor}`).expect(200);
      pages.push(next);
      cursor = next.body.nextCursor as string | null;
      expect(pages.length).toBeLessThan(5);
    }
    expect(pages.flatMap((page) => idsOf(page.body))).toEqual([ids.vase, ids.mugSet]);
    // A fresh search starts from "Becher" and finds the same two.
    const fresh = await search('DE', '?q=Keramik Becher').expect(200);
    expect(idsOf(fresh.body).sort()).toEqual([ids.vase, ids.mugSet].sort());
  });

  it('hides an unpublished listing again', async () => {
    await request(http).post(`/v1/products/${ids.cups}/unpublish`).set(seller.auth).expect(200);
    const germany = await search('DE').expect(200);
    expect(idsOf(germany.body)).not.toContain(ids.cups);
  });

  it('takes a suspended vendor’s listings off the storefront', async () => {
    await request(http)
      .post(`/v1/admin/vendors/${vendorId}/suspend`)
      .set(admin.auth)
      .send({ reason: 'termsViolation' })
      .expect(200);
    expect((await search('DE').expect(200)).body.items).toEqual([]);
    expect((await search('FR', '?q=livre', 'fr').expect(200)).body.items).toEqual([]);
    await request(http).get(`/v1/storefront/FR/products/${ids.book}`).expect(404);
  });
});
