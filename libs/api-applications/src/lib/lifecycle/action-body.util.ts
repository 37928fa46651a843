import { type ApiIssue, Errors, isStorableText } from '@pioneer/api-core';

type Json = Record<string, unknown>;

const issue = (pointer: string, zh: string, en: string): ApiIssue => ({ pointer, message: { 'zh-CN': zh, en } });

/**
 * The body of a lifecycle action: a JSON object holding only the fields that action takes, so no
 * client can set status, amounts, applicant or reviewer by adding a field (mass assignment).
 */
export function actionBody(body: unknown, allowed: readonly string[]): Json {
  const data = body === undefined || body === null ? {} : body;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw Errors.badRequest('invalid-body', '请求体须为 JSON 对象', 'The body must be a JSON object', [issue('', '须为 JSON 对象', 'must be a JSON object')]);
  }
  const extra = Object.keys(data).filter((key) => !allowed.includes(key));
  if (extra.length) {
    const list = allowed.length ? allowed.join(', ') : '—';
    throw Errors.validation(extra.slice(0, 20).map((key) => issue(`/${key.slice(0, 64)}`, `不是本操作的字段，请删除（可用字段：${list}）`, `is not a field of this action; remove it (fields: ${list})`)));
  }
  return data as Json;
}

/** A text field of an action: required or optional, trimmed, 2–2000 characters of storable text. */
export function textField(body: Json, key: string, required: boolean): string | null {
  const value = body[key];
  if (value === undefined || value === null || value === '') {
    if (!required) return null;
    throw Errors.validation([issue(`/${key}`, '为必填项：请写明理由，申请人会看到它', 'is required: give the reason in words; the applicant will see it')]);
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 2 || text.length > 2000 || !isStorableText(text)) {
    throw Errors.validation([issue(`/${key}`, '须为 2 到 2000 个字符的文字', 'must be text of 2 to 2000 characters')]);
  }
  return text;
}

/** A positive whole amount of fen, at most `max`. */
export function fenField(body: Json, key: string, max: number): number {
  const value = body[key];
  if (!Number.isSafeInteger(value) || (value as number) <= 0 || (value as number) > max) {
    throw Errors.validation([issue(`/${key}`, `须为 1 到 ${max} 之间的整数（单位：分）`, `must be a whole number of fen from 1 to ${max}`)]);
  }
  return value as number;
}
