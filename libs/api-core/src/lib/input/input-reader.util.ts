import type { Label } from '@pioneer/engine';
import { type ApiIssue, Errors } from '../errors/api-error';

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/**
 * Reads a request body field by field, collecting every problem with the field's JSON pointer,
 * then throws one 400 naming them all. Objects may hold only the fields named: anything else
 * (role, passwordHash, organisationId where they are not the caller's to set) is refused, not
 * ignored, so a client learns at once that it tried to set what it may not.
 */
export class InputReader {
  readonly issues: ApiIssue[] = [];

  private problem(pointer: string, message: Label): undefined {
    this.issues.push({ pointer, message });
    return undefined;
  }

  /** The object at `pointer` holding only `allowed` fields, else undefined (and the issues). */
  object(value: unknown, pointer: string, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return this.problem(pointer, label('须为 JSON 对象', 'must be a JSON object'));
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.problem(`${pointer}/${escape(key)}`, label(`不是可填写的字段（可填写：${allowed.join('、')}）：请删除`, `is not a field you may set (fields: ${allowed.join(', ')}): remove it`));
    }
    return record;
  }

  /** A text of `min`–`max` characters, trimmed; `pattern` checks it further. */
  text(value: unknown, pointer: string, bounds: { min: number; max: number; pattern?: RegExp; hint?: Label }): string | undefined {
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text === undefined || text.length < bounds.min || text.length > bounds.max || (bounds.pattern && !bounds.pattern.test(text))) {
      const hint = bounds.hint ?? label('', '');
      return this.problem(pointer, label(`须为 ${bounds.min} 到 ${bounds.max} 个字符的文本${hint['zh-CN'] ? `，${hint['zh-CN']}` : ''}`, `must be text of ${bounds.min} to ${bounds.max} characters${hint.en ? `, ${hint.en}` : ''}`));
    }
    return text;
  }

  /** Like text, but absent (undefined) is fine. */
  optionalText(value: unknown, pointer: string, bounds: { min: number; max: number; pattern?: RegExp; hint?: Label }): string | undefined {
    return value === undefined ? undefined : this.text(value, pointer, bounds);
  }

  /** One of `values`. */
  oneOf<T extends string>(value: unknown, pointer: string, values: readonly T[]): T | undefined {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    return this.problem(pointer, label(`须为以下之一：${values.join('、')}`, `must be one of: ${values.join(', ')}`));
  }

  /** A real calendar date written YYYY-MM-DD. */
  date(value: unknown, pointer: string): string | undefined {
    const text = typeof value === 'string' ? value : '';
    const parsed = new Date(`${text}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text) return text;
    return this.problem(pointer, label('须为日期，格式 YYYY-MM-DD（如 2020-05-01）', 'must be a date written YYYY-MM-DD (e.g. 2020-05-01)'));
  }

  boolean(value: unknown, pointer: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.problem(pointer, label('须为 true 或 false', 'must be true or false'));
  }

  /** A whole number from 1 to `max` written in digits (a query parameter), `fallback` when absent. */
  whole(value: unknown, pointer: string, fallback: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && /^\d{1,7}$/.test(value) && Number(value) >= 1 && Number(value) <= max) return Number(value);
    this.problem(pointer, label(`须为 1 到 ${max} 的整数`, `must be a whole number from 1 to ${max}`));
    return fallback;
  }

  /** Adds a problem found by the caller (e.g. a credit code whose check character is wrong). */
  add(pointer: string, message: Label): void {
    this.problem(pointer, message);
  }

  /** Throws the 400 listing every problem, if there is one (`invalid-query` for a query string's). */
  done(code: 'invalid-input' | 'invalid-query' = 'invalid-input'): void {
    if (this.issues.length === 0) return;
    throw Errors.badRequest(
      code,
      `请求有 ${this.issues.length} 处问题：请按 issues 中所列字段修改后重试`,
      `The request has ${this.issues.length} problem(s): correct the fields listed in issues and send it again`,
      this.issues.slice(0, 50),
    );
  }
}

/** A JSON-pointer segment (RFC 6901), cut to 64 characters so a hostile key is not echoed whole. */
function escape(key: string): string {
  return key.slice(0, 64).replace(/~/g, '~0').replace(/\//g, '~1');
}
