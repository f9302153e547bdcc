import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-error';
import { AccessGuard, Authenticated } from './access.guard';
import type { Role } from './roles';

@Controller()
class ProbeController {
  @Authenticated('admin')
  adminOnly(): void {}

  @Authenticated()
  anyone(): void {}

  @Get()
  @Authenticated('seller', 'admin')
  sellers(): void {}
}

const jwt = new JwtService({ secret: 'x'.repeat(32) });
const guard = new AccessGuard(jwt, new Reflector());

function contextFor(handler: keyof ProbeController, authorization?: string): ExecutionContext {
  const request = { headers: { authorization } } as {
    headers: Record<string, string | undefined>;
    user?: unknown;
  };
  return {
    getHandler: () => ProbeController.prototype[handler],
    getClass: () => ProbeController,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const tokenFor = (role: Role | 'superuser') => `Bearer ${jwt.sign({ sub: 'user-1', role })}`;

describe('AccessGuard', () => {
  it.each([
    ['adminOnly', 'admin'],
    ['anyone', 'shopper'],
    ['anyone', 'seller'],
    ['sellers', 'seller'],
    ['sellers', 'admin'],
  ] as const)('lets %s through for a %s', async (handler, role) => {
    await expect(guard.canActivate(contextFor(handler, tokenFor(role)))).resolves.toBe(true);
  });

  it.each([
    ['adminOnly', 'seller'],
    ['adminOnly', 'shopper'],
    ['sellers', 'shopper'],
  ] as const)('refuses %s to a %s with 403', async (handler, role) => {
    await expect(guard.canActivate(contextFor(handler, tokenFor(role)))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it.each([
    ['no token', undefined],
    [
      'a token signed with another secret',
      `Bearer ${new JwtService({ secret: 'y'.repeat(32) }).sign({ sub: 'u', role: 'admin' })}`,
    ],
    ['an expired token', `Bearer ${jwt.sign({ sub: 'u', role: 'admin' }, { expiresIn: -10 })}`],
    ['an unknown role', tokenFor('superuser')],
  ])('refuses %s with 401', async (_case, header) => {
    await expect(guard.canActivate(contextFor('anyone', header))).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });
});
