import { LEGAL_FORMS, MEMBER_STATE_CODES } from '@app/compliance';
import { PRODUCT_CATEGORY_SLUGS } from '@app/catalog';
import { searchConfigFor } from '@app/catalog/search-configs';
import { createDataSourceOptions, loadConfigOrExit, prepareDatabase } from '@app/platform';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';

/**
 * Fills the database with a realistic synthetic catalog for benchmarks and demos: approved
 * vendors in all 27 member states and published listings with texts in several languages,
 * offers in each market's currency, stock and price history. Everything it writes is marked
 * (emails @seed.example), and `--reset` removes it first.
 *
 *   npm run seed:catalog -- --products 200000 --vendors 5000 [--reset]
 */
const WORDS: Record<string, { nouns: string[]; adjectives: string[] }> = {
  en: { nouns: ['cup', 'lamp', 'chair', 'book', 'kettle', 'jacket', 'shoe', 'toy', 'table', 'phone', 'bottle', 'plate'], adjectives: ['white', 'wooden', 'classic', 'modern', 'large', 'small', 'blue', 'organic'] },
  de: { nouns: ['Tasse', 'Lampe', 'Stuhl', 'Buch', 'Wasserkocher', 'Jacke', 'Schuh', 'Spielzeug', 'Tisch', 'Telefon', 'Flasche', 'Teller'], adjectives: ['weiße', 'hölzerne', 'klassische', 'moderne', 'große', 'kleine', 'blaue', 'biologische'] },
  fr: { nouns: ['tasse', 'lampe', 'chaise', 'livre', 'bouilloire', 'veste', 'chaussure', 'jouet', 'table', 'téléphone', 'bouteille', 'assiette'], adjectives: ['blanche', 'en bois', 'classique', 'moderne', 'grande', 'petite', 'bleue', 'bio'] },
  it: { nouns: ['tazza', 'lampada', 'sedia', 'libro', 'bollitore', 'giacca', 'scarpa', 'giocattolo', 'tavolo', 'telefono', 'bottiglia', 'piatto'], adjectives: ['bianca', 'di legno', 'classica', 'moderna', 'grande', 'piccola', 'blu', 'biologica'] },
  es: { nouns: ['taza', 'lámpara', 'silla', 'libro', 'hervidor', 'chaqueta', 'zapato', 'juguete', 'mesa', 'teléfono', 'botella', 'plato'], adjectives: ['blanca', 'de madera', 'clásica', 'moderna', 'grande', 'pequeña', 'azul', 'ecológica'] },
  pl: { nouns: ['kubek', 'lampa', 'krzesło', 'książka', 'czajnik', 'kurtka', 'but', 'zabawka', 'stół', 'telefon', 'butelka', 'talerz'], adjectives: ['biały', 'drewniany', 'klasyczny', 'nowoczesny', 'duży', 'mały', 'niebieski', 'ekologiczny'] },
  nl: { nouns: ['kop', 'lamp', 'stoel', 'boek', 'waterkoker', 'jas', 'schoen', 'speelgoed', 'tafel', 'telefoon', 'fles', 'bord'], adjectives: ['witte', 'houten', 'klassieke', 'moderne', 'grote', 'kleine', 'blauwe', 'biologische'] },
  sv: { nouns: ['kopp', 'lampa', 'stol', 'bok', 'vattenkokare', 'jacka', 'sko', 'leksak', 'bord', 'telefon', 'flaska', 'tallrik'], adjectives: ['vit', 'trä', 'klassisk', 'modern', 'stor', 'liten', 'blå', 'ekologisk'] },
}; // prettier-ignore

