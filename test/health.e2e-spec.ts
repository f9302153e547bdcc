import request from 'supertest';
import type { App } from 'supertest/types';
import { DisposableRedis } from './support/redis-server';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('health (e2e)', () => {
  let redis: DisposableRedis;
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    system = await startTestSystem({ env: { REDIS_URL: redis.url } });
    http = system.api.getHttpServer() as App;
  });
  afterAll(async () => {
    await system.stop();
    await redis.stop();
  });

  it('is ready while PostgreSQL and Redis answer', async () => {
    const response = await request(http).get('/health/ready').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('goes 503 while Redis is unreachable, keeps answering other requests, and recovers', async () => {
    await redis.stop();
    const notReady = await request(http).get('/health/ready').expect(503);
    expect(notReady.body).toMatchObject({
      status: 'error',
      details: { database: { status: 'up' }, redis: { status: 'down' } },
    });
    await request(http).get('/health/live').expect(200);
    const markets = await request(http).get('/v1/markets').expect(200);
    expect(markets.body.items).toHaveLength(27);

    await redis.start();
    const deadline = Date.now() + 10_000;
    let status = 503;
    while (status !== 200 && Date.now() < deadline) {
      status = (await request(http).get('/health/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  }, 30_000);
});
