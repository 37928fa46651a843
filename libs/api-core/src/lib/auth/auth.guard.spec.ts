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

function attempt(handler: keyof Routes, authorization?: string): { principal?: Principal } {
  const request: { headers: Record<string, string | undefined>; principal?: Principal } = { headers: { authorization } };
  const context = { getHandler: () => Routes.prototype[handler], getClass: () => Routes, switchToHttp: () => ({ getRequest: () => request }) };
  guard.canActivate(context as unknown as ExecutionContext);
  return request;
}

describe('AuthGuard', () => {
  it('refuses a route that declares no roles, even to an admin', () => {
    expect(() => attempt('undeclared', 'Bearer admin-demo')).toThrow(expect.objectContaining({ statusCode: 403 }));
  });

  it('opens a public route without a token', () => {
    expect(attempt('open').principal).toBeUndefined();
  });

  it('answers 401 for a missing or unknown token and 403 for a role not admitted', () => {
    expect(() => attempt('staff')).toThrow(expect.objectContaining({ statusCode: 401, code: 'unauthenticated' }));
    expect(() => attempt('staff', 'Bearer nope-nope-nope')).toThrow(expect.objectContaining({ statusCode: 401 }));
    expect(() => attempt('staff', 'Bearer applicant-demo')).toThrow(expect.objectContaining({ statusCode: 403, code: 'forbidden' }));
  });

  it('sets the principal of an admitted token', () => {
    expect(attempt('staff', 'Bearer reviewer-demo').principal).toEqual({ subject: 'reviewer-demo', role: 'reviewer' });
    expect(attempt('staff', 'bearer   admin-demo').principal?.role).toBe('admin');
  });
});
