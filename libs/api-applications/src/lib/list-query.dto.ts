import { APPLICATION_SORT_FIELDS } from '@pioneer/contracts';
import { Errors } from '@pioneer/api-core';
import { type ApplicationStatus, APPLICATION_STATUSES, isApplicationStatus } from './application-status';

/** Columns a list may be sorted by. */
/** Sortable record columns (named once, in @pioneer/contracts). */
export const SORTABLE = APPLICATION_SORT_FIELDS;

export interface ListQuery {
  page: number;
  perPage: number;
  status?: ApplicationStatus;
  /** Only this applicant's (credit code). */
  applicantId?: string;
  district?: string;
  sort: (typeof SORTABLE)[number];
  order: 'ASC' | 'DESC';
}

export const MAX_PER_PAGE = 100;

const one = (value: unknown): string | undefined => {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
};

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    throw Errors.badRequest('invalid-query', `查询参数 ${name} 须为 1 到 ${max} 之间的整数`, `The query parameter ${name} must be a whole number from 1 to ${max}`);
  }
  return value;
}

/**
 * Reads `?page=1&perPage=25&status=&sort=createdAt&order=DESC` (plus `applicantId`, `district`);
 * a bad value is a 400 naming the parameter and what it accepts. Unknown parameters are ignored.
 */
export function parseListQuery(query: Record<string, unknown> | undefined): ListQuery {
  const q = query ?? {};
  const status = one(q.status);
  if (status !== undefined && !isApplicationStatus(status)) {
    throw Errors.badRequest('invalid-query', `status 须为以下之一：${APPLICATION_STATUSES.join('、')}`, `status must be one of: ${APPLICATION_STATUSES.join(', ')}`);
  }
  const sort = one(q.sort) ?? 'createdAt';
  if (!(SORTABLE as readonly string[]).includes(sort)) {
    throw Errors.badRequest('invalid-query', `sort 须为以下之一：${SORTABLE.join('、')}`, `sort must be one of: ${SORTABLE.join(', ')}`);
  }
  const order = (one(q.order) ?? 'DESC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw Errors.badRequest('invalid-query', 'order 须为 ASC 或 DESC', 'order must be ASC or DESC');
  return {
    page: wholeNumber('page', one(q.page), 1, 1_000_000),
    perPage: wholeNumber('perPage', one(q.perPage), 25, MAX_PER_PAGE),
    status,
    applicantId: one(q.applicantId),
    district: one(q.district),
    sort: sort as ListQuery['sort'],
    order,
  };
}
