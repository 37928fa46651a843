import type { EntityManager } from 'typeorm';
import { runSql, TableSql } from '../database/table-sql';
import { AuditEventEntity } from '../entities/audit-event.entity';

/** What narrows the audit log (GET /api/audit/events): every condition given must hold. */
export interface AuditLogFilter {
  action?: string;
  /** The acting subject, exactly (`user:rita`, `token:admin`). */
  actor?: string;
  /** Events concerning one entity: its id, and the entity types it may be (an id alone does not say which). */
  entity?: { id: string; types: readonly string[] };
  /** From this instant (ISO, UTC), inclusive. */
  from?: string;
  /** Before this instant (ISO, UTC), exclusive. */
  before?: string;
}

const EVENTS = new TableSql(AuditEventEntity);

/** Whether a filter narrows anything: without one the log is read by its dense `seq` range instead. */
export function narrows(filter: AuditLogFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/**
 * One page of the events a filter keeps, newest first, and how many it keeps. Each condition has
 * an index to start from ((action, at), (actor, at), (entity_type, entity_id, at), (at)); the
 * query-plan test checks that none reads the whole log. The count reads the same index range.
 */
export async function filteredAuditPage(
  manager: EntityManager,
  filter: AuditLogFilter,
  page: number,
  perPage: number,
): Promise<{ events: AuditEventEntity[]; total: number }> {
  const { where, parameters } = conditions(filter);
  const [counted] = (await runSql(manager, `SELECT COUNT(*) AS n FROM audit_events WHERE ${where}`, parameters)) as Array<{ n: number | string }>;
  const total = Number(counted?.n ?? 0);
  if ((page - 1) * perPage >= total) return { events: [], total };
  const limit = parameters.length + 1;
  // `+seq` keeps SQLite from walking the whole seq index backwards to skip the sort (its choice
  // for a date range): the filter's own index finds the rows, and the count read them all anyway.
  const events = await EVENTS.select(manager, `WHERE ${where} ORDER BY +seq DESC LIMIT $${limit} OFFSET $${limit + 1}`, [...parameters, perPage, (page - 1) * perPage]);
  return { events, total };
}

/** The WHERE clause of a filter, written with `$1…$n`. */
function conditions(filter: AuditLogFilter): { where: string; parameters: unknown[] } {
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  const bind = (value: unknown) => `$${parameters.push(value)}`;
  if (filter.action !== undefined) clauses.push(`action = ${bind(filter.action)}`);
  if (filter.actor !== undefined) clauses.push(`actor = ${bind(filter.actor)}`);
  if (filter.entity !== undefined) {
    // Listing the types keeps the (entity_type, entity_id, at) index usable for an id of unknown kind.
    clauses.push(`entity_type IN (${filter.entity.types.map(bind).join(', ')}) AND entity_id = ${bind(filter.entity.id)}`);
  }
  if (filter.from !== undefined) clauses.push(`at >= ${bind(filter.from)}`);
  if (filter.before !== undefined) clauses.push(`at < ${bind(filter.before)}`);
  return { where: clauses.join(' AND '), parameters };
}
