import type { ListQuery } from '@pioneer/sdk';
import type { GetListParams } from 'react-admin';

/** `{ data: { applicant: { kind: 'x' } } }` → `{ 'data.applicant.kind': 'x' }`: filters on form fields. */
export function flattenFilter(filter: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flattenFilter(value as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = String(value);
  }
  return out;
}

/**
 * Page, sort and filters as the API's list query reads them. Filters on record columns (status,
 * applicantId, district) are the API's; filters on form fields go as `data.<path>=value`.
 */
export function listQuery(params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>): ListQuery {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const { field = 'createdAt', order = 'DESC' } = params.sort ?? {};
  return { page, perPage, sort: field as ListQuery['sort'], order: order === 'ASC' ? 'ASC' : 'DESC', ...flattenFilter(params.filter ?? {}) };
}
