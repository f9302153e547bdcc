import request from 'supertest';
import type { App } from 'supertest/types';
import { STRONG_PASSWORD, uniqueEmail } from './fixtures';

export interface SignedIn {
  id: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

/** Registers an account over HTTP and signs it in. */
export async function signUp(
  http: App,
  role: 'shopper' | 'seller',
  locale = 'en',
  email = uniqueEmail(role),
): Promise<SignedIn> {
  const registered = await request(http)
    .post('/v1/auth/register')
    .send({ email, password: STRONG_PASSWORD, role, locale })
    .expect(201);
  return signIn(http, email, STRONG_PASSWORD, registered.body.id as string);
}

export async function signIn(
  http: App,
  email: string,
  password: string,
  id = '',
): Promise<SignedIn> {
  const login = await request(http).post('/v1/auth/login').send({ email, password }).expect(200);
  const token = login.body.accessToken as string;
  return { id, email, token, auth: { Authorization: `Bearer ${token}` } };
}
