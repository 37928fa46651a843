import { type ExecutionContext, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { configFromEnv } from '../config/api-config';
import { AuthGuard } from './auth.guard';
import type { Principal } from './principal.types';
import { Public, Roles } from './roles.decorator';

class Routes {
  undeclared(): void {}
  @Public()
  open(): void {}
  @Roles('admin', 'reviewer')
  staff(): void {}
}

Logger.overrideLogger(false);
const guard = new AuthGuard(new Reflector(), configFromEnv({ PIONEER_DEMO: '1' }, '/tmp'));

async function attempt(handler: keyof Routes, authorization?: string): Promise<{ principal?: Principal }> {
  const request: { headers: Record<string, string | undefined>; principal?: Principal } = { headers: { authorization } };
  const context = { getHandler: () => Routes.prototype[handler], getClass: () => Routes, switchToHttp: () => ({ getRequest: () => request }) };
  await guard.canActivate(context as unknown as ExecutionContext);
  return request;
}

describe('AuthGuard', () => {
  it('refuses a route that declares no roles, even to an admin', async () => {
    await expect(attempt('undeclared', 'Bearer admin-demo')).rejects.toThrow(expect.objectContaining({ statusCode: 403 }));
  });

  it('opens a public route without a token', async () => {
    expect((await attempt('open')).principal).toBeUndefined();
  });

  it('answers 401 for a missing or unknown token and 403 for a role not admitted', async () => {
    await expect(attempt('staff')).rejects.toThrow(expect.objectContaining({ statusCode: 401, code: 'unauthenticated' }));
    await expect(attempt('staff', 'Bearer nope-nope-nope')).rejects.toThrow(expect.objectContaining({ statusCode: 401 }));
    await expect(attempt('staff', 'Bearer applicant-demo')).rejects.toThrow(expect.objectContaining({ statusCode: 403, code: 'forbidden' }));
  });

  it('sets the principal of an admitted token', async () => {
    expect((await attempt('staff', 'Bearer reviewer-demo')).principal).toEqual({ subject: 'reviewer-demo', role: 'reviewer' });
    expect((await attempt('staff', 'bearer   admin-demo')).principal?.role).toBe('admin');
  });

  it('asks the credential resolver for a token that is not a static one, and only then', async () => {
    const asked: string[] = [];
    const resolver = { resolve: async (token: string) => (asked.push(token), token === 'signed-token' ? ({ subject: 'user:ada', role: 'reviewer' } as Principal) : undefined) };
    const withResolver = new AuthGuard(new Reflector(), configFromEnv({ PIONEER_DEMO: '1' }, '/tmp'), resolver);
    const request: { headers: Record<string, string | undefined>; principal?: Principal } = { headers: { authorization: 'Bearer signed-token' } };
    const context = { getHandler: () => Routes.prototype.staff, getClass: () => Routes, switchToHttp: () => ({ getRequest: () => request }) };
    await withResolver.canActivate(context as unknown as ExecutionContext);
    expect(request.principal).toEqual({ subject: 'user:ada', role: 'reviewer' });
    request.headers.authorization = 'Bearer reviewer-demo';
    await withResolver.canActivate(context as unknown as ExecutionContext);
    request.headers.authorization = 'Bearer unknown-token';
    await expect(withResolver.canActivate(context as unknown as ExecutionContext)).rejects.toThrow(expect.objectContaining({ statusCode: 401 }));
    expect(asked).toEqual(['signed-token', 'unknown-token']);
    // A public route never asks it (no database read on health).
    request.headers.authorization = 'Bearer signed-token';
    delete request.principal;
    const open = { ...context, getHandler: () => Routes.prototype.open };
    await withResolver.canActivate(open as unknown as ExecutionContext);
    expect([request.principal, asked.length]).toEqual([undefined, 2]);
  });
});
