import type { Role } from './roles';

/** Who is calling: the account proven by the bearer token, with its role as stored now. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
}

/** What an access token says; `role` is a hint for clients, the AccessGuard reads the current one. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
}
