import { type ApiIssue, Errors } from '@pioneer/api-core';
import type { ValidationIssue } from '@pioneer/engine';

/**
 * What a draft may still lack: values not yet given (required), lists not yet long enough.
 * Every value a draft does hold must already be valid for its field.
 */
const INCOMPLETE_KEYWORDS = new Set(['required', 'dependentRequired', 'minItems', 'minProperties']);

export const toIssue = (issue: ValidationIssue): ApiIssue => ({ pointer: issue.pointer, message: issue.message });

/** The body as a form object, or a 400 saying to send one. */
export function formBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw Errors.badRequest('invalid-body', '请求体须为申请表的 JSON 对象', 'The body must be the application form as a JSON object', [
      { pointer: '', message: { 'zh-CN': '须为 JSON 对象', en: 'must be a JSON object' } },
    ]);
  }
  return body as Record<string, unknown>;
}

/**
 * The issues that stop a draft from being saved. A draft may be incomplete (missing values are
 * reported at submission), but it may hold only the form's own fields (status, amount and other
 * server-owned fields are never part of a form), and each value present must be valid for its
 * field: type, format, length, range, enum, const; money a non-negative whole number of fen.
 */
export function draftIssues(issues: ValidationIssue[]): ApiIssue[] {
  return issues.filter((issue) => !INCOMPLETE_KEYWORDS.has(issue.keyword)).map(toIssue);
}

/** `?asOf=YYYY-MM-DD` (a real date), or the fallback. */
export function parseAsOf(raw: unknown, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  const value = String(raw);
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw Errors.badRequest('invalid-query', 'asOf 须为日期，格式 YYYY-MM-DD（如 2025-06-01）', 'asOf must be a date written YYYY-MM-DD (e.g. 2025-06-01)');
  }
  return value;
}

/** The Idempotency-Key header: 1–200 visible ASCII characters, or absent. */
export function parseIdempotencyKey(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(value)) {
    throw Errors.badRequest('invalid-idempotency-key', 'Idempotency-Key 须为 1 到 200 个可见 ASCII 字符（建议使用 UUID）', 'Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice)');
  }
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can name an application at all (anything else is simply not found). */
export const isApplicationId = (id: string): boolean => UUID.test(id);
