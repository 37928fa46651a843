import type { ExportFormat, ExportRequest } from '@pioneer/api-applications';
import { InputReader } from '@pioneer/api-core';

const KINDS = ['applications', 'ledger'] as const;
const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];
/** As the GET route's `ids`: the rows a list page can select. */
const MAX_IDS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = { min: 1, max: 100, pattern: /^[A-Za-z0-9._-]+$/, hint: { 'zh-CN': '仅含字母、数字、点、下划线和连字符', en: 'of letters, digits, dots, underscores and hyphens' } };

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * The body of `POST /api/export-jobs`: `kind` and the parameters of the GET route of that kind
 * (applications: measure, year?, ids?; ledger: policy, budget, year), `format` csv (default) or
 * xlsx. Every problem is reported at once by JSON pointer; `isMeasure` says whether a measure
 * code is one of the policies' (an unknown one is named at /measure).
 */
export function parseExportJobRequest(body: unknown, isMeasure: (code: string) => boolean): ExportRequest {
  const input = new InputReader();
  const kind = body && typeof body === 'object' && !Array.isArray(body) ? input.oneOf((body as Record<string, unknown>).kind, '/kind', KINDS) : undefined;
  const fields = kind === 'ledger' ? ['kind', 'policy', 'budget', 'year', 'format'] : ['kind', 'measure', 'year', 'ids', 'format'];
  const object = input.object(body, '', fields);
  // Not an object: nothing more to say about its fields.
  if (!object) input.done('invalid-input');
  const data = object!;
  const format = data.format === undefined ? 'csv' : input.oneOf(data.format, '/format', FORMATS);
  const year = data.year === undefined && kind !== 'ledger' ? undefined : yearOf(input, data.year);
  if (kind === 'ledger') {
    const policy = input.text(data.policy, '/policy', CODE);
    const budget = input.text(data.budget, '/budget', CODE);
    input.done('invalid-input');
    return { kind, policy: policy!, budget: budget!, year: year!, format: format! };
  }
  const measure = input.text(data.measure, '/measure', CODE);
  if (measure !== undefined && !isMeasure(measure)) input.add('/measure', label(`没有措施 ${measure}：措施代码见 /api/measures`, `no measure ${measure}: see /api/measures for the codes`));
  const ids = data.ids === undefined ? undefined : idsOf(input, data.ids);
  input.done('invalid-input');
  return { kind: 'applications', measure: measure!, format: format!, ...(year === undefined ? {} : { year }), ...(ids ? { ids } : {}) };
}

function yearOf(input: InputReader, value: unknown): number | undefined {
  if (Number.isInteger(value) && (value as number) >= 2000 && (value as number) <= 2100) return value as number;
  input.add('/year', label('须为 2000 到 2100 之间的四位年份（数字，如 2025）', 'must be a four-digit year from 2000 to 2100 (a number, such as 2025)'));
  return undefined;
}

function idsOf(input: InputReader, value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_IDS) {
    input.add('/ids', label(`须为 1 到 ${MAX_IDS} 个申请 id 的列表；导出整个措施时请省略 ids`, `must be a list of 1 to ${MAX_IDS} application ids; leave ids out to export the whole measure`));
    return undefined;
  }
  const bad = value.findIndex((id) => typeof id !== 'string' || !UUID.test(id));
  if (bad >= 0) {
    input.add(`/ids/${bad}`, label('须为申请 id（UUID），请从列表中选择申请', 'must be an application id (a UUID): pick the applications from the list'));
    return undefined;
  }
  return value.map((id: string) => id.toLowerCase());
}
