import { Module } from '@nestjs/common';
import type { CompiledPolicy } from '@pioneer/engine';
import { loadPolicies } from '@pioneer/contracts';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { PolicyRegistry } from './policy-registry.service';

let compiled: CompiledPolicy[] | undefined;

/** The policies are compiled once per process (compiled policies are plain, shareable data). */
const policyRegistry = { provide: PolicyRegistry, useFactory: () => new PolicyRegistry((compiled ??= loadPolicies())) };

/**
 * The generic application feature. Each measure's generated module imports it and routes to
 * ApplicationsService; it needs CoreModule (database, clock, audit) from the app.
 */
@Module({
  providers: [policyRegistry, ApplicationsRepository, ApplicationsService],
  exports: [PolicyRegistry, ApplicationsService],
})
export class ApplicationsModule {}
