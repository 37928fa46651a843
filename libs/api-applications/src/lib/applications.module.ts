import { Module } from '@nestjs/common';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { PolicyRegistry } from './policy-registry.service';

const policyRegistry = { provide: PolicyRegistry, useFactory: () => PolicyRegistry.shared() };

/**
 * The generic application feature. Each measure's generated module imports it and routes to
 * ApplicationsService; it needs CoreModule (database, clock, audit) from the app.
 */
@Module({
  providers: [policyRegistry, ApplicationsRepository, ApplicationsService],
  exports: [PolicyRegistry, ApplicationsService],
})
export class ApplicationsModule {}
