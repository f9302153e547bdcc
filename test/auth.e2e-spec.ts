import request from 'supertest';
import type { App } from 'supertest/types';
import { STRONG_PASSWORD, uniqueEmail } from './support/fixtures';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('auth (e2e)', () => {
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    system = await startTestSystem({
      env: {
        ADMIN_EMAIL: 'Root.Admin@Example.eu',
        ADMIN_PASSWORD: 'admin password that is long',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      },
    });
    http = system.api.getHttpServer() as App;
  });
  afterAll(() => system.stop());

  const usersWithEmail = async (email: string) =>
    Number(
      (await system.dataSource.query('SELECT count(*) FROM users WHERE email = $1', [email]))[0]
        .count,
    );

  describe('register', () => {
    it('creates a shopper with a normalised email and the negotiated locale', async () => {
      const email = uniqueEmail('Shopper');
      const response = await request(http)
        .post('/v1/auth/register')
        .set('Accept-Language', 'pl-PL, en;q=0.4')
        .send({ email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD, role: 'shopper' })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: email.toLowerCase(),
        role: 'shopper',
        locale: 'pl',
        createdAt: expect.any(String),
      });
      expect(response.body).not.toHaveProperty('passwordHash');
      const [row] = await system.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
        response.body.id,
      ]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('keeps an explicitly chosen locale', async () => {
      const response = await request(http)
        .post('/v1/auth/register')
        .set('Accept-Language', 'fr')
        .send({ email: uniqueEmail(), password: STRONG_PASSWORD, role: 'seller', locale: 'sv' })
        .expect(201);
      expect(response.body).toMatchObject({ role: 'seller', locale: 'sv' });
    });

    it('refuses bad input with a localized 400 listing each field, and writes nothing', async () => {
      const response = await request(http)
        .post('/v1/auth/register')
        .set('Accept-Language', 'de')
        .send({ email: 'not-an-email', password: 42, role: 'admin', locale: 'xx', nickname: 'eve' })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['content-language']).toBe('de');
      expect(response.body).toMatchObject({
        code: 'validation-failed',
        status: 400,
        type: '/problems/validation-failed',
      });
      const fields = (
        response.body.errors as Array<{ field: string; code: string; message: string }>
      ).map((error) => `${error.field}:${error.code}`);
      expect(fields.sort()).toEqual(
        [
          'email:isEmail',
          'locale:isIn',
          'nickname:whitelistValidation',
          'password:isString',
          'role:isIn',
        ].sort(),
      );
      const roleError = response.body.errors.find(
        (error: { field: string }) => error.field === 'role',
      );
      expect(roleError.message).toContain('shopper, seller');
      expect(roleError.message).toBe('muss einer der folgenden Werte sein: shopper, seller');
      expect(
        await system.dataSource.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
          'not-an-email',
        ]),
      ).toEqual([{ n: 0 }]);
    });

    it('says why a password is weak, and writes nothing', async () => {
      const email = uniqueEmail('weak');
      const response = await request(http)
        .post('/v1/auth/register')
        .send({ email, password: 'password1234', role: 'shopper' })
        .expect(400);
      expect(response.body.errors).toEqual([
        {
          field: 'password',
          code: 'passwordTooCommon',
          message: 'is one of the most commonly used passwords; choose another',
        },
      ]);
      const short = await request(http)
        .post('/v1/auth/register')
        .send({ email, password: 'Xy7!', role: 'shopper' })
        .expect(400);
      expect(short.body.errors[0]).toMatchObject({
        code: 'passwordTooShort',
        message: 'must be at least 12 characters long',
      });
      expect(await usersWithEmail(email)).toBe(0);
    });

    it('answers a duplicate email with 409 and keeps one account', async () => {
      const email = uniqueEmail('dup');
      await request(http)
        .post('/v1/auth/register')
        .send({ email, password: STRONG_PASSWORD, role: 'shopper' })
        .expect(201);
      const response = await request(http)
        .post('/v1/auth/register')
        .send({ email: email.toUpperCase(), password: STRONG_PASSWORD, role: 'seller' })
        .expect(409);
      expect(response.body).toMatchObject({ code: 'email-taken', status: 409 });
      expect(await usersWithEmail(email)).toBe(1);
    });
  });

  describe('login and me', () => {
    const email = uniqueEmail('login');

    beforeAll(async () => {
      await request(http)
        .post('/v1/auth/register')
        .send({ email, password: STRONG_PASSWORD, role: 'seller' })
        .expect(201);
    });

    it('returns a bearer token that /v1/me accepts', async () => {
      const login = await request(http)
        .post('/v1/auth/login')
        .send({ email, password: STRONG_PASSWORD })
        .expect(200);
      expect(login.body).toMatchObject({
        tokenType: 'Bearer',
        expiresIn: 3600,
        accessToken: expect.any(String),
      });
      const me = await request(http)
        .get('/v1/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({ email, role: 'seller' });
    });

    it('answers a wrong password and an unknown email alike', async () => {
      const wrong = await request(http)
        .post('/v1/auth/login')
        .send({ email, password: 'not the password at all' })
        .expect(401);
      const unknown = await request(http)
        .post('/v1/auth/login')
        .send({ email: uniqueEmail('nobody'), password: 'not the password at all' })
        .expect(401);
      const { requestId: wrongRequestId, ...wrongBody } = wrong.body;
      const { requestId: unknownRequestId, ...unknownBody } = unknown.body;
      expect(wrongRequestId).not.toEqual(unknownRequestId);
      expect(wrongBody).toEqual(unknownBody);
      expect(wrongBody.code).toBe('invalid-credentials');
    });

    it.each([
      ['no header', undefined],
      ['a malformed token', 'Bearer not.a.token'],
      ['another scheme', 'Basic dXNlcjpwYXNz'],
    ])('refuses /v1/me with %s', async (_case, header) => {
      const call = request(http).get('/v1/me');
      const response = await (header ? call.set('Authorization', header) : call).expect(401);
      expect(response.body.code).toBe('unauthorized');
      expect(response.headers['www-authenticate']).toBe('Bearer');
    });
  });

  describe('login rate limit', () => {
    it('blocks an account after repeated failures, with Retry-After, even for the right password', async () => {
      const email = uniqueEmail('throttled');
      await request(http)
        .post('/v1/auth/register')
        .send({ email, password: STRONG_PASSWORD, role: 'shopper' })
        .expect(201);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await request(http)
          .post('/v1/auth/login')
          .send({ email, password: 'wrong password here' })
          .expect(401);
      }
      const blocked = await request(http)
        .post('/v1/auth/login')
        .send({ email, password: STRONG_PASSWORD })
        .expect(429);
      expect(blocked.body.code).toBe('too-many-login-attempts');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.detail).toContain(blocked.headers['retry-after']);
    });

    it('keeps the count in Redis, shared by every API replica', async () => {
      const email = uniqueEmail('shared');
      await request(http)
        .post('/v1/auth/login')
        .send({ email, password: 'wrong password here' })
        .expect(401);
      const replica = await startTestSystem({
        env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '2', REDIS_PREFIX: system.config.REDIS_PREFIX },
      });
      try {
        // A second replica of the same deployment: its own process state, the same Redis keys.
        await request(replica.api.getHttpServer() as App)
          .post('/v1/auth/login')
          .send({ email, password: 'wrong password here' })
          .expect(401);
        await request(replica.api.getHttpServer() as App)
          .post('/v1/auth/login')
          .send({ email, password: 'wrong password here' })
          .expect(429);
      } finally {
        await replica.stop();
      }
    });
  });

  it('blocks a client IP after repeated failures across accounts', async () => {
    const strict = await startTestSystem({ env: { LOGIN_MAX_FAILURES_PER_IP: '2' } });
    try {
      const strictHttp = strict.api.getHttpServer() as App;
      for (const name of ['first', 'second']) {
        await request(strictHttp)
          .post('/v1/auth/login')
          .send({ email: uniqueEmail(name), password: 'wrong password here' })
          .expect(401);
      }
      const blocked = await request(strictHttp)
        .post('/v1/auth/login')
        .send({ email: uniqueEmail('third'), password: 'wrong password here' })
        .expect(429);
      expect(blocked.body.code).toBe('too-many-login-attempts');
    } finally {
      await strict.stop();
    }
  });

  describe('admins', () => {
    it('cannot be self-registered', async () => {
      const email = uniqueEmail('wannabe');
      const response = await request(http)
        .post('/v1/auth/register')
        .send({ email, password: STRONG_PASSWORD, role: 'admin' })
        .expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'role', code: 'isIn' }),
      ]);
      expect(await usersWithEmail(email)).toBe(0);
    });

    it('come from ADMIN_EMAIL and ADMIN_PASSWORD at start-up', async () => {
      const login = await request(http)
        .post('/v1/auth/login')
        .send({ email: 'root.admin@example.eu', password: 'admin password that is long' })
        .expect(200);
      const me = await request(http)
        .get('/v1/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({ email: 'root.admin@example.eu', role: 'admin' });
    });
  });
});
