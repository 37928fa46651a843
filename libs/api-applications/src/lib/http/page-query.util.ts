import { Errors } from '@pioneer/api-core';

/** A `page` or `perPage` query parameter: a whole number from 1 to `max`, `fallback` when absent; else a 400 naming it. */
export function parsePage(raw: unknown, fallback: number, max: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(String(raw)) || value < 1 || value > max) throw Errors.badRequest('invalid-query', `${name} 须为 1 到 ${max} 之间的整数`, `${name} must be a whole number from 1 to ${max}`);
  return value;
}
