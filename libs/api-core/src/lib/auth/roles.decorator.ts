import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { PUBLIC, type Principal, type RouteAccess } from './principal.types';

/** Metadata key of the roles a route admits. A route without it is refused (see AuthGuard). */
export const ROLES_KEY = 'pioneer:roles';

/** The roles that may call a route; `Roles(PUBLIC)` (or `Public()`) opens it to anyone. */
export const Roles = (...roles: RouteAccess[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call, without a token. */
export const Public = () => Roles(PUBLIC);

/** The authenticated caller (set by AuthGuard); undefined only on public routes. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | undefined => {
  return context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
});
