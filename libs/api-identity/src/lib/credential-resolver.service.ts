import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, Clock, type CredentialResolver, DatabaseService, OrganisationEntity, type Principal, RefreshSessionEntity, UserEntity } from '@pioneer/api-core';
import { IsNull } from 'typeorm';
import { ACCESS_TOKEN_PREFIX, verifyAccessToken } from './access-token.util';
import { ApiKeysService } from './api-keys.service';
import { userPrincipal } from './sessions.service';

/**
 * The guard's resolver (CREDENTIAL_RESOLVER) for tokens that are not static ones: a signed access
 * token (checked against PIONEER_AUTH_SECRET, then its user must be active and its session not
 * ended), else an API key. An applicant acts for its organisation: `applicantId` is the
 * organisation's credit code and `district` its registered district, read fresh each request.
 */
@Injectable()
export class IdentityCredentialResolver implements CredentialResolver {
  constructor(
    private readonly db: DatabaseService,
    private readonly keys: ApiKeysService,
    private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async resolve(token: string): Promise<Principal | undefined> {
    if (token.startsWith(ACCESS_TOKEN_PREFIX)) return this.signedIn(token);
    return this.keys.principalOf(token);
  }

  private async signedIn(token: string): Promise<Principal | undefined> {
    const claims = verifyAccessToken(token, this.config.auth.secret, Math.floor(this.clock.now().getTime() / 1000));
    if (!claims) return undefined;
    return this.db.read(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id: claims.sub });
      if (!user?.active) return undefined;
      // A plain SELECT … LIMIT 1 (TypeORM's exists() wraps the query in a dummy table scan).
      const live = await manager.findOne(RefreshSessionEntity, { select: { id: true }, where: { familyId: claims.sid, revokedAt: IsNull() } });
      if (!live) return undefined;
      const principal = userPrincipal(user, claims.sid);
      if (user.role === 'district-officer') return { ...principal, district: user.district ?? undefined };
      if (user.role !== 'applicant' && !(user.role === 'reviewer' && user.organisationId)) return principal;
      const organisation = user.organisationId ? await manager.findOneBy(OrganisationEntity, { id: user.organisationId }) : null;
      if (!organisation) return undefined;
      // A reviewer's organisation is its affiliation: the review stage refuses its applications.
      if (user.role === 'reviewer') return { ...principal, affiliation: organisation.creditCode };
      return { ...principal, organisationId: organisation.id, applicantId: organisation.creditCode, district: organisation.district };
    });
  }
}
