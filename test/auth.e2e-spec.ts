import { upsertAdmin } from '@app/platform';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signIn, signUp } from './support/accounts';
import { STRONG_PASSWORD, uniqueEmail } from './support/fixtures';
import { DisposableRedis } from './support/redis-server';
import { startTestSystem, type TestSystem } from './support/test-system';

/** The text with its ASCII characters in fullwidth forms (U+FF01–U+FF5E), which look alike. */
const fullwidth = (text: string) =>
  text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));

/** The address with the letters of its local part in fullwidth forms, as an impostor would. */
const fullwidthLocalPart = (email: string) => {
  const [localPart, domain] = email.split('@');
  return `${localPart.replace(/[A-Za-z]/g, fullwidth)}@${domain}`;
};

/** Logs in as if from `ip`: the API trusts X-Forwarded-For from loopback (TRUST_PROXY). */
const loginFrom = (http: App, ip: string, email: string, password: string) =>
  request(http).post('/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });

describe('auth (e2e)', () => {
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    system = await startTestSystem({
      env: {
        ADMIN_EMAIL: 'Root.Admin@Example.eu',
        ADMIN_PASSWORD: 'admin password that is long',
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
      // LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP defaults to 5.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await loginFrom(http, '192.0.2.10', email, 'wrong password here').expect(401);
      }
      const blocked = await loginFrom(http, '192.0.2.10', email, STRONG_PASSWORD).expect(429);
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

  describe('login limit against a hostile client', () => {
    it('lets exactly the limit of 25 parallel wrong passwords through, and the owner in from elsewhere', async () => {
      const email = uniqueEmail('parallel');
      await signUp(http, 'shopper', 'en', email);
      // Counted after the password check, parallel guesses all passed the check before any
      // failure was recorded: 11 of 25 were tried instead of 5.
      const responses = await Promise.all(
        Array.from({ length: 25 }, () =>
          loginFrom(http, '203.0.113.7', email, 'wrong password here'),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(20);
      await loginFrom(http, '203.0.113.7', email, STRONG_PASSWORD).expect(429);
      // The guesses from 203.0.113.7 do not lock the owner out of their own device.
      const owner = await loginFrom(http, '198.51.100.4', email, STRONG_PASSWORD).expect(200);
      expect(owner.body.accessToken).toEqual(expect.any(String));
    });

    it('a failure then a success on one client leaves that client a full allowance', async () => {
      const email = uniqueEmail('typo');
      await signUp(http, 'seller', 'en', email);
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await loginFrom(http, '192.0.2.20', email, 'wrong password here').expect(401);
      }
      await loginFrom(http, '192.0.2.20', email, STRONG_PASSWORD).expect(200);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await loginFrom(http, '192.0.2.20', email, 'wrong password here').expect(401);
      }
      await loginFrom(http, '192.0.2.20', email, 'wrong password here').expect(429);
    });

    it('stops guessing spread over many clients at the per-account ceiling', async () => {
      const strict = await startTestSystem({
        env: { LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: '2', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' },
      });
      try {
        const strictHttp = strict.api.getHttpServer() as App;
        const email = uniqueEmail('distributed');
        await signUp(strictHttp, 'shopper', 'en', email);
        for (const ip of ['203.0.113.1', '203.0.113.2']) {
          await loginFrom(strictHttp, ip, email, 'wrong password here').expect(401);
          await loginFrom(strictHttp, ip, email, 'wrong password here').expect(401);
        }
        // Requests refused for one client give back what they took, so hammering on after the
        // refusal does not use up the account's allowance for everyone else.
        for (let attempt = 0; attempt < 10; attempt += 1) {
          await loginFrom(strictHttp, '203.0.113.1', email, 'wrong password here').expect(429);
        }
        await loginFrom(strictHttp, '203.0.113.3', email, 'wrong password here').expect(401);
        const blocked = await loginFrom(strictHttp, '203.0.113.4', email, STRONG_PASSWORD);
        expect(blocked.status).toBe(429);
        expect(blocked.body.code).toBe('too-many-login-attempts');
      } finally {
        await strict.stop();
      }
    });

    it('counts the addresses of one IPv6 /64 as one client', async () => {
      const email = uniqueEmail('ipv6');
      await signUp(http, 'shopper', 'en', email);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await loginFrom(http, `2001:db8:7:7::${attempt + 1}`, email, 'wrong').expect(401);
      }
      await loginFrom(http, '2001:db8:7:7:ffff::1', email, 'wrong').expect(429);
      await loginFrom(http, '2001:db8:7:8::1', email, STRONG_PASSWORD).expect(200);
    });
  });

  it('keeps limiting logins in memory while Redis is down, and lets the owner in', async () => {
    const redis = await DisposableRedis.start();
    const outage = await startTestSystem({ env: { REDIS_URL: redis.url } });
    try {
      const outageHttp = outage.api.getHttpServer() as App;
      const email = uniqueEmail('outage');
      await signUp(outageHttp, 'shopper', 'en', email);
      await redis.stop();
      const owner = await loginFrom(outageHttp, '192.0.2.30', email, STRONG_PASSWORD).expect(200);
      expect(owner.body.accessToken).toEqual(expect.any(String));
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await loginFrom(outageHttp, '192.0.2.31', email, 'wrong password here').expect(401);
      }
      const blocked = await loginFrom(outageHttp, '192.0.2.31', email, STRONG_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('too-many-login-attempts');
      await loginFrom(outageHttp, '192.0.2.32', email, STRONG_PASSWORD).expect(200);
    } finally {
      await outage.stop();
      await redis.stop();
    }
  });

  it('answers logins in time while Redis accepts connections but answers nothing', async () => {
    const redis = await DisposableRedis.start();
    const outage = await startTestSystem({ env: { REDIS_URL: redis.url } });
    try {
      const outageHttp = outage.api.getHttpServer() as App;
      const email = uniqueEmail('frozen');
      await signUp(outageHttp, 'shopper', 'en', email);
      redis.freeze();
      // Without a command timeout the counts waited for Redis for as long as TCP kept trying.
      await loginFrom(outageHttp, '192.0.2.33', email, 'wrong password here')
        .timeout(10_000)
        .expect(401);
      await loginFrom(outageHttp, '192.0.2.33', email, STRONG_PASSWORD).timeout(10_000).expect(200);
    } finally {
      await outage.stop();
      await redis.stop();
    }
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

  describe('access tokens', () => {
    const adminEmail = 'root.admin@example.eu';
    const adminPassword = 'admin password that is long';
    const adminRoute = '/v1/admin/vendors';
    const adminId = async () => {
      const [admin] = await system.dataSource.query<Array<{ id: string }>>(
        'SELECT id FROM users WHERE email = $1',
        [adminEmail],
      );
      return admin.id;
    };
    /** Signs with this installation's real secret, as only the API should. */
    const signed = async (claims: object, options: { expiresIn?: number } = { expiresIn: 600 }) => {
      const [{ secret }] = await system.dataSource.query<Array<{ secret: string }>>(
        `SELECT secret FROM auth_signing_secrets WHERE purpose = 'access-token'`,
      );
      return `Bearer ${new JwtService({ secret }).sign(claims, options)}`;
    };

    it('refuses a token signed with the development secret once published in the repository', async () => {
      const forged = new JwtService({ secret: 'development-only-jwt-secret-change-me' }).sign(
        { sub: await adminId(), role: 'admin' },
        { expiresIn: 600 },
      );
      const response = await request(http)
        .get(adminRoute)
        .set('Authorization', `Bearer ${forged}`)
        .expect(401);
      expect(response.body.code).toBe('unauthorized');
    });

    it('signs with a random secret of this installation, kept in the database for every replica', async () => {
      const rows = await system.dataSource.query<Array<{ secret: string }>>(
        `SELECT secret FROM auth_signing_secrets WHERE purpose = 'access-token'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].secret.length).toBeGreaterThanOrEqual(43);
      const admin = await signIn(http, adminEmail, adminPassword);
      // Another API process on the same database (a replica, or this one after a restart).
      const replica = await startTestSystem({ env: { DATABASE_URL: system.config.DATABASE_URL } });
      try {
        await request(replica.api.getHttpServer() as App)
          .get(adminRoute)
          .set(admin.auth)
          .expect(200);
      } finally {
        await replica.stop();
      }
    });

    it('uses the role the account has now, not the one in the token', async () => {
      const seller = await signUp(http, 'seller');
      await request(http)
        .get(adminRoute)
        .set('Authorization', await signed({ sub: seller.id, role: 'admin' }))
        .expect(403);

      const demoted = await signUp(http, 'seller');
      await system.dataSource.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [demoted.id]);
      const asAdmin = await signIn(http, demoted.email, STRONG_PASSWORD);
      await request(http).get(adminRoute).set(asAdmin.auth).expect(200);
      await system.dataSource.query(`UPDATE users SET role = 'seller' WHERE id = $1`, [demoted.id]);
      const after = await request(http).get(adminRoute).set(asAdmin.auth).expect(403);
      expect(after.body.code).toBe('forbidden');
    });

    it('takes back tokens issued before an account became an admin or its password was reset', async () => {
      // Someone registers the address an operator will later name in admin:create or ADMIN_EMAIL.
      const email = uniqueEmail('future-admin');
      const squatter = await signUp(http, 'seller', 'en', email);
      const operatorPassword = 'the passphrase the operator chose';
      await upsertAdmin(system.dataSource, email, operatorPassword);
      const stale = await request(http).get(adminRoute).set(squatter.auth).expect(401);
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(stale.body.code).toBe('unauthorized');
      await request(http).get('/v1/me').set(squatter.auth).expect(401);

      const admin = await signIn(http, email, operatorPassword);
      await request(http).get(adminRoute).set(admin.auth).expect(200);
      // Every start-up with ADMIN_EMAIL repeats the same upsert: sessions survive it.
      await upsertAdmin(system.dataSource, email, operatorPassword);
      await request(http).get(adminRoute).set(admin.auth).expect(200);
      // A new password (after a leak, say) takes back the tokens issued under the old one.
      await upsertAdmin(system.dataSource, email, 'another passphrase after a leak');
      await request(http).get(adminRoute).set(admin.auth).expect(401);
    });

    it('refuses the token of an account that no longer exists', async () => {
      await request(http)
        .get(adminRoute)
        .set('Authorization', await signed({ sub: randomUUID(), role: 'admin' }))
        .expect(401);
      const gone = await signUp(http, 'seller');
      await system.dataSource.query('DELETE FROM users WHERE id = $1', [gone.id]);
      const response = await request(http)
        .get(`/v1/vendors/${randomUUID()}`)
        .set(gone.auth)
        .expect(401);
      expect(response.body.code).toBe('unauthorized');
    });

    it.each([
      ['without exp', async () => signed({ sub: await adminId(), role: 'admin' }, {})],
      ['whose subject is not a UUID', async () => signed({ sub: 'root', role: 'admin' })],
    ])('refuses a correctly signed token %s with 401, not 500', async (_case, token) => {
      const response = await request(http)
        .get(adminRoute)
        .set('Authorization', await token())
        .expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('unauthorized');
    });
  });

  describe('lookalike emails', () => {
    it('takes fullwidth letters as the plain address, at registration and at login', async () => {
      const email = uniqueEmail('lookalike');
      await signUp(http, 'shopper', 'en', email);
      const twin = await request(http)
        .post('/v1/auth/register')
        .send({ email: fullwidthLocalPart(email), password: STRONG_PASSWORD, role: 'seller' })
        .expect(409);
      expect(twin.body.code).toBe('email-taken');
      expect(await usersWithEmail(email)).toBe(1);
      expect(await usersWithEmail(fullwidthLocalPart(email))).toBe(0);
      await request(http)
        .post('/v1/auth/login')
        .send({ email: fullwidth(email.toUpperCase()), password: STRONG_PASSWORD })
        .expect(200);
    });

    it.each([
      ['a zero-width space', (email: string) => email.replace('@', '\u200B@')],
      ['a right-to-left override', (email: string) => `\u202E${email}`],
      ['a zero-width joiner', (email: string) => email.replace('.', '\u200D.')],
    ])(
      'refuses an address with %s with a localized 400, and writes nothing',
      async (_case, disguise) => {
        const email = uniqueEmail('invisible');
        const before = Number(
          (await system.dataSource.query('SELECT count(*) FROM users'))[0].count,
        );
        const response = await request(http)
          .post('/v1/auth/register')
          .set('Accept-Language', 'fr')
          .send({ email: disguise(email), password: STRONG_PASSWORD, role: 'shopper' })
          .expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ code: 'validation-failed', status: 400 });
        expect(response.body.errors).toEqual([
          {
            field: 'email',
            code: 'emailInvisibleCharacters',
            message: expect.stringContaining('caractères invisibles'),
          },
        ]);
        const after = Number(
          (await system.dataSource.query('SELECT count(*) FROM users'))[0].count,
        );
        expect(after).toBe(before);
        const login = await request(http)
          .post('/v1/auth/login')
          .send({ email: disguise(email), password: STRONG_PASSWORD })
          .expect(400);
        expect(login.body.errors[0].code).toBe('emailInvisibleCharacters');
      },
    );
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
