import { Module } from '@nestjs/common';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { FundingHistoryService } from './funding-history.service';
import { ApplicationEvaluator } from './lifecycle/application-evaluator.service';
import { ApplicationLookup } from './lifecycle/application-lookup.service';
import { LifecycleService } from './lifecycle/lifecycle.service';
import { PolicyRegistry } from './policy-registry.service';

const policyRegistry = { provide: PolicyRegistry, useFactory: () => PolicyRegistry.shared() };

/**
 * The generic application feature. Each measure's generated module imports it and routes to
 * ApplicationsService; it needs CoreModule (database, clock, audit) from the app.
 */
@Module({
  providers: [policyRegistry, ApplicationsRepository, ApplicationsService, FundingHistoryService, LifecycleService, ApplicationLookup, ApplicationEvaluator],
  exports: [PolicyRegistry, ApplicationsService, ApplicationsRepository, FundingHistoryService, LifecycleService, ApplicationLookup, ApplicationEvaluator],
})
export class ApplicationsModule {}
