import type { Role } from './roles';

/** Who is calling, as proven by the bearer token. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
}
