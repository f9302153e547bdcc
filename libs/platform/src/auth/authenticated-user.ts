import type { Role } from './roles';

/** Who is calling: the account proven by the bearer token, with its role as stored now. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
}

/**
 * What an access token says; `role` is a hint for clients, the AccessGuard reads the current one.
 * `ver` is the account's token version when the token was issued (users.token_version).
 */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  ver: number;
}
