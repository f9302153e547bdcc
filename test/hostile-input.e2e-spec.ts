import { gzipSync } from 'node:zlib';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { DataSource } from 'typeorm';
import { signUp, type SignedIn } from './support/accounts';
import { germanGmbh, STRONG_PASSWORD, uniqueEmail } from './support/fixtures';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';
import { approvedVendor, postVendor } from './support/vendors';

const SOME_UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const manufacturer = {
  name: 'Spielwaren GmbH',
  address: 'Hauptstraße 1, Fürth',
  email: 'safety@spielwaren.example',
  country: 'DE',
};
const productBody = (title = 'Holzeisenbahn') => ({
  category: 'toys',
  translations: {
    de: { title, description: `${title}, Buche`, safetyInformation: 'Nicht für Kinder unter 3.' },
  },
  manufacturer,
  offers: [{ prices: [{ amount: 2499, currency: 'EUR' }], stock: 5, markets: ['DE'] }],
});

/**
 * Input an attacker or a broken client sends: each must get a localized 4xx problem that says
 * what to fix, never a 500, and leave nothing behind. The API runs with a log sink of its own so
 * the tests can read what reaches the logs.
 */
describe('hostile input (e2e)', () => {
  const logLines: string[] = [];
  let system: TestSystem;
  let http: App;
  let dataSource: DataSource;
  let admin: SignedIn;
  let seller: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin({
      env: { LOG_LEVEL: 'info' },
      logDestination: { write: (line: string) => logLines.push(line) },
    }));
    dataSource = system.dataSource;
    seller = await signUp(http, 'seller');
  });
  afterAll(() => system?.stop());

  const count = async (table: string) =>
    Number((await dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);
  /** POST /v1/auth/register with the body's Content-Type and any further headers. */
  const register = (contentType: string, headers: Record<string, string> = {}) =>
    request(http)
      .post('/v1/auth/register')
      .set({ 'Content-Type': contentType, ...headers });
  const expectProblem = (response: request.Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, type: `/problems/${code}` });
  };

  describe('NUL characters', () => {
    it('refuses a NUL in a JSON string, naming the field, and writes nothing', async () => {
      const response = await postVendor(http, seller, 'de').send(
        germanGmbh({
          legalName: 'Beispiel\u0000 GmbH',
          registrations: { DE: { 'packaging\u0000': 'DE1234567890123' } },
        }),
      );
      expectProblem(response, 400, 'validation-failed');
      expect(response.headers['content-language']).toBe('de');
      expect(response.body.errors).toEqual([
        { field: 'legalName', code: 'noNulCharacter', message: expect.stringContaining('U+0000') },
        {
          field: 'registrations.DE.packaging\\u0000',
          code: 'noNulCharacter',
          message: expect.any(String),
        },
      ]);
      expect(await count('vendors')).toBe(0);
    });

    it('refuses a NUL in search text and in any query parameter', async () => {
      const search = await request(http).get('/v1/storefront/DE/products?q=Tasse%00').expect(400);
      expectProblem(search, 400, 'validation-failed');
      expect(search.body.errors).toEqual([
        { field: 'q', code: 'noNulCharacter', message: expect.any(String) },
      ]);
      const queue = await request(http)
        .get('/v1/admin/vendors?status=draft&country=%00DE')
        .set(admin.auth);
      expectProblem(queue, 400, 'validation-failed');
      expect(queue.body.errors[0]).toMatchObject({ field: 'country', code: 'noNulCharacter' });
    });

    it('refuses a NUL in the path, and writes nothing', async () => {
      const complaints = await count('complaints');
      const response = await request(http)
        .post('/v1/notices/N-%00/complaints')
        .send({ text: 'The decision was wrong.' });
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors[0]).toMatchObject({ field: 'path', code: 'noNulCharacter' });
      expect(await count('complaints')).toBe(complaints);
    });
  });

  describe('deeply nested bodies', () => {
    it('refuses 10,000 nested arrays with 400 naming the limit, writing nothing', async () => {
      const body = `{"email":${'['.repeat(10_000)}${']'.repeat(10_000)},"password":"x","role":"shopper"}`;
      const users = await count('users');
      const response = await register('application/json', { 'Accept-Language': 'fr' }).send(body);
      expectProblem(response, 400, 'json-too-deep');
      expect(response.body.detail).toContain('32');
      expect(response.headers['content-language']).toBe('fr');
      expect(await count('users')).toBe(users);
    });

    it('counts brackets inside strings as text and accepts nesting up to the limit', async () => {
      const withinLimit = `{"email":${'['.repeat(31)}${']'.repeat(31)},"password":"${'[{'.repeat(40)}","role":"shopper"}`;
      const accepted = await register('application/json').send(withinLimit);
      // Parsed, then refused by validation: the email is not an email.
      expectProblem(accepted, 400, 'validation-failed');
      const tooDeep = `{"a":${'{"b":'.repeat(32)}1${'}'.repeat(32)}}`;
      const users = await count('users');
      const refused = await register('application/json').send(tooDeep);
      expectProblem(refused, 400, 'json-too-deep');
      expect(await count('users')).toBe(users);
    });

    it('refuses a body in a charset other than UTF-8, where the depth scan cannot see brackets', async () => {
      // UTF-7 (RFC 2152) may write "[" as base64 between "+" and "-": no byte of it is a bracket.
      const utf7Brackets = (brackets: string) =>
        `+${Buffer.from(brackets, 'utf16le').swap16().toString('base64').replace(/=+$/, '')}-`;
      const depth = 30_000;
      const hidden = `{"email":${utf7Brackets('['.repeat(depth))}${utf7Brackets(']'.repeat(depth))},"password":"x","role":"shopper"}`;
      const users = await count('users');
      const utf7 = await register('application/json; charset=utf-7', {
        'Accept-Language': 'es',
      }).send(hidden);
      expectProblem(utf7, 415, 'unsupported-media-type');
      expect(utf7.body.detail).toContain('UTF-8');
      expect(utf7.headers['content-language']).toBe('es');

      const registration = {
        email: uniqueEmail('utf16'),
        password: STRONG_PASSWORD,
        role: 'shopper',
      };
      const utf16 = await register('application/json; charset=UTF-16LE')
        .serialize((body: Buffer) => body as unknown as string)
        .send(Buffer.from(JSON.stringify(registration), 'utf16le'));
      expectProblem(utf16, 415, 'unsupported-media-type');
      expect(await count('users')).toBe(users);

      // UTF-8 named explicitly, as many clients do, stays accepted (RFC 8259 §8.1).
      await register('application/json; charset="UTF-8"')
        .send(JSON.stringify(registration))
        .expect(201);
    });
  });

  describe('compressed bodies', () => {
    const registration = () => ({
      email: uniqueEmail('gzip'),
      password: STRONG_PASSWORD,
      role: 'shopper',
    });

    it('accepts a gzip body', async () => {
      await register('application/json', { 'Content-Encoding': 'gzip' })
        // supertest would otherwise serialize the Buffer as JSON.
        .serialize((body: Buffer) => body as unknown as string)
        .send(gzipSync(JSON.stringify(registration())))
        .expect(201);
    });

    it('answers a body that is not what its Content-Encoding says with 400', async () => {
      const users = await count('users');
      const response = await register('application/json', { 'Content-Encoding': 'gzip' }).send(
        JSON.stringify(registration()),
      );
      expectProblem(response, 400, 'undecodable-body');
      expect(response.body.detail).toContain('gzip');
      expect(await count('users')).toBe(users);
    });

    it('answers an unsupported Content-Encoding with 415, and writes nothing', async () => {
      const users = await count('users');
      const response = await register('application/json', { 'Content-Encoding': 'compress' }).send(
        JSON.stringify(registration()),
      );
      expectProblem(response, 415, 'unsupported-content-encoding');
      expect(response.body.detail).toContain('compress');
      expect(await count('users')).toBe(users);
    });
  });

  describe('cursors', () => {
    const keysetCursors = [
      ['a bare number that Date.parse accepts', cursorOf(['1', SOME_UUID])],
      ['a year PostgreSQL cannot store', cursorOf(['-271821-04-20T00:00:00.000Z', SOME_UUID])],
      ['a far-future year', cursorOf(['+275760-09-13T00:00:00.000Z', SOME_UUID])],
      ['a non-existent day', cursorOf(['2024-02-30T00:00:00.000Z', SOME_UUID])],
      ['an id that is not a UUID', cursorOf(['2024-01-01T00:00:00.000Z', 'x'])],
      ['a NUL in the id', cursorOf(['2024-01-01T00:00:00.000Z', `${SOME_UUID}\u0000`])],
      ['huge numbers', cursorOf([1e308, 1e308])],
    ];

    it.each(keysetCursors)('refuses %s in the admin vendor queue', async (_name, cursor) => {
      const response = await request(http)
        .get(`/v1/admin/vendors?cursor=${cursor}`)
        .set(admin.auth);
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors).toEqual([
        { field: 'cursor', code: 'invalidCursor', message: expect.any(String) },
      ]);
    });

    it.each(keysetCursors)('refuses %s in the moderation queue', async (_name, cursor) => {
      const response = await request(http)
        .get(`/v1/admin/moderation/queue?cursor=${cursor}`)
        .set(admin.auth);
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalidCursor' });
    });

    it.each([
      ['a price beyond bigint', 'price_asc', cursorOf(['9999999999999999999', SOME_UUID])],
      ['a time beyond bigint', 'newest', cursorOf(['9223372036854775808', SOME_UUID])],
      ['a rank beyond real', 'relevance', cursorOf(['1e999', SOME_UUID])],
      ['a rank of 60 digits', 'relevance', cursorOf([`1${'0'.repeat(60)}`, SOME_UUID])],
      ['a rank below real', 'relevance', cursorOf(['1e-999', SOME_UUID])],
      ['a NUL in a leading word', 'relevance', cursorOf(['0.5', SOME_UUID, { de: 'a\u0000' }])],
    ])('refuses %s in storefront search', async (_name, sort, cursor) => {
      const response = await request(http).get(
        `/v1/storefront/DE/products?q=Tasse&sort=${sort}&cursor=${cursor}`,
      );
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalidCursor' });
    });

    it('still follows the cursors the endpoints hand out', async () => {
      const latest = await request(http)
        .get(`/v1/admin/vendors?cursor=${cursorOf(['2024-01-01T00:00:00.000Z', SOME_UUID])}`)
        .set(admin.auth)
        .expect(200);
      expect(latest.body).toEqual({ items: expect.any(Array), nextCursor: null });
      await request(http)
        .get(`/v1/storefront/DE/products?sort=price_asc&cursor=${cursorOf(['2499', SOME_UUID])}`)
        .expect(200);
      await request(http)
        .get(`/v1/storefront/DE/products?q=Tasse&cursor=${cursorOf(['0.0607927', SOME_UUID])}`)
        .expect(200);
    });
  });

  it('refuses year 0000 in a date filter: PostgreSQL has no year zero', async () => {
    const response = await request(http)
      .get('/v1/admin/statements-of-reasons/export?from=0000-01-01')
      .set(admin.auth);
    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors[0]).toMatchObject({ field: 'from', code: 'isCalendarDate' });
  });

  describe('ids in the path', () => {
    const complaint = { text: 'The decision overlooked the CE marking.' };
    /** Every table a route below writes to when its id is good. */
    const WRITTEN_BY_ID_ROUTES = [
      'moderation_decisions',
      'moderation_audit_log',
      'complaints',
      'notices',
      'products',
      'offers',
      'listing_texts',
      'vendors',
      'vendor_audit_log',
      'vendor_documents',
      'notifications',
      'outbox',
    ];
    const rowCounts = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        await Promise.all(
          WRITTEN_BY_ID_ROUTES.map(async (table) => [table, await count(table)] as const),
        ),
      );

    it.each([
      ['admin', 'post', '/v1/admin/products/x/decisions', { decision: 'approve' }],
      ['admin', 'get', '/v1/admin/vendors/x/audit-log', undefined],
      ['admin', 'post', '/v1/admin/vendors/x/approve', {}],
      [
        'admin',
        'post',
        '/v1/admin/complaints/1/resolve',
        { outcome: 'dismissed', resolution: 'x' },
      ],
      ['seller', 'get', '/v1/vendors/not-a-uuid', undefined],
      ['seller', 'post', '/v1/vendors/x/products', productBody()],
      ['seller', 'get', `/v1/vendors/${SOME_UUID}/documents/x/content`, undefined],
      ['seller', 'get', '/v1/products/x', undefined],
      ['seller', 'patch', '/v1/products/x', {}],
      ['seller', 'post', '/v1/products/x/submit', {}],
      ['seller', 'get', '/v1/products/x/decisions', undefined],
      ['seller', 'post', '/v1/decisions/x/complaints', complaint],
      ['anonymous', 'get', '/v1/storefront/DE/products/x', undefined],
    ] as const)(
      '%s %s %s: 400 saying the id must be a UUID, and writes nothing',
      async (who, method, path, body) => {
        const caller = who === 'admin' ? admin : who === 'seller' ? seller : undefined;
        const before = await rowCounts();
        let call = request(http)[method](path).set('Accept-Language', 'it');
        if (caller) call = call.set(caller.auth);
        const response = body === undefined ? await call : await call.send(body);
        expectProblem(response, 400, 'invalid-id');
        expect(response.headers['content-language']).toBe('it');
        expect(response.body.errors).toEqual([
          {
            field: expect.stringMatching(/^(id|documentId|vendorId)$/),
            code: 'isUuid',
            message: expect.any(String),
          },
        ]);
        expect(await rowCounts()).toEqual(before);
      },
    );

    it('tells an admin deciding on /products/x which parameter to fix, in their language', async () => {
      const before = await rowCounts();
      const response = await request(http)
        .post('/v1/admin/products/x/decisions')
        .set(admin.auth)
        .set('Accept-Language', 'en')
        .send({ decision: 'approve' });
      expectProblem(response, 400, 'invalid-id');
      expect(response.body).toEqual({
        type: '/problems/invalid-id',
        title: 'Invalid id in the URL',
        status: 400,
        detail: 'The id in the URL must be a UUID, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.',
        instance: '/v1/admin/products/x/decisions',
        code: 'invalid-id',
        requestId: expect.any(String),
        errors: [{ field: 'id', code: 'isUuid', message: 'must be a UUID' }],
      });
      expect(await rowCounts()).toEqual(before);
    });

    it('leaves path parameters that are not ids, such as a notice reference, to their route', async () => {
      const response = await request(http)
        .post('/v1/notices/N-000000000000/complaints')
        .send(complaint);
      expectProblem(response, 404, 'notice-not-found');
    });
  });

  describe('invisible and bidirectional text', () => {
    it.each([
      ['legalName', { legalName: '\u200B\u200C\u200D\u2060' }, 'legalName', 'isVisibleText'],
      ['accountHolder', { accountHolder: ' \u00AD\uFEFF ' }, 'accountHolder', 'isVisibleText'],
      [
        'representative name',
        {
          representative: {
            firstName: '\u202Ennah',
            lastName: 'Schmidt',
            dateOfBirth: '1980-04-12',
          },
        },
        'representative.firstName',
        'hasNoBidiControls',
      ],
      [
        'address city',
        {
          registeredAddress: {
            line1: 'Friedrichstraße 123',
            postalCode: '10117',
            city: '\u2067Berlin\u2069',
            country: 'DE',
          },
        },
        'registeredAddress.city',
        'hasNoBidiControls',
      ],
    ])(
      'refuses a vendor %s without visible text or with bidi controls',
      async (_name, override, field, code) => {
        const response = await postVendor(http, seller).send(germanGmbh(override));
        expectProblem(response, 400, 'validation-failed');
        const errorsOfField = (response.body.errors as Array<{ field: string }>).filter(
          (error) => error.field === field,
        );
        expect(errorsOfField).toEqual([{ field, code, message: expect.any(String) }]);
        expect(await count('vendors')).toBe(0);
      },
    );

    it('stores names in NFC', async () => {
      const owner = await signUp(http, 'seller');
      const created = await postVendor(http, owner)
        .send(germanGmbh({ legalName: 'Cafe\u0301 Mu\u0308ller GmbH' }))
        .expect(201);
      expect(created.body.legalName).toBe('Caf\u00E9 M\u00FCller GmbH');
      const [row] = await dataSource.query('SELECT legal_name FROM vendors WHERE id = $1', [
        created.body.id,
      ]);
      expect(row.legal_name).toBe('Caf\u00E9 M\u00FCller GmbH');
    });

    it('refuses a product title of zero-width characters and a bidi-spoofed manufacturer', async () => {
      const owner = await signUp(http, 'seller');
      const vendorId = await approvedVendor(http, owner, admin);
      const products = await count('products');
      const invisibleTitle = await request(http)
        .post(`/v1/vendors/${vendorId}/products`)
        .set(owner.auth)
        .send(productBody('\u200B\u200B\u200B'));
      expectProblem(invisibleTitle, 400, 'validation-failed');
      expect(invisibleTitle.body.errors).toEqual([
        { field: 'translations.de.title', code: 'isVisibleText', message: expect.any(String) },
      ]);
      const spoofedManufacturer = await request(http)
        .post(`/v1/vendors/${vendorId}/products`)
        .set(owner.auth)
        .send({ ...productBody(), manufacturer: { ...manufacturer, name: 'Spiel\u202Ewaren' } });
      expectProblem(spoofedManufacturer, 400, 'validation-failed');
      expect(spoofedManufacturer.body.errors).toEqual([
        { field: 'manufacturer.name', code: 'hasNoBidiControls', message: expect.any(String) },
      ]);
      expect(await count('products')).toBe(products);
    });
  });

  describe('logs of unexpected database errors', () => {
    const logText = () => logLines.join('\n');

    it('keep the query and the error code but no parameter values', async () => {
      const owner = await signUp(http, 'seller');
      // A constraint the service does not know of makes the insert fail as an unhandled error.
      await dataSource.query(
        `ALTER TABLE vendors ADD CONSTRAINT hostile_input_probe CHECK (legal_name IS DISTINCT FROM 'Log Probe GmbH')`,
      );
      try {
        const response = await postVendor(http, owner).send(
          germanGmbh({
            legalName: 'Log Probe GmbH',
            contactEmail: 'wilhelmina.private@example.eu',
            representative: {
              firstName: 'Wilhelmina',
              lastName: 'Zappenduster',
              dateOfBirth: '1971-02-03',
            },
          }),
        );
        expectProblem(response, 500, 'internal-error');
      } finally {
        await dataSource.query('ALTER TABLE vendors DROP CONSTRAINT hostile_input_probe');
      }
      const unhandled = logLines
        .map((line) => JSON.parse(line) as { err?: Record<string, unknown> })
        .filter((record) => record.err?.code === '23514');
      expect(unhandled).toHaveLength(1);
      expect(unhandled[0].err).toMatchObject({
        query: expect.stringContaining('INSERT INTO "vendors"'),
        constraint: 'hostile_input_probe',
      });
      expect(logText()).not.toMatch(/Wilhelmina|Zappenduster|1971-02-03|wilhelmina\.private/);
    });

    it('keep a notifier’s name and email out', async () => {
      const owner = await signUp(http, 'seller');
      const vendorId = await approvedVendor(http, owner, admin);
      const created = await request(http)
        .post(`/v1/vendors/${vendorId}/products`)
        .set(owner.auth)
        .send(productBody('Lokomotive'))
        .expect(201);
      const productId = created.body.id as string;
      await request(http).post(`/v1/products/${productId}/submit`).set(owner.auth).expect(200);
      await request(http)
        .post(`/v1/admin/products/${productId}/decisions`)
        .set(admin.auth)
        .send({ decision: 'approve' })
        .expect(201);
      await dataSource.query(
        `ALTER TABLE notices ADD CONSTRAINT hostile_input_probe CHECK (notifier_email IS DISTINCT FROM 'whistle.blower@example.eu')`,
      );
      try {
        const response = await request(http).post('/v1/notices').send({
          productId,
          category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
          explanation: 'The locomotive has small parts and no warning for small children.',
          notifierName: 'Hieronymus Probewitz',
          notifierEmail: 'whistle.blower@example.eu',
          goodFaith: true,
        });
        expectProblem(response, 500, 'internal-error');
      } finally {
        await dataSource.query('ALTER TABLE notices DROP CONSTRAINT hostile_input_probe');
      }
      expect(logText()).toContain('hostile_input_probe');
      expect(logText()).not.toMatch(/whistle\.blower|Probewitz|small parts/);
    });
  });
});
