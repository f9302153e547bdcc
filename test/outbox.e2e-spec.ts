import { OutboxRelayService, OutboxService } from '@app/platform';
import request from 'supertest';
import type { App } from 'supertest/types';
import { STRONG_PASSWORD, uniqueEmail } from './support/fixtures';
import { DisposableRedis } from './support/redis-server';
import { eventually, startTestSystem, type TestSystem } from './support/test-system';

interface NotificationRow {
  user_id: string;
  kind: string;
  locale: string;
  subject: string;
  body: string;
  sent_at: Date | null;
}

async function notificationsOf(system: TestSystem, userId: string): Promise<NotificationRow[]> {
  return system.dataSource.query('SELECT * FROM notifications WHERE user_id = $1', [userId]);
}

async function register(system: TestSystem, body: Record<string, string>): Promise<string> {
  const response = await request(system.api.getHttpServer() as App)
    .post('/v1/auth/register')
    .send({ password: STRONG_PASSWORD, role: 'shopper', ...body })
    .expect(201);
  return response.body.id as string;
}

describe('outbox and welcome notifications (e2e)', () => {
  describe('with Redis up', () => {
    let system: TestSystem;

    beforeAll(async () => {
      system = await startTestSystem({ worker: true });
    });
    afterAll(() => system.stop());

    it('delivers exactly one welcome notification per registration, in the user’s language', async () => {
      const userId = await register(system, { email: uniqueEmail(), locale: 'de', role: 'seller' });
      const [notification] = await eventually(async () => {
        const rows = await notificationsOf(system, userId);
        return rows.length > 0 && rows[0].sent_at ? rows : undefined;
      });
      expect(notification).toMatchObject({ kind: 'welcome', locale: 'de' });
      expect(notification.subject).toBe('Willkommen auf dem Marktplatz');
      expect(notification.body.length).toBeGreaterThan(40);
      // Give any duplicate delivery time to show up.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await notificationsOf(system, userId)).toHaveLength(1);
      const [outbox] = await system.dataSource.query(
        `SELECT sent_at, attempts FROM outbox WHERE payload->>'userId' = $1`,
        [userId],
      );
      expect(outbox.sent_at).not.toBeNull();
    });

    it('sends one notification when the same email registers twice at once', async () => {
      const email = uniqueEmail();
      const http = system.api.getHttpServer() as App;
      const responses = await Promise.all(
        [0, 1].map(() =>
          request(http)
            .post('/v1/auth/register')
            .send({ email, password: STRONG_PASSWORD, role: 'shopper' }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const userId = responses.find((r) => r.status === 201)?.body.id as string;
      await eventually(async () =>
        (await notificationsOf(system, userId)).length === 1 ? true : undefined,
      );
      const events = await system.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox WHERE payload->>'userId' = $1`,
        [userId],
      );
      expect(events).toEqual([{ n: 1 }]);
    });

    it('records no event when the transaction rolls back', async () => {
      const outbox = system.api.get(OutboxService);
      const marker = `rolled-back-${Date.now()}`;
      await expect(
        system.dataSource.transaction(async (transaction) => {
          await outbox.publish(transaction, 'user.registered', { userId: marker });
          throw new Error('abort after publishing');
        }),
      ).rejects.toThrow('abort after publishing');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const rows = await system.dataSource.query(
        `SELECT * FROM outbox WHERE payload->>'userId' = $1`,
        [marker],
      );
      expect(rows).toEqual([]);
    });

    it('refuses to publish outside a transaction', async () => {
      const outbox = system.api.get(OutboxService);
      await expect(
        outbox.publish(system.dataSource.manager, 'user.registered', { userId: 'x' }),
      ).rejects.toThrow('must be published inside a transaction');
    });

    it('lets concurrent relays hand each event over once', async () => {
      const relay = system.worker!.get(OutboxRelayService);
      await system.dataSource.query(
        `INSERT INTO outbox (event_type, payload)
         SELECT 'user.registered', jsonb_build_object('userId', 'gone-' || g) FROM generate_series(1, 60) g`,
      );
      // Three relays at once besides the worker's own loop.
      await Promise.all([relay.relayBatch(), relay.relayBatch(), relay.relayBatch()]);
      await eventually(async () => {
        const [{ pending }] = await system.dataSource.query(
          `SELECT count(*)::int AS pending FROM outbox WHERE sent_at IS NULL`,
        );
        return pending === 0 ? true : undefined;
      });
      const attempts = await system.dataSource.query(
        `SELECT attempts, count(*)::int AS n FROM outbox WHERE payload->>'userId' LIKE 'gone-%' GROUP BY attempts`,
      );
      expect(attempts).toEqual([{ attempts: 1, n: 60 }]);
    });
  });

  describe('with Redis down at registration', () => {
    let redis: DisposableRedis;
    let system: TestSystem;

    beforeAll(async () => {
      redis = await DisposableRedis.start();
      system = await startTestSystem({ worker: true, env: { REDIS_URL: redis.url } });
    });
    afterAll(async () => {
      // Workers close cleanly only against a live Redis, whatever the test left behind.
      await redis.start();
      await system.stop();
      await redis.stop();
    });

    it('keeps the event and delivers it once Redis is back', async () => {
      await redis.stop();
      const userId = await register(system, { email: uniqueEmail(), locale: 'it' });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const [pending] = await system.dataSource.query(
        `SELECT sent_at, attempts, last_error FROM outbox WHERE payload->>'userId' = $1`,
        [userId],
      );
      expect(pending.sent_at).toBeNull();
      expect(pending.attempts).toBeGreaterThan(0);
      expect(pending.last_error).toEqual(expect.any(String));
      expect(await notificationsOf(system, userId)).toEqual([]);

      await redis.start();
      const [notification] = await eventually(async () => {
        const rows = await notificationsOf(system, userId);
        return rows.length > 0 ? rows : undefined;
      }, 20_000);
      expect(notification).toMatchObject({ kind: 'welcome', locale: 'it' });
    }, 40_000);
  });
});
