import type { AuditLogQuery } from '@pioneer/sdk';

/** What the audit log page narrows by: the query's filters, as the form holds them ('' = no filter). */
export type AuditLogFilterValues = Required<Pick<AuditLogQuery, 'actor' | 'entity' | 'from' | 'to'>> & { action: AuditLogQuery['action'] | '' };

export const NO_FILTER: AuditLogFilterValues = { action: '', actor: '', entity: '', from: '', to: '' };

/** Whether any filter is set (the empty state then says so and how to clear them). */
export const isFiltered = (values: AuditLogFilterValues): boolean => Object.values(values).some((value) => value !== '');

/** The query for one page: empty filters are left out, text is trimmed (the API takes it exactly). */
export function auditLogQuery(values: AuditLogFilterValues, page: number, perPage: number): AuditLogQuery {
  return {
    page,
    perPage,
    action: values.action || undefined,
    actor: values.actor.trim() || undefined,
    entity: values.entity.trim() || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  };
}
