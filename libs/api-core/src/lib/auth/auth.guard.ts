import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { Errors } from '../errors/api-error';
import { CREDENTIAL_RESOLVER, type CredentialResolver } from './credential-resolver';
import { PUBLIC, type Principal, type RouteAccess } from './principal.types';
import { ROLES_KEY } from './roles.decorator';
import { bearerToken, TokenTable } from './token-table.util';

/**
 * The global guard: every route must declare who may call it with `@Roles(...)`. A route that
 * declares nothing is refused for everyone (and logged), so forgetting the decorator can never
 * open a route. A bearer token resolves to a principal, in this order: a configured static token
 * (PIONEER_TOKENS), then the CredentialResolver if a feature provides one (signed access tokens,
 * API keys). A wrong role is 403; no token, or one nobody knows, 401.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly tokens: TokenTable;

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_CONFIG) config: ApiConfig,
    @Optional() @Inject(CREDENTIAL_RESOLVER) private readonly resolver?: CredentialResolver,
  ) {
    this.tokens = new TokenTable(config.tokens);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<RouteAccess[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    if (!roles || roles.length === 0) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no roles: refused`);
      throw Errors.forbidden('该接口未声明访问角色，已拒绝访问：请联系管理员', 'This endpoint declares no roles, so it is closed: contact the administrators');
    }
    if (roles.includes(PUBLIC)) {
      // Public routes look up static tokens only: asking the resolver would read the database,
      // and health must answer without queueing behind writes.
      const known = this.tokens.resolve(request.headers.authorization);
      if (known) request.principal = known;
      return true;
    }
    const principal = await this.principalOf(request.headers.authorization);
    if (principal) request.principal = principal;
    if (!principal) throw Errors.unauthenticated();
    if (!roles.includes(principal.role)) {
      throw Errors.forbidden(
        `角色 ${principal.role} 无权执行此操作（需要：${roles.join('、')}）：请使用有权限的账号`,
        `The role ${principal.role} may not do this (needs: ${roles.join(', ')}): use an account that has one of these roles`,
      );
    }
    return true;
  }

  private async principalOf(authorization: string | undefined): Promise<Principal | undefined> {
    const known = this.tokens.resolve(authorization);
    if (known || !this.resolver) return known;
    const token = bearerToken(authorization);
    return token ? this.resolver.resolve(token) : undefined;
  }
}
