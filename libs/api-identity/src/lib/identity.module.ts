import { Global, Module } from '@nestjs/common';
import { CREDENTIAL_RESOLVER } from '@pioneer/api-core';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { IdentityCredentialResolver } from './credential-resolver.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { RegistrationService } from './registration.service';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/**
 * Organisations and people: the registry, users, sign-in sessions and API keys. Global, so the
 * global guard (CoreModule) finds its CREDENTIAL_RESOLVER; it needs CoreModule from the app.
 */
@Global()
@Module({
  controllers: [AuthController, OrganisationsController, UsersController, ApiKeysController],
  providers: [
    OrganisationsService,
    UsersService,
    SessionsService,
    RegistrationService,
    ApiKeysService,
    IdentityCredentialResolver,
    { provide: CREDENTIAL_RESOLVER, useExisting: IdentityCredentialResolver },
  ],
  exports: [CREDENTIAL_RESOLVER, OrganisationsService, UsersService],
})
export class IdentityModule {}
