import { Errors } from '@pioneer/api-core';

/** A `year` query parameter: four digits from 2000 to 2100, or `fallback` when absent. */
export function parseYear(raw: unknown, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const year = Number(raw);
  if (!/^\d{4}$/.test(String(raw)) || year < 2000 || year > 2100) throw Errors.badRequest('invalid-query', 'year 须为四位年份，如 2025', 'year must be a four-digit year such as 2025');
  return year;
}
