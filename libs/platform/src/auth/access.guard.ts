import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, type JwtVerifyOptions } from '@nestjs/jwt';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-error';
import { isUuid } from '../http/ids';
import type { AuthenticatedUser } from './authenticated-user';
import { ROLES, type Role } from './roles';

const ALLOWED_ROLES = 'allowedRoles';

/**
 * Access tokens are HS256 only: pinning the algorithm stops a token from choosing how it is checked
 * ("none", or an asymmetric algorithm keyed with our secret; RFC 8725 §3.1).
 */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_VERIFY_OPTIONS: JwtVerifyOptions = {
  algorithms: [ACCESS_TOKEN_ALGORITHM],
};

type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** Who a verified access token stands for, and the account's token version it was issued under. */
export interface AccessTokenSubject {
  userId: string;
  tokenVersion: number;
}

/**
 * The account a bearer token stands for, or an UnauthorizedError. The signature, the algorithm and
 * an expiry are all required: jsonwebtoken accepts a token without `exp` as never expiring, and a
 * token that never expires cannot be taken back.
 */
export async function verifyAccessToken(
  jwt: JwtService,
  token: string,
): Promise<AccessTokenSubject> {
  let claims: unknown;
  try {
    claims = await jwt.verifyAsync<object>(token, ACCESS_TOKEN_VERIFY_OPTIONS);
  } catch {
    throw new UnauthorizedError();
  }
  const { sub, exp, ver = 0 } = claims as { sub?: unknown; exp?: unknown; ver?: unknown };
  // A subject that is not a UUID would only fail the users lookup as a cast error. Tokens issued
  // before versions existed carry none: they stand for version 0, the one every account started at.
  if (
    typeof exp !== 'number' ||
    typeof sub !== 'string' ||
    !isUuid(sub) ||
    !Number.isSafeInteger(ver)
  ) {
    throw new UnauthorizedError();
  }
  return { userId: sub, tokenVersion: ver as number };
}

/**
 * Checks the bearer token, then reads the account's current role from the database: the role in
 * the token is only a hint for clients, so a deleted account or a demoted admin loses access at
 * once rather than when the token expires. A token issued before the account was made an admin or
 * got a new password (an older token version) is refused too: otherwise whoever registered an
 * address before an operator named it as admin would hold an admin token. The lookup is one
 * primary-key read per request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedError();
    const { userId, tokenVersion } = await verifyAccessToken(this.jwt, token);
    const [account] = await preparedQuery<{ role: Role; token_version: number }>(
      this.dataSource,
      'SELECT role, token_version FROM users WHERE id = $1',
      [userId],
    );
    if (!account || account.token_version !== tokenVersion) throw new UnauthorizedError();
    const allowed = this.reflector.getAllAndOverride<readonly Role[]>(ALLOWED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (allowed && !allowed.includes(account.role)) throw new ForbiddenError();
    request.user = { id: userId, role: account.role };
    return true;
  }
}

/** Requires a bearer token; with roles given, also one of those roles. */
export function Authenticated(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles.length > 0 ? roles : ROLES),
    UseGuards(AccessGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token (problem+json)' }),
    ...(roles.length > 0
      ? [ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}` })]
      : []),
  );
}

/** The caller proven by the AccessGuard. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new UnauthorizedError();
    return user;
  },
);
