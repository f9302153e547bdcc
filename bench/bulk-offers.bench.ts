import { LEGAL_FORMS } from '@app/compliance';
import {
  offerUpdateStatement,
  priceHistoryStatement,
  type OfferWrite,
} from '@app/catalog/bulk-offers.service';
import { searchConfigFor } from '@app/catalog/search-configs';
import { Client } from 'pg';
import { apiCommand, start } from './processes';

/**
 * Bulk price and stock updates: seeds one approved vendor with OFFERS published listings (one
 * offer each), then, in alternating passes, updates every offer
 * - through the API, `PUT /v1/vendors/{id}/offers` in JSON batches of BATCH items, one after the
 *   other, as a seller's tool would;
 * - with a bare `pg` client sending the same UPDATE and price-history INSERT statements
 *   (offerUpdateStatement, priceHistoryStatement) in one transaction, with no HTTP, validation,
 *   ownership checks or locking read.
 * Each pass gives every offer a new price and stock; one offer in 20 crosses zero stock, so the
 * visibility trigger does its work for those. Prints offers per second and the ratio. See
 * bench/README.md.
 */
const DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/marketplace_bench';
const OFFERS = Number(process.env.BENCH_OFFERS ?? 10_000);
const BATCH = 1000;
const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const API_PORT = 3402;
const SELLER_EMAIL = 'bulk-offers-bench@seed.example';
const SELLER_PASSWORD = 'bulk offers bench, not a real account 42';

interface SeededOffer {
  id: string;
  index: number;
}

/** Removes what an earlier run wrote (the bench seller and everything of its vendor). */
async function reset(client: Client): Promise<void> {
  const ofVendor = `SELECT v.id FROM vendors v JOIN users u ON u.id = v.owner_id WHERE u.email = $1`;
  const ofProducts = `SELECT p.id FROM products p WHERE p.vendor_id IN (${ofVendor})`;
  await client.query(`DELETE FROM listing_texts WHERE product_id IN (${ofProducts})`, [
    SELLER_EMAIL,
  ]);
  await client.query(
    `DELETE FROM price_history WHERE offer_id IN (SELECT id FROM offers WHERE product_id IN (${ofProducts}))`,
    [SELLER_EMAIL],
  );
  await client.query(`DELETE FROM offers WHERE product_id IN (${ofProducts})`, [SELLER_EMAIL]);
  await client.query(`DELETE FROM products WHERE vendor_id IN (${ofVendor})`, [SELLER_EMAIL]);
  await client.query(`DELETE FROM vendors WHERE id IN (${ofVendor})`, [SELLER_EMAIL]);
}

