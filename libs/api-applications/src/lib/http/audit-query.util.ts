import { type AuditLogFilter, InputReader, nextDay } from '@pioneer/api-core';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction } from '@pioneer/contracts';

/** The query parameters GET /api/audit/events reads; any other is refused, so a misspelt filter is not silently ignored. */
export const AUDIT_QUERY_PARAMETERS = ['page', 'perPage', 'action', 'actor', 'entity', 'from', 'to'] as const;

/** The log's query as the client wrote it, checked. */
export interface AuditQuery {
  page: number;
  perPage: number;
  action?: AuditAction;
  actor?: string;
  /** An application's readable number or any entity's id. */
  entity?: string;
  /** Calendar days (YYYY-MM-DD), both inclusive. */
  from?: string;
  to?: string;
}

/** Dates are bounded like `year` (parseYear): far outside it a date is a typing mistake, and JavaScript reads years below 100 as 19xx. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * Reads `?page=&perPage=&action=&actor=&entity=&from=&to=`; every bad value is one issue by
 * JSON pointer (`/action`), all in one 400 `invalid-query`. An empty value is no filter, as on
 * the application lists. Lengths are the columns' own (actor 200, entity id 64).
 */
export function parseAuditQuery(raw: Record<string, unknown> | undefined): AuditQuery {
  const q = Object.fromEntries(Object.entries(raw ?? {}).filter(([, value]) => value !== ''));
  const input = new InputReader();
  input.object(q, '', AUDIT_QUERY_PARAMETERS);
  const day = (name: 'from' | 'to') => {
    const value = q[name] === undefined ? undefined : input.date(q[name], `/${name}`);
    const year = Number(value?.slice(0, 4));
    if (value === undefined || (year >= FIRST_YEAR && year <= LAST_YEAR)) return value;
    input.add(`/${name}`, { 'zh-CN': `须为 ${FIRST_YEAR} 到 ${LAST_YEAR} 年之间的日期`, en: `must be a date in the years ${FIRST_YEAR} to ${LAST_YEAR}` });
    return undefined;
  };
  const query: AuditQuery = {
    page: input.whole(q.page, '/page', 1, 1_000_000),
    perPage: input.whole(q.perPage, '/perPage', 50, 200),
    action: q.action === undefined ? undefined : input.oneOf(q.action, '/action', AUDIT_ACTIONS),
    actor: input.optionalText(q.actor, '/actor', { min: 1, max: 200 }),
    entity: input.optionalText(q.entity, '/entity', { min: 1, max: 64 }),
    from: day('from'),
    to: day('to'),
  };
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    input.add('/to', { 'zh-CN': `不得早于 from（${query.from}）`, en: `must not be before from (${query.from})` });
  }
  input.done('invalid-query');
  return query;
}

/**
 * The filter the database runs: an application's readable number becomes its id (`applicationIdOf`,
 * null when no application has it, and then the text is taken as an id of any kind), and the days
 * become instants where they start in the API's time zone (`startOf`, the Clock's): `to` is the
 * start of the day after, exclusive.
 */
export function auditLogFilter(query: AuditQuery, applicationId: string | null, startOf: (day: string) => string): AuditLogFilter {
  return {
    action: query.action,
    actor: query.actor,
    entity: query.entity === undefined ? undefined : applicationId ? { id: applicationId, types: ['application'] } : { id: query.entity, types: AUDIT_ENTITY_TYPES },
    from: query.from === undefined ? undefined : startOf(query.from),
    before: query.to === undefined ? undefined : startOf(nextDay(query.to)),
  };
}
