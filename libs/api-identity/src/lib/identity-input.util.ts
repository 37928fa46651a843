import { InputReader } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';

/** Reads request bodies field by field with JSON pointers (api-core's, shared with the audit log's query). */
export { InputReader };

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** `?page=&perPage=` of the admin lists: 1-based page, at most 100 a page. */
export function pageOf(query: Record<string, unknown> | undefined, allowed: readonly string[]): { page: number; perPage: number; filters: Record<string, string> } {
  const input = new InputReader();
  const q = query ?? {};
  input.object(q, '', ['page', 'perPage', ...allowed]);
  const page = input.whole(q.page, '/page', 1, 100_000);
  const perPage = input.whole(q.perPage, '/perPage', 25, 100);
  const filters: Record<string, string> = {};
  for (const key of allowed) {
    const value = q[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.length >= 1 && value.length <= 64) filters[key] = value;
    else input.add(`/${key}`, label('须为 1 到 64 个字符', 'must be 1 to 64 characters'));
  }
  input.done();
  return { page, perPage, filters };
}
