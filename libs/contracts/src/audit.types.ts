/**
 * Every kind of event the audit log records (`<entity>.<verb>`), as the writes name them. One
 * list for the API (the log's `?action=` filter refuses any other), the OpenAPI document, the
 * SDK and the backoffice (its filter's choices). A write that audits a new kind adds it here.
 */
export const AUDIT_ACTIONS = [
  'application.create',
  'application.update',
  'application.submit',
  'application.assign',
  'review.declare',
  'review.score',
  'application.recommend',
  'application.return',
  'application.approve',
  'application.reject',
  'application.revoke',
  'application.pay',
  'application.settle',
  'application.withdraw',
  'cofunding.record',
  'budget.amount-change',
  'attachment.upload',
  'organisation.create',
  'organisation.update',
  'user.create',
  'user.update',
  'user.password-change',
  'api-key.create',
  'api-key.revoke',
  'session.sign-in',
  'session.refresh',
  'session.reuse-detected',
  'session.sign-out',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit event can concern (its `entityType`). */
export const AUDIT_ENTITY_TYPES = ['application', 'user', 'organisation', 'api-key', 'attachment', 'budget-ledger'] as const;
