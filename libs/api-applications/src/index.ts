/**
 * @pioneer/api-applications — the generic application feature every measure's generated API
 * module delegates to: drafts, submission with validation and evaluation by the engine, scoped
 * reads, estimates and eligibility; the lifecycle's status table and who may call what.
 */
export { ApplicationsModule } from './lib/applications.module';
export { LifecycleModule } from './lib/lifecycle.module';
export { LIFECYCLE_ROLES } from './lib/lifecycle/lifecycle-roles';
export { BudgetLedgerService, type BudgetYearView } from './lib/budget/budget-ledger.service';
export { ApplicationsService, type EligibilityResult } from './lib/applications.service';
export { ApplicationsRepository, type ApplicationChanges } from './lib/applications.repository';
export { FundingHistoryService } from './lib/funding-history.service';
export { PolicyRegistry, readPath, pointerOf } from './lib/policy-registry.service';
export { APPLICATION_ROLES, scopeOf, type ApplicationScope } from './lib/application-access';
export { APPLICATION_STATUSES, TRANSITIONS, EDITABLE_STATUSES, AWARDED_STATUSES, isApplicationStatus, type ApplicationStatus, type Transition, type TransitionName } from './lib/application-status';
export { toRecord, type ApplicationRecord, type ApplicationPage } from './lib/application-record.dto';
export { ApplicationNumbersBackfill1765600000001, applicationNumberPrefix, formatApplicationNumber } from './lib/numbering';
export { parseListQuery, SORTABLE, MAX_PER_PAGE, type ListQuery } from './lib/list-query.dto';
export { seedDemoApplications, type DemoStages } from './lib/demo-seed';
export { ReviewService } from './lib/review/review.service';
export { ApprovalService } from './lib/approval/approval.service';
export { MAX_BULK_APPROVALS, type BulkApprovalResponse, type BulkApprovalResult } from './lib/approval/bulk-approval.dto';
export { PaymentService } from './lib/approval/payment.service';
export { WithdrawalService } from './lib/approval/withdrawal.service';
export { EXPORT_PAGE_ROWS, ExportsService, type ExportFile, type ExportFormat, type ExportRequest, type PlannedExport } from './lib/exports/exports.service';
export { Roles, CurrentPrincipal, type Principal } from '@pioneer/api-core';
