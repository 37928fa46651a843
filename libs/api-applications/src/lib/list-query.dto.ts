import { APPLICATION_SORT_FIELDS } from '@pioneer/contracts';
import { Errors, MAX_KEYWORD } from '@pioneer/api-core';
import type { ApiError } from '@pioneer/api-core';
import { type ApplicationStatus, APPLICATION_STATUSES, isApplicationStatus } from './application-status';

/** Sortable record columns (named once, in @pioneer/contracts). */
export const SORTABLE = APPLICATION_SORT_FIELDS;

/** One segment of a form-field path a list may be filtered on (also keeps it safe in SQL). */
export const DATA_PATH_SEGMENT = /^[A-Za-z][A-Za-z0-9]*$/;

/** Prefix of a query parameter that filters on a form field: `data.applicant.kind=enterprise`. */
export const DATA_FILTER_PREFIX = 'data.';

/** Query parameters the list reads besides `data.<path>` filters (the backoffice sends all of these). */
export const LIST_PARAMETERS = ['page', 'perPage', 'q', 'status', 'sort', 'order', 'applicantId', 'district'] as const;

/** Equality on one form field: the value at `path` (dot path under `data`) is `value`. */
export interface DataFilter {
  path: string;
  value: string;
}

export interface ListQuery {
  page: number;
  perPage: number;
  /** Keyword: the readable number or a listed text field contains it (case-blind). */
  q?: string;
  status?: ApplicationStatus;
  /** Only this applicant's (credit code). */
  applicantId?: string;
  district?: string;
  /** Equality filters on form fields the measure marks filterable. */
  dataFilters: DataFilter[];
  sort: (typeof SORTABLE)[number];
  order: 'ASC' | 'DESC';
}

export const MAX_PER_PAGE = 100;

/** A 400 about one query parameter, naming it in the message and by JSON pointer (`/q`, `/status`…) in `issues`. */
function badParameter(name: string, zh: string, en: string): ApiError {
  return Errors.badRequest('invalid-query', zh, en, [{ pointer: `/${name}`, message: { 'zh-CN': zh, en } }]);
}

const one = (value: unknown): string | undefined => {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
};

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    throw badParameter(name, `查询参数 ${name} 须为 1 到 ${max} 之间的整数`, `The query parameter ${name} must be a whole number from 1 to ${max}`);
  }
  return value;
}

/** Whether a dot path is made only of plain segments (letters, then letters or digits). */
export const isSafeDataPath = (path: string): boolean => path.split('.').every((segment) => DATA_PATH_SEGMENT.test(segment));

function unknownParameter(name: string, filterFields: readonly string[]): never {
  const data = filterFields.map((field) => `${DATA_FILTER_PREFIX}${field}`);
  const all = [...LIST_PARAMETERS, ...data];
  const filtersZh = data.length ? data.join('、') : '（本措施没有可筛选的表单字段）';
  const filtersEn = data.length ? data.join(', ') : '(this measure has no filterable form fields)';
  throw badParameter(
    name,
    `不支持查询参数 ${name}。可用的参数：${all.join('、')}；可筛选的表单字段：${filtersZh}`,
    `The query parameter ${name} is not supported. Parameters: ${all.join(', ')}; form-field filters: ${filtersEn}`,
  );
}

/**
 * Reads `?page=1&perPage=25&q=&status=&sort=createdAt&order=DESC` (plus `applicantId`, `district`)
 * and `data.<path>=<value>` equality filters on the form fields in `filterFields` (the measure's
 * catalogue entry). A bad value, a `data.*` filter on any other field, or any other parameter is
 * a 400 naming the parameter and what exists. An empty value is no filter (react-admin sends `status=`).
 */
export function parseListQuery(query: Record<string, unknown> | undefined, filterFields: readonly string[] = []): ListQuery {
  const q = query ?? {};
  const dataFilters: DataFilter[] = [];
  for (const name of Object.keys(q)) {
    if ((LIST_PARAMETERS as readonly string[]).includes(name)) continue;
    const path = name.startsWith(DATA_FILTER_PREFIX) ? name.slice(DATA_FILTER_PREFIX.length) : undefined;
    if (path === undefined || !filterFields.includes(path) || !isSafeDataPath(path)) unknownParameter(name, filterFields);
    const value = one(q[name]);
    if (value !== undefined) dataFilters.push({ path, value });
  }
  const keyword = one(q.q)?.trim();
  if (keyword !== undefined && keyword.length > MAX_KEYWORD) {
    throw badParameter('q', `查询参数 q 最多 ${MAX_KEYWORD} 个字符`, `The query parameter q takes at most ${MAX_KEYWORD} characters`);
  }
  const status = one(q.status);
  if (status !== undefined && !isApplicationStatus(status)) {
    throw badParameter('status', `status 须为以下之一：${APPLICATION_STATUSES.join('、')}`, `status must be one of: ${APPLICATION_STATUSES.join(', ')}`);
  }
  const sort = one(q.sort) ?? 'createdAt';
  if (!(SORTABLE as readonly string[]).includes(sort)) {
    throw badParameter('sort', `sort 须为以下之一：${SORTABLE.join('、')}`, `sort must be one of: ${SORTABLE.join(', ')}`);
  }
  const order = (one(q.order) ?? 'DESC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw badParameter('order', 'order 须为 ASC 或 DESC', 'order must be ASC or DESC');
  return {
    page: wholeNumber('page', one(q.page), 1, 1_000_000),
    perPage: wholeNumber('perPage', one(q.perPage), 25, MAX_PER_PAGE),
    q: keyword || undefined,
    status,
    applicantId: one(q.applicantId),
    district: one(q.district),
    dataFilters,
    sort: sort as ListQuery['sort'],
    order,
  };
}
