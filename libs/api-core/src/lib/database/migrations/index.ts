import { InitialSchema1764150000000 } from './1764150000000-initial-schema.migration';
import { RequestPathIndexes1764900000000 } from './1764900000000-request-path-indexes.migration';
import { Identity1765000000000 } from './1765000000000-identity.migration';
import { Attachments1765100000000 } from './1765100000000-attachments.migration';
import { AuditChain1765200000000 } from './1765200000000-audit-chain.migration';
import { MoneyPath1765300000000 } from './1765300000000-money-path.migration';
import { AuditChainTip1765350000000 } from './1765350000000-audit-chain-tip.migration';
import { ApplicationNumbers1765600000000 } from './1765600000000-application-numbers.migration';
import { AuditAppend1765700000000 } from './1765700000000-audit-append.migration';
import { ApproveWithinBudget1765700000001 } from './1765700000001-approve-within-budget.migration';
import { AuditFilterIndexes1765800000000 } from './1765800000000-audit-filter-indexes.migration';
import { RateLimitWindows1765950000000 } from './1765950000000-rate-limit-windows.migration';
import { ExportKeysetIndexes1765960000000 } from './1765960000000-export-keyset-indexes.migration';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  InitialSchema1764150000000,
  RequestPathIndexes1764900000000,
  Identity1765000000000,
  Attachments1765100000000,
  AuditChain1765200000000,
  MoneyPath1765300000000,
  AuditChainTip1765350000000,
  ApplicationNumbers1765600000000,
  AuditAppend1765700000000,
  ApproveWithinBudget1765700000001,
  AuditFilterIndexes1765800000000,
  RateLimitWindows1765950000000,
  ExportKeysetIndexes1765960000000,
];
