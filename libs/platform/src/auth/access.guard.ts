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
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-error';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';
import { ROLES, type Role } from './roles';

const ALLOWED_ROLES = 'allowedRoles';

type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** Checks the bearer token and that its role is one the route allows. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedError();
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new UnauthorizedError();
    }
    if (!(ROLES as readonly string[]).includes(claims.role)) throw new UnauthorizedError();
    const allowed = this.reflector.getAllAndOverride<readonly Role[]>(ALLOWED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (allowed && !allowed.includes(claims.role)) throw new ForbiddenError();
    request.user = { id: claims.sub, role: claims.role };
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
