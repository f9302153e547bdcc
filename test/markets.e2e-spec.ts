import request from 'supertest';
import type { App } from 'supertest/types';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('markets (e2e)', () => {
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    system = await startTestSystem();
    http = system.api.getHttpServer() as App;
  });
  afterAll(() => system.stop());

  it('lists the 27 member states with currency, languages and rates', async () => {
    const response = await request(http).get('/v1/markets?date=2026-08-22').expect(200);
    const items = response.body.items as Array<Record<string, unknown>>;
    expect(items).toHaveLength(27);
    const byCode = Object.fromEntries(items.map((item) => [item.code, item]));
    expect(byCode.DE).toMatchObject({
      name: 'Germany',
      currency: 'EUR',
      currencyMinorUnits: 2,
      languages: ['de'],
      vatIdPrefix: 'DE',
      withdrawalPeriodDays: 14,
      vatRates: {
        date: '2026-08-22',
        standard: 19,
        reduced: [7],
        superReduced: null,
        parking: null,
      },
    });
    expect(byCode.GR).toMatchObject({ vatIdPrefix: 'EL', currency: 'EUR' });
    expect(byCode.SE).toMatchObject({ currency: 'SEK' });
    expect(byCode.FI).toMatchObject({ vatRates: { standard: 25.5, reduced: [10, 13.5] } });
  });

  it('tells reduced, super-reduced and parking rates apart, with evidence per rate', async () => {
    const ireland = await request(http).get('/v1/markets/IE?date=2026-12-01').expect(200);
    expect(ireland.body.vatRates).toMatchObject({
      standard: 23,
      reduced: [9, 13.5],
      superReduced: 4.8,
      parking: 13.5,
      allConfirmed: true,
    });
    const details = ireland.body.vatRates.details as Array<Record<string, unknown>>;
    expect(details.map((rate) => [rate.kind, rate.percent])).toEqual([
      ['standard', 23],
      ['reduced', 9],
      ['reduced', 13.5],
      ['superReduced', 4.8],
      ['parking', 13.5],
    ]);
    expect(details.find((rate) => rate.kind === 'parking')).toEqual({
      kind: 'parking',
      percent: 13.5,
      from: null,
      to: null,
      confirmed: true,
      source: expect.stringContaining('ibericode'),
      legalBasis: expect.stringContaining('Art. 118'),
    });

    const luxembourg = await request(http).get('/v1/markets/LU?date=2026-12-01').expect(200);
    expect(luxembourg.body.vatRates).toMatchObject({ reduced: [8], superReduced: 3, parking: 14 });
    const austria = await request(http).get('/v1/markets/AT?date=2026-12-01').expect(200);
    expect(austria.body.vatRates).toMatchObject({ reduced: [10, 13], parking: 13 });
    const greece = await request(http).get('/v1/markets/GR?date=2026-12-01').expect(200);
    expect(greece.body.vatRates).toMatchObject({ reduced: [6, 13], parking: null });
  });

  it('gives every rate of every market its period, confirmation and source', async () => {
    const response = await request(http).get('/v1/markets?date=2026-12-01').expect(200);
    const isDateOrNull = (value: unknown) =>
      value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
    const malformed = (
      response.body.items as Array<{
        code: string;
        vatRates: { details: Record<string, unknown>[] };
      }>
    ).flatMap((item) =>
      (item.vatRates.details.length > 0 ? item.vatRates.details : [{}])
        .filter(
          (rate) =>
            !['standard', 'reduced', 'superReduced', 'parking'].includes(String(rate.kind)) ||
            typeof rate.percent !== 'number' ||
            !isDateOrNull(rate.from) ||
            !isDateOrNull(rate.to) ||
            typeof rate.confirmed !== 'boolean' ||
            typeof rate.source !== 'string' ||
            rate.source.trim() === '' ||
            !(rate.legalBasis === null || typeof rate.legalBasis === 'string'),
        )
        .map((rate) => `${item.code}: ${JSON.stringify(rate)}`),
    );
    expect(malformed).toEqual([]);
    const finland = (response.body.items as Array<{ code: string; vatRates: unknown }>).find(
      (item) => item.code === 'FI',
    );
    expect(finland?.vatRates).toMatchObject({
      details: expect.arrayContaining([
        expect.objectContaining({ kind: 'reduced', percent: 13.5, from: '2026-01-01', to: null }),
      ]),
    });
  });

  it('documents the evidence fields in the OpenAPI description', async () => {
    const response = await request(http).get('/docs-json').expect(200);
    const schemas = response.body.components.schemas as Record<
      string,
      { properties: Record<string, { description?: string }>; required?: string[] }
    >;
    expect(schemas.VatRatesResponse.properties).toHaveProperty('details');
    expect(schemas.VatRatesResponse.properties).toHaveProperty('allConfirmed');
    const detail = schemas.VatRateDetailResponse;
    expect(Object.keys(detail.properties)).toEqual(
      expect.arrayContaining([
        'kind',
        'percent',
        'from',
        'to',
        'confirmed',
        'source',
        'legalBasis',
      ]),
    );
    expect(detail.properties.confirmed.description).toMatch(/sources agree/);
  });

  it('answers for any letter case of the code', async () => {
    const response = await request(http).get('/v1/markets/fI?date=2024-08-31').expect(200);
    expect(response.body).toMatchObject({
      code: 'FI',
      vatRates: { standard: 24, standardSince: '2013-01-01' },
    });
  });

  it('gives Bulgaria the lev until 2025 and the euro from 2026-01-01', async () => {
    const before = await request(http).get('/v1/markets/BG?date=2025-12-31').expect(200);
    const after = await request(http).get('/v1/markets/BG?date=2026-01-01').expect(200);
    expect(before.body.currency).toBe('BGN');
    expect(after.body.currency).toBe('EUR');
  });

  it('returns the rates in force on the requested date', async () => {
    const romania = await request(http).get('/v1/markets/RO?date=2025-08-01').expect(200);
    expect(romania.body.vatRates).toMatchObject({
      standard: 21,
      reduced: [11],
      standardSince: '2025-08-01',
    });
    const estonia = await request(http).get('/v1/markets/EE?date=2025-06-30').expect(200);
    expect(estonia.body.vatRates.standard).toBe(22);
  });

  it("defaults to today's date in the market", async () => {
    const response = await request(http).get('/v1/markets/DE').expect(200);
    expect(response.body.vatRates.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the country in the language of Accept-Language', async () => {
    const german = await request(http)
      .get('/v1/markets/DE')
      .set('Accept-Language', 'de-AT, en;q=0.5');
    const french = await request(http).get('/v1/markets/DE').set('Accept-Language', 'fr');
    expect(german.body.name).toBe('Deutschland');
    expect(french.body.name).toBe('Allemagne');
  });

  it('answers an unknown country with a localized 404 problem', async () => {
    const response = await request(http)
      .get('/v1/markets/US')
      .set('Accept-Language', 'fr')
      .expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: '/problems/market-not-found',
      status: 404,
      code: 'market-not-found',
      instance: '/v1/markets/US',
    });
    expect(response.body.detail).toContain('"US"');
    expect(response.body.title).toBe('Marché inconnu');
  });

  it.each([
    ['2026-02-30', 'isCalendarDate'],
    ['yesterday', 'isCalendarDate'],
    ['2023-12-31', 'minDate'],
  ])('refuses the date %s with a validation problem', async (date, code) => {
    const response = await request(http).get(`/v1/markets/DE?date=${date}`).expect(400);
    expect(response.body.code).toBe('validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'date', code })]);
  });

  it('refuses unknown query parameters', async () => {
    const response = await request(http).get('/v1/markets?currency=EUR').expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'currency', code: 'whitelistValidation' }),
    ]);
  });
});
