import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { approvedVendor, draftVendor } from './support/vendors';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

const text = (title: string) => ({
  title,
  description: `${title}, description`,
  safetyInformation: 'Keep away from fire.',
});

/** A kitchen product for Germany and France, complete but for the seller's registrations. */
const cupsForGermanyAndFrance = {
  category: 'kitchen',
  gtin: '4006381333931',
  images: ['https://images.example.eu/cups.jpg'],
  translations: { de: text('Espressotassen'), fr: text('Tasses à espresso') },
  manufacturer: {
    name: 'Porzellan Werke AG',
    address: 'Werkstraße 1, 95100 Selb',
    email: 'safety@porzellan.example',
    country: 'DE',
  },
  offers: [{ prices: [{ amount: 1999, currency: 'EUR' }], stock: 10, markets: ['DE', 'FR'] }],
};

describe('selling into new markets (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;

  const putRegistrations = (market: string, as: SignedIn = seller, vendor = vendorId) =>
    request(http).put(`/v1/vendors/${vendor}/registrations/${market}`).set(as.auth);
  const storedRegistrations = async (vendor = vendorId) =>
    (await system.dataSource.query('SELECT registrations FROM vendors WHERE id = $1', [vendor]))[0]
      .registrations as Record<string, Record<string, string>>;
  const registrationEntries = async (vendor = vendorId): Promise<Array<Record<string, unknown>>> =>
    system.dataSource.query(
      `SELECT actor_id, from_status, to_status, note, details FROM vendor_audit_log
        WHERE vendor_id = $1 AND action = 'registrations' ORDER BY id`,
      [vendor],
    );

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
    seller = await signUp(http, 'seller');
    vendorId = await approvedVendor(http, seller, admin);
  });
  afterAll(() => system?.stop());

  describe('what selling into a market adds', () => {
    it('lists for a German seller the French and Austrian registrations and listing needs', async () => {
      const response = await request(http)
        .get('/v1/markets/de/selling-requirements?sellsTo=FR,at')
        .expect(200);
      expect(response.body.country).toBe('DE');
      const [france, austria] = response.body.markets;
      expect(france).toMatchObject({ market: 'FR', currency: 'EUR', languages: ['fr'] });
      expect(france.registrations).toEqual([
        {
          field: 'registrations.FR.eprUin',
          kind: 'identifier',
          required: true,
          example: 'FR123456_01ABCD',
          legalBasis: "Code de l'environnement, art. L.541-10-13",
          label: 'Unique identification number (EPR)',
          help: 'Your unique identifier for extended producer responsibility in FR.',
          endpoint: 'PUT /v1/vendors/{vendorId}/registrations/FR',
        },
      ]);
      expect(france.listing).toEqual([
        {
          need: 'translations',
          help: "Each listing needs its title, description and safety information in one of this market's languages: fr.",
          legalBasis: 'Regulation (EU) 2023/988, Art. 19(d)',
        },
        { need: 'price', help: 'Each listing needs a price in EUR, the currency of this market.' },
        expect.objectContaining({ need: 'gpsr', legalBasis: 'Regulation (EU) 2023/988, Art. 19' }),
      ]);
      expect(austria.market).toBe('AT');
      expect(austria.languages).toEqual(['de']);
      expect(austria.registrations.map((r: { field: string }) => r.field)).toEqual([
        'registrations.AT.packagingRepresentative',
      ]);
    });

    it('leaves out duties for foreign sellers when the seller is established in the market', async () => {
      const response = await request(http)
        .get('/v1/markets/AT/selling-requirements?sellsTo=AT,DE')
        .expect(200);
      expect(response.body.markets[0]).toMatchObject({ market: 'AT', registrations: [] });
      // Selling into Germany asks of an Austrian what it asks of a German: LUCID, and WEEE and
      // batteries for the categories that hold them.
      expect(response.body.markets[1].registrations).toEqual([
        expect.objectContaining({ field: 'registrations.DE.packaging', format: 'DE#############' }),
        expect.objectContaining({
          field: 'registrations.DE.weee',
          whenCategories: ['electronics'],
        }),
        expect.objectContaining({ field: 'registrations.DE.batteries' }),
      ]);
    });

    it('answers in the caller’s language, also beside the onboarding requirements', async () => {
      const response = await request(http)
        .get('/v1/markets/DE/onboarding-requirements?legalForm=gmbh&sellsTo=FR')
        .set('Accept-Language', 'de')
        .expect(200);
      expect(response.body.fields.length).toBeGreaterThan(5);
      expect(response.body.markets).toHaveLength(1);
      expect(response.body.markets[0].listing[1].help).toBe(
        'Jedes Angebot braucht einen Preis in EUR, der Währung dieses Markts.',
      );
      expect(response.body.markets[0].listing[0].legalBasis).toBe(
        'Verordnung (EU) 2023/988, Art. 19(d)',
      );
      const without = await request(http)
        .get('/v1/markets/DE/onboarding-requirements?legalForm=gmbh')
        .expect(200);
      expect(without.body.markets).toBeUndefined();
    });

    it('refuses a sellsTo that is missing or names no member state, localized', async () => {
      const unknown = await request(http)
        .get('/v1/markets/DE/selling-requirements?sellsTo=FR,XX,uk')
        .set('Accept-Language', 'fr')
        .expect(400);
      expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(unknown.body.code).toBe('validation-failed');
      expect(unknown.body.errors).toEqual([
        {
          field: 'sellsTo',
          code: 'notMemberStates',
          message: expect.stringContaining('ne sont pas des États membres : XX, UK'),
        },
      ]);
      const missing = await request(http).get('/v1/markets/DE/selling-requirements').expect(400);
      expect(missing.body.errors).toEqual([
        expect.objectContaining({ field: 'sellsTo', code: 'required' }),
      ]);
      expect(missing.body.errors[0].message).toContain('AT, BE');
      await request(http)
        .get('/v1/markets/DE/onboarding-requirements?legalForm=gmbh&sellsTo=,')
        .expect(400);
      await request(http).get('/v1/markets/US/selling-requirements?sellsTo=FR').expect(404);
    });
  });

  describe('an approved German seller adds France', () => {
    it('is refused a French listing naming the step, adds its EPR number at once, then lists', async () => {
      const created = await request(http)
        .post(`/v1/vendors/${vendorId}/products`)
        .set(seller.auth)
        .send(cupsForGermanyAndFrance)
        .expect(201);
      const refused = await request(http)
        .post(`/v1/products/${created.body.id}/submit`)
        .set(seller.auth)
        .expect(422);
      expect(refused.body.errors).toEqual([
        {
          field: 'markets.FR.registrations.eprUin',
          code: 'registrationMissing',
          message: `this market requires a registration number for this product (Code de l'environnement, art. L.541-10-13); add it to your vendor as registrations.FR.eprUin with PUT /v1/vendors/${vendorId}/registrations/FR`,
        },
      ]);

      const added = await putRegistrations('fr').send({ eprUin: ' FR123456_01ABCD ' }).expect(200);
      expect(added.body.status).toBe('approved');
      expect(added.body.registrations).toEqual({
        DE: { packaging: 'DE1234567890123' },
        FR: { eprUin: 'FR123456_01ABCD' },
      });
      expect(await registrationEntries()).toEqual([
        {
          actor_id: expect.any(String),
          from_status: 'approved',
          to_status: 'approved',
          note: 'registrations.FR.eprUin',
          details: { market: 'FR', eprUin: 'FR123456_01ABCD' },
        },
      ]);
      // The same number again changes nothing and claims no change.
      await putRegistrations('FR').send({ eprUin: 'FR123456_01ABCD' }).expect(200);
      expect(await registrationEntries()).toHaveLength(1);

      await request(http)
        .post(`/v1/products/${created.body.id}/submit`)
        .set(seller.auth)
        .expect(200);
    });

    it('answers every problem at once, localized, and writes nothing', async () => {
      const before = await storedRegistrations();
      const entries = (await registrationEntries()).length;
      const response = await putRegistrations('DE')
        .set('Accept-Language', 'de')
        .send({ packaging: 'DE123', weee: 42, eprUin: 'FR123456_01ABCD', batteries: '  ' })
        .expect(400);
      expect(response.body.code).toBe('validation-failed');
      expect(
        response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
      ).toEqual([
        'registrations.DE.weee:isString',
        'registrations.DE.eprUin:isIn',
        'registrations.DE.batteries:isNotEmpty',
        'registrations.DE.packaging:registrationFormat',
      ]);
      expect(response.body.errors[1].message).toBe(
        'muss einer der folgenden Werte sein: packaging, weee, batteries',
      );
      const unknown = await putRegistrations('XX').send([]).expect(400);
      expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'market',
        'body',
      ]);
      // Italy's rules here demand no registration of sellers: there is nothing to add.
      const nothing = await putRegistrations('IT').send({ packaging: 'x' }).expect(400);
      expect(nothing.body.errors).toEqual([
        expect.objectContaining({
          field: 'registrations.IT.packaging',
          code: 'noRegistrationDuties',
        }),
      ]);
      await putRegistrations('FR').send({}).expect(400);
      expect(await storedRegistrations()).toEqual(before);
      expect(await registrationEntries()).toHaveLength(entries);
    });

    it('lets a draft add registrations too', async () => {
      const owner = await signUp(http, 'seller');
      const draft = await draftVendor(http, owner);
      await putRegistrations('ES', owner, draft)
        .send({ packagingProducerRegister: 'ENV/2023/000012345' })
        .expect(200);
      expect((await storedRegistrations(draft)).ES).toEqual({
        packagingProducerRegister: 'ENV/2023/000012345',
      });
    });

    it('keeps other sellers, shoppers and admins out', async () => {
      const before = await storedRegistrations();
      const other = await signUp(http, 'seller');
      const notFound = await putRegistrations('AT', other)
        .send({ packagingRepresentative: 'Muster GmbH, Wien' })
        .expect(404);
      expect(notFound.body.code).toBe('vendor-not-found');
      const shopper = await signUp(http, 'shopper');
      await putRegistrations('AT', shopper)
        .send({ packagingRepresentative: 'Muster GmbH, Wien' })
        .expect(403);
      await putRegistrations('AT', admin)
        .send({ packagingRepresentative: 'Muster GmbH, Wien' })
        .expect(403);
      await request(http).put(`/v1/vendors/${vendorId}/registrations/AT`).send({}).expect(401);
      expect(await storedRegistrations()).toEqual(before);
    });
  });
});