/** The national currencies a seeded offer is also priced in, with a rough rate to the euro. */
const UNITS_PER_EURO: Record<string, number> = {
  CZK: 25,
  DKK: 10,
  HUF: 400,
  PLN: 4,
  RON: 5,
  SEK: 10,
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '200000' },
      vendors: { type: 'string', default: '5000' },
      reset: { type: 'boolean', default: false },
    },
  });
  const products = Number(values.products);
  const vendors = Number(values.vendors);
  const config = loadConfigOrExit();
  await prepareDatabase(config);
  const dataSource = await new DataSource({
    ...createDataSourceOptions(config),
    entities: [],
  }).initialize();
  const started = Date.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    await dataSource.query(sql, params);
    process.stdout.write(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  };
  try {
    if (values.reset) {
      await step(
        'reset',
        `
        DELETE FROM listing_texts WHERE product_id IN (SELECT p.id FROM products p JOIN vendors v ON v.id = p.vendor_id JOIN users u ON u.id = v.owner_id WHERE u.email LIKE '%@seed.example');
        DELETE FROM price_history WHERE offer_id IN (SELECT o.id FROM offers o JOIN products p ON p.id = o.product_id JOIN vendors v ON v.id = p.vendor_id JOIN users u ON u.id = v.owner_id WHERE u.email LIKE '%@seed.example');
        DELETE FROM offers WHERE product_id IN (SELECT p.id FROM products p JOIN vendors v ON v.id = p.vendor_id JOIN users u ON u.id = v.owner_id WHERE u.email LIKE '%@seed.example');
        DELETE FROM products WHERE vendor_id IN (SELECT v.id FROM vendors v JOIN users u ON u.id = v.owner_id WHERE u.email LIKE '%@seed.example');
        DELETE FROM vendors WHERE owner_id IN (SELECT id FROM users WHERE email LIKE '%@seed.example');
        DELETE FROM users WHERE email LIKE '%@seed.example';`,
      );
    }
    await dataSource.query(`SELECT setseed(0.42)`);
    const countries = [...MEMBER_STATE_CODES];
    const legalForms = countries.map((c) => LEGAL_FORMS[c].find((f) => f.kind === 'company')!.code);
    await step(
      'users',
      `
      INSERT INTO users (email, password_hash, role, locale)
      SELECT 'seed-seller-' || g || '@seed.example', 'seed-account-without-login', 'seller', 'en'
        FROM generate_series(1, $1) g ON CONFLICT (email) DO NOTHING`,
      [vendors],
    );
    await step(
      'vendors',
      `
      INSERT INTO vendors (owner_id, status, country, legal_form, legal_name, registered_address, contact_email, contact_phone,
                           preferred_language, categories, self_certified_at, registrations, vat_id_status, submitted_at, decided_at)
      SELECT u.id, 'approved', c.country, c.legal_form, 'Seed Trader ' || g, jsonb_build_object('line1', 'Main Street ' || g, 'postalCode', '1000', 'city', 'Capital', 'country', c.country),
             'trader' || g || '@seed.example', '+4930123456789', 'en', '{home-garden}', now(),
             '{"DE":{"packaging":"DE1234567890123","weee":"DE12345678"},"FR":{"eprUin":"FR123456_01ABCD"},"AT":{"packagingRepresentative":"Seed Rep GmbH"},"ES":{"packagingProducerRegister":"ENV/2023/000012345"}}',
             'valid', now(), now()
        FROM generate_series(1, $1) g
        JOIN users u ON u.email = 'seed-seller-' || g || '@seed.example'
        CROSS JOIN LATERAL (SELECT ($2::text[])[1 + g % 27] AS country, ($3::text[])[1 + g % 27] AS legal_form) c
      ON CONFLICT (owner_id) DO NOTHING`,
      [vendors, countries, legalForms],
    );
    const languages = Object.keys(WORDS);
    const titleSql = (lang: string) =>
      `(${JSON.stringify(WORDS[lang].adjectives).replace(/^\[/, 'ARRAY[').replace(/"/g, "'")})[1 + abs(hashtext(g || 'a')) % ${WORDS[lang].adjectives.length}] || ' ' ||
       (${JSON.stringify(WORDS[lang].nouns).replace(/^\[/, 'ARRAY[').replace(/"/g, "'")})[1 + abs(hashtext(g || 'n')) % ${WORDS[lang].nouns.length}] || ' ' || (g % 997)`;
    const translations = languages
      .map(
        (lang) =>
          `CASE WHEN abs(hashtext(g || '${lang}')) % 3 = 0 OR '${lang}' = 'en' THEN jsonb_build_object('${lang}', jsonb_build_object('title', ${titleSql(lang)}, 'description', ${titleSql(lang)} || ' – ' || ${titleSql(lang)}, 'safetyInformation', 'Keep away from heat.')) ELSE '{}'::jsonb END`,
      )
      .join(' || ');
    await step(
      'products',
      `
      WITH seed_vendors AS (
        SELECT v.id, row_number() OVER (ORDER BY v.id) AS rn
          FROM vendors v JOIN users u ON u.id = v.owner_id WHERE u.email LIKE '%@seed.example'
      )
      INSERT INTO products (vendor_id, status, category, images, attributes, translations, manufacturer, submitted_at, published_at, created_at)
      SELECT sv.id, 'published', ($2::text[])[1 + g % array_length($2::text[], 1)],
             ARRAY['https://images.seed.example/' || g || '.jpg'], '{}',
             ${translations},
             jsonb_build_object('name', 'Seed Manufacturer ' || (g % 500), 'address', 'Factory Road 1', 'email', 'safety@seed.example', 'country', 'DE'),
             now(), now() - (g % 100000) * interval '1 minute', now() - (g % 100000) * interval '1 minute'
        FROM generate_series(1, $1) g
        JOIN seed_vendors sv ON sv.rn = 1 + g % (SELECT count(*) FROM seed_vendors)`,
      [products, PRODUCT_CATEGORY_SLUGS],
    );
    await step(
      'offers',
      `
      INSERT INTO offers (product_id, prices, market_prices, stock, markets, handling_days, shipping)
      SELECT p.id,
             jsonb_build_array(
               jsonb_build_object('amount', 500 + (abs(hashtext(p.id::text)) % 49500), 'currency', 'EUR'),
               ${Object.entries(UNITS_PER_EURO)
                 .map(
                   ([currency, rate]) =>
                     `jsonb_build_object('amount', (500 + (abs(hashtext(p.id::text)) % 49500)) * ${rate}, 'currency', '${currency}')`,
                 )
                 .join(', ')}),
             '{}', CASE WHEN abs(hashtext(p.id::text)) % 10 = 0 THEN 0 ELSE 1 + abs(hashtext(p.id::text)) % 100 END,
             CASE WHEN abs(hashtext(p.id::text)) % 3 = 0 THEN $1::text[]
                  ELSE (SELECT array_agg(m) FROM unnest($1::text[]) m WHERE abs(hashtext(p.id::text || m)) % 4 = 0 OR m = v.country) END,
             1 + abs(hashtext(p.id::text)) % 5, '{}'
        FROM products p JOIN vendors v ON v.id = p.vendor_id JOIN users u ON u.id = v.owner_id
       WHERE u.email LIKE '%@seed.example' AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.product_id = p.id)`,
      [countries],
    );
    await step(
      'listing_texts',
      `
      INSERT INTO listing_texts (product_id, language, config, title, description)
      SELECT p.id, t.key, (CASE t.key ${Object.keys(WORDS)
        .map((language) => `WHEN '${language}' THEN '${searchConfigFor(language)}'`)
        .join(' ')} ELSE 'simple' END)::regconfig,
             t.value ->> 'title', t.value ->> 'description'
        FROM products p JOIN vendors v ON v.id = p.vendor_id JOIN users u ON u.id = v.owner_id
        CROSS JOIN LATERAL jsonb_each(p.translations) t
       WHERE u.email LIKE '%@seed.example'
      ON CONFLICT DO NOTHING`,
    );
    await step(
      'price_history',
      `
      INSERT INTO price_history (offer_id, market, currency, amount, recorded_at)
      SELECT o.id, NULL, e ->> 'currency', (e ->> 'amount')::bigint, now() - interval '60 days'
        FROM offers o JOIN products p ON p.id = o.product_id JOIN vendors v ON v.id = p.vendor_id JOIN users u ON u.id = v.owner_id
        CROSS JOIN LATERAL jsonb_array_elements(o.prices) e
       WHERE u.email LIKE '%@seed.example'
         AND NOT EXISTS (SELECT 1 FROM price_history h WHERE h.offer_id = o.id)`,
    );
    await step('analyze', 'ANALYZE');
    const [{ count }]: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM products WHERE status = 'published'`,
    );
    process.stdout.write(
      `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; ${count} published products in total.\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
