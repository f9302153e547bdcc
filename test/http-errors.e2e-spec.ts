import request from 'supertest';
import type { App } from 'supertest/types';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('HTTP errors and headers (e2e)', () => {
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    system = await startTestSystem({ env: { BODY_LIMIT_BYTES: '2048' } });
    http = system.api.getHttpServer() as App;
  });
  afterAll(() => system.stop());

  const userCount = async () =>
    Number((await system.dataSource.query('SELECT count(*) FROM users'))[0].count);

  it('answers malformed JSON with 400 malformed-json and writes nothing', async () => {
    const response = await request(http)
      .post('/v1/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.eu", ')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'malformed-json',
      status: 400,
      type: '/problems/malformed-json',
    });
    expect(await userCount()).toBe(0);
  });

  it('answers a body over the limit with 413 naming the limit', async () => {
    const response = await request(http)
      .post('/v1/auth/register')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.eu', password: 'x'.repeat(5000), role: 'shopper' }))
      .expect(413);
    expect(response.body).toMatchObject({ code: 'payload-too-large', status: 413 });
    expect(response.body.detail).toContain('2048');
    expect(await userCount()).toBe(0);
  });

  it('answers an unknown route with 404 problem+json in the requested language', async () => {
    const response = await request(http)
      .get('/v1/nowhere')
      .set('Accept-Language', 'de')
      .expect(404);
    expect(response.body).toMatchObject({
      code: 'route-not-found',
      status: 404,
      instance: '/v1/nowhere',
    });
    expect(response.headers['content-language']).toBe('de');
    expect(response.body.detail).toContain('/v1/nowhere');
  });

  it('answers a body that is not an object with a validation problem', async () => {
    const response = await request(http).post('/v1/auth/register').send([1, 2]).expect(400);
    expect(response.body.code).toBe('validation-failed');
    expect(await userCount()).toBe(0);
  });

  it('echoes a sane X-Request-Id and makes one otherwise', async () => {
    const given = await request(http)
      .get('/health/live')
      .set('X-Request-Id', 'trace-123')
      .expect(200);
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await request(http)
      .get('/health/live')
      .set('X-Request-Id', '<script>')
      .expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id into problem documents', async () => {
    const response = await request(http)
      .get('/v1/nowhere')
      .set('X-Request-Id', 'req-42')
      .expect(404);
    expect(response.body.requestId).toBe('req-42');
  });

  it('sends security headers and hides the framework', async () => {
    const response = await request(http).get('/health/live').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
