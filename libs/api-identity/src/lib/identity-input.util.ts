import { InputReader, MAX_KEYWORD } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';

/** Reads request bodies field by field with JSON pointers (api-core's, shared with the audit log's query). */
export { InputReader };

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** A registry list's page, its filters and its keyword (`q`, trimmed; absent when blank). */
export interface RegistryPage {
  page: number;
  perPage: number;
  filters: Record<string, string>;
  keyword?: string;
}

/** `?page=&perPage=&q=` of the admin lists, plus the `allowed` filters: 1-based page, at most 100 a page. */
export function pageOf(query: Record<string, unknown> | undefined, allowed: readonly string[]): RegistryPage {
  const input = new InputReader();
  const q = query ?? {};
  input.object(q, '', ['page', 'perPage', 'q', ...allowed]);
  const page = input.whole(q.page, '/page', 1, 100_000);
  const perPage = input.whole(q.perPage, '/perPage', 25, 100);
  const filters: Record<string, string> = {};
  for (const key of allowed) {
    const value = q[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.length >= 1 && value.length <= 64) filters[key] = value;
    else input.add(`/${key}`, label('须为 1 到 64 个字符', 'must be 1 to 64 characters'));
  }
  const keyword = keywordOf(input, q.q);
  input.done();
  return { page, perPage, filters, ...(keyword ? { keyword } : {}) };
}

/** `q`: one text of at most MAX_KEYWORD characters once trimmed; blank is no search (react-admin may send `q=`). */
function keywordOf(input: InputReader, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const keyword = typeof value === 'string' ? value.trim() : undefined;
  if (keyword !== undefined && keyword.length <= MAX_KEYWORD) return keyword || undefined;
  input.add('/q', label(`须为最多 ${MAX_KEYWORD} 个字符的检索词`, `must be one keyword of at most ${MAX_KEYWORD} characters`));
  return undefined;
}
