import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications.module';
import { ApprovalService } from './approval/approval.service';
import { BulkApprovalService } from './approval/bulk-approval.service';
import { PaymentService } from './approval/payment.service';
import { WithdrawalService } from './approval/withdrawal.service';
import { BudgetAmountSync } from './budget/budget-amount-sync.service';
import { BudgetLedgerRepository } from './budget/budget-ledger.repository';
import { BudgetLedgerService } from './budget/budget-ledger.service';
import { CofundingController, CofundingService } from './cofunding';
import { ExportsService } from './exports/exports.service';
import { ApplicationActionsController } from './http/application-actions.controller';
import { ApprovalsController } from './http/approvals.controller';
import { ExportsController } from './http/exports.controller';
import { AuditController } from './http/audit.controller';
import { BudgetsController } from './http/budgets.controller';
import { ReviewRepository } from './review/review.repository';
import { ReviewService } from './review/review.service';
import { ReviewerDirectory } from './review/reviewer-directory.service';
import { StatisticsController } from './http/statistics.controller';
import { StatisticsRepository } from './statistics/statistics.repository';
import { StatisticsService } from './statistics/statistics.service';

/** The second half of a grant's life: review, approval against the budgets, payment, withdrawal, audit, exports. */
@Module({
  imports: [ApplicationsModule],
  providers: [ReviewRepository, ReviewerDirectory, ReviewService, BudgetLedgerRepository, BudgetLedgerService, BudgetAmountSync, ApprovalService, BulkApprovalService, PaymentService, WithdrawalService, ExportsService, StatisticsRepository, StatisticsService, CofundingService],
  controllers: [ApplicationActionsController, ApprovalsController, BudgetsController, AuditController, ExportsController, StatisticsController, CofundingController],
  // Background export jobs (libs/api-export-jobs) write the same files.
  exports: [ExportsService],
})
export class LifecycleModule {}
