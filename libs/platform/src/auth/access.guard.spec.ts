import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { UnauthorizedError } from '../errors/domain-error';
import { verifyAccessToken } from './access.guard';

// Role checks need the users table; test/auth.e2e-spec.ts covers them against the database.
const secret = 'x'.repeat(32);
const jwt = new JwtService({ secret, signOptions: { expiresIn: 3600, algorithm: 'HS256' } });
const userId = randomUUID();

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('verifyAccessToken', () => {
  it('returns the subject of a signed, unexpired HS256 token and its token version', async () => {
    await expect(
      verifyAccessToken(jwt, jwt.sign({ sub: userId, role: 'admin', ver: 3 })),
    ).resolves.toEqual({ userId, tokenVersion: 3 });
  });

  it('takes a token issued before token versions existed as version 0', async () => {
    await expect(verifyAccessToken(jwt, jwt.sign({ sub: userId, role: 'admin' }))).resolves.toEqual(
      { userId, tokenVersion: 0 },
    );
  });

  it.each([
    [
      'a token signed with another secret',
      () => new JwtService({ secret: 'y'.repeat(32) }).sign({ sub: userId }, { expiresIn: 60 }),
    ],
    ['an expired token', () => jwt.sign({ sub: userId }, { expiresIn: -10 })],
    // jsonwebtoken treats a token without exp as valid for ever.
    ['a token without exp', () => new JwtService({ secret }).sign({ sub: userId })],
    // A subject that is not a UUID used to reach PostgreSQL as a failing cast: a 500.
    ['a subject that is not a UUID', () => jwt.sign({ sub: 'user-1' })],
    ['a token without a subject', () => jwt.sign({ role: 'admin' })],
    ['a token version that is not an integer', () => jwt.sign({ sub: userId, ver: '1' })],
    [
      'the same secret with another algorithm',
      () => jwt.sign({ sub: userId }, { algorithm: 'HS512' }),
    ],
    [
      'an unsigned token (alg none)',
      () =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
          sub: userId,
          exp: Math.floor(Date.now() / 1000) + 600,
        })}.`,
    ],
    ['something that is not a JWT', () => 'not.a.token'],
  ])('refuses %s with 401', async (_case, token) => {
    await expect(verifyAccessToken(jwt, token())).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
