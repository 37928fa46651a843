import type { Label } from '@pioneer/engine';
import type { FieldIR, MeasureIR, PolicyIR } from '../../ir/ir.types';

/**
 * Naming shared by the admin emitter's files. The react-admin record of an application keeps the
 * form under `data`, so a form field's source is `data.<path>` and, by react-admin's convention,
 * its label key is `resources.<code>.fields.data.<path>`.
 */
export const ADMIN_ROOT = 'apps/admin/src/generated';

export const fieldSource = (path: string): string => `data.${path}`;

export const enumKey = (code: string, path: string, value: unknown): string => `resources.${code}.enums.${path}.${String(value)}`;

export const sectionKey = (policy: string, section: string): string => `pioneer.sections.${policy}.${section}`;

export const policyKey = (policy: string): string => `pioneer.policies.${policy}`;

/** The MUI icon a measure names in `x-ui.icon`, or a generic document icon. */
export function iconOf(m: MeasureIR): string {
  const ui = m.schema['x-ui'] as { icon?: unknown } | undefined;
  return typeof ui?.icon === 'string' && /^[A-Za-z]+$/.test(ui.icon) ? ui.icon : 'Description';
}

/** Measures with a form, in menu order: declared order, then clause (numeric-aware), then code. */
export function resourceMeasures(measures: MeasureIR[]): MeasureIR[] {
  return measures
    .filter((m) => m.hasForm)
    .slice()
    .sort((a, b) => a.order - b.order || a.clause.localeCompare(b.clause, 'en', { numeric: true }) || a.names.code.localeCompare(b.names.code));
}

/** A field by path; list and filter hints only name paths that exist, but be explicit if not. */
export function fieldOf(m: MeasureIR, path: string): FieldIR {
  const field = m.fields.find((f) => f.path === path);
  if (!field) throw new Error(`${m.sourceFile}: list or filter field '${path}' is not a field of the form`);
  return field;
}

/**
 * Fields of the record every application has, whatever its measure (the API's ApplicationRecord):
 * labelled per resource so react-admin's default labels resolve.
 */
export const RECORD_FIELDS: Record<string, Label> = {
  id: { 'zh-CN': '编号', en: 'Id' },
  status: { 'zh-CN': '状态', en: 'Status' },
  amount: { 'zh-CN': '资助金额', en: 'Award' },
  submittedAt: { 'zh-CN': '提交时间', en: 'Submitted' },
  createdAt: { 'zh-CN': '创建时间', en: 'Created' },
  updatedAt: { 'zh-CN': '更新时间', en: 'Updated' },
  version: { 'zh-CN': '版本', en: 'Version' },
  applicantId: { 'zh-CN': '申请主体标识', en: 'Applicant id' },
  district: { 'zh-CN': '所在区', en: 'District' },
  decision: { 'zh-CN': '评估结果', en: 'Decision' },
};

/**
 * The policy's `subjects` (record column → form path, e.g. applicantId → applicant.creditCode):
 * every application record carries these as columns, which the API filters on.
 */
export function subjectsOf(policy: PolicyIR): Record<string, string> {
  const subjects = (policy.bundle.policy as { subjects?: Record<string, unknown> } | undefined)?.subjects ?? {};
  return Object.fromEntries(Object.entries(subjects).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