async function api(path: string, init: RequestInit & { token?: string }): Promise<Response> {
  return fetch(`http://127.0.0.1:${API_PORT}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
  });
}

/** A seller account that logs in through the API, so the bench calls it as a seller would. */
async function signIn(): Promise<string> {
  const registered = await api('/v1/auth/register', {
    method: 'POST',
    body: JSON.stringify({
      email: SELLER_EMAIL,
      password: SELLER_PASSWORD,
      role: 'seller',
      locale: 'en',
    }),
  });
  if (!registered.ok && registered.status !== 409)
    throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const login = await api('/v1/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: SELLER_EMAIL, password: SELLER_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { accessToken: string }).accessToken;
}

/** An approved German vendor with OFFERS published kitchen listings, like seed:catalog's. */
async function seed(client: Client): Promise<{ vendorId: string; offers: SeededOffer[] }> {
  const legalForm = LEGAL_FORMS.DE.find((form) => form.kind === 'company')!.code;
  const { rows: vendors } = await client.query<{ id: string }>(
    `INSERT INTO vendors (owner_id, status, country, legal_form, legal_name, registered_address, contact_email, contact_phone,
                          preferred_language, categories, self_certified_at, registrations, vat_id_status, submitted_at, decided_at)
     SELECT u.id, 'approved', 'DE', $2, 'Bulk Bench GmbH',
            '{"line1":"Hauptstraße 1","postalCode":"10115","city":"Berlin","country":"DE"}',
            'bench@seed.example', '+4930123456789', 'de', '{home-garden}', now(),
            '{"DE":{"packaging":"DE1234567890123","weee":"DE12345678"}}', 'valid', now(), now()
       FROM users u WHERE u.email = $1
     RETURNING id`,
    [SELLER_EMAIL, legalForm],
  );
  const vendorId = vendors[0].id;
  await client.query(
    `INSERT INTO products (vendor_id, status, category, images, attributes, translations, manufacturer, submitted_at, published_at)
     SELECT $1, 'published', 'kitchen', '{}', '{}',
            jsonb_build_object('de', jsonb_build_object('title', 'Tasse ' || g, 'description', 'Tasse ' || g || ', Porzellan',
                                                         'safetyInformation', 'Nicht in die Mikrowelle.')),
            '{"name":"Porzellan Werke AG","address":"Werkstraße 1, 95100 Selb","email":"safety@porzellan.example","country":"DE"}',
            now(), now()
       FROM generate_series(1, $2) g`,
    [vendorId, OFFERS],
  );
  await client.query(
    `INSERT INTO listing_texts (product_id, language, config, title, description)
     SELECT p.id, 'de', $2::regconfig, p.translations -> 'de' ->> 'title', p.translations -> 'de' ->> 'description'
       FROM products p WHERE p.vendor_id = $1`,
    [vendorId, searchConfigFor('de')],
  );
  await client.query(
    `INSERT INTO offers (product_id, prices, market_prices, stock, markets, handling_days, shipping)
     SELECT p.id, jsonb_build_array(jsonb_build_object('amount', 1000, 'currency', 'EUR')), '{}', 10, '{DE}', 1, '{}'
       FROM products p WHERE p.vendor_id = $1`,
    [vendorId],
  );
  await client.query(
    `INSERT INTO price_history (offer_id, market, currency, amount, recorded_at)
     SELECT o.id, NULL, 'EUR', 1000, now() - interval '60 days'
       FROM offers o JOIN products p ON p.id = o.product_id WHERE p.vendor_id = $1`,
    [vendorId],
  );
  await client.query('ANALYZE');
  const { rows } = await client.query<{ id: string }>(
    `SELECT o.id FROM offers o JOIN products p ON p.id = o.product_id WHERE p.vendor_id = $1 ORDER BY o.id`,
    [vendorId],
  );
  return { vendorId, offers: rows.map((row, index) => ({ id: row.id, index })) };
}

/** Pass `pass`'s new price and stock of an offer: every price changes, 1 offer in 20 crosses zero. */
function writeOf(offer: SeededOffer, pass: number): Required<Pick<OfferWrite, 'prices' | 'stock'>> {
  const crossesZero = offer.index % 20 === 0;
  return {
    prices: [{ amount: 1100 + pass * 10 + (offer.index % 7), currency: 'EUR' }],
    stock: crossesZero ? (pass % 2 === 0 ? 0 : 25) : 10 + pass,
  };
}

async function throughApi(
  token: string,
  vendorId: string,
  offers: SeededOffer[],
  pass: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  for (let start = 0; start < offers.length; start += BATCH) {
    const items = offers
      .slice(start, start + BATCH)
      .map((offer) => ({ offerId: offer.id, ...writeOf(offer, pass) }));
    const response = await api(`/v1/vendors/${vendorId}/offers`, {
      method: 'PUT',
      token,
      body: JSON.stringify({ items }),
    });
    if (!response.ok) throw new Error(`bulk: ${response.status} ${await response.text()}`);
    const { results } = (await response.json()) as { results: Array<{ status: string }> };
    const notUpdated = results.filter((result) => result.status !== 'updated');
    if (notUpdated.length > 0)
      throw new Error(
        `bulk: ${notUpdated.length} items not updated: ${JSON.stringify(notUpdated[0])}`,
      );
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function bare(client: Client, offers: SeededOffer[], pass: number): Promise<number> {
  const started = process.hrtime.bigint();
  await client.query('BEGIN');
  for (let start = 0; start < offers.length; start += BATCH) {
    const writes = offers
      .slice(start, start + BATCH)
      .map((offer) => ({ offerId: offer.id, ...writeOf(offer, pass) }));
    // The same chunking as the API (STATEMENT_CHUNK_SIZE there).
    for (let chunk = 0; chunk < writes.length; chunk += 500) {
      const part = writes.slice(chunk, chunk + 500);
      const update = offerUpdateStatement(part);
      await client.query(update.sql, update.params);
      const history = priceHistoryStatement(
        part.map((write) => ({
          offerId: write.offerId,
          market: null,
          currency: write.prices[0].currency,
          amount: write.prices[0].amount,
        })),
      );
      await client.query(history.sql, history.params);
    }
  }
  await client.query('COMMIT');
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  // The API migrates the database on start (MIGRATIONS_RUN defaults to true).
  const server = await start('api', apiCommand(), {
    DATABASE_URL,
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '10',
    PORT: String(API_PORT),
  });
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await reset(client);
    const token = await signIn();
    const seedStarted = Date.now();
    const { vendorId, offers } = await seed(client);
    process.stdout.write(
      `seeded ${offers.length} offers of one vendor in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s\n`,
    );
    // Warm-up: the API's first calls compile and plan; not counted.
    await throughApi(token, vendorId, offers.slice(0, BATCH * 2), 0);
    const apiRates: number[] = [];
    const bareRates: number[] = [];
    for (let pass = 1; pass <= PASSES; pass++) {
      const apiSeconds = await throughApi(token, vendorId, offers, pass * 2 - 1);
      const bareSeconds = await bare(client, offers, pass * 2);
      apiRates.push(offers.length / apiSeconds);
      bareRates.push(offers.length / bareSeconds);
      process.stdout.write(
        `pass ${pass}: API ${(offers.length / apiSeconds).toFixed(0).padStart(6)} offers/s (${apiSeconds.toFixed(2)} s, ${offers.length / BATCH} calls of ${BATCH})   ` +
          `bare pg ${(offers.length / bareSeconds).toFixed(0).padStart(6)} offers/s (${bareSeconds.toFixed(2)} s, one transaction)\n`,
      );
    }
    const [apiRate, bareRate] = [median(apiRates), median(bareRates)];
    process.stdout.write(
      `\nmedian: API ${apiRate.toFixed(0)} offers/s, bare pg ${bareRate.toFixed(0)} offers/s\n` +
        `throughput ratio API / bare: ${(apiRate / bareRate).toFixed(2)} (target ≥ 0.30)\n`,
    );
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM price_history h JOIN offers o ON o.id = h.offer_id
         JOIN products p ON p.id = o.product_id WHERE p.vendor_id = $1`,
      [vendorId],
    );
    process.stdout.write(`price history rows of the vendor: ${rows[0].count}\n`);
  } finally {
    await client.end();
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
