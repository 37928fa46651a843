/**
 * A calendar day typed as text, read the same way whatever the browser's language: the native
 * date input would show (and expect) the browser's format, mm/dd/yyyy on an English machine,
 * while the backoffice speaks the language its user chose.
 */

/** What a day field holds: a day (YYYY-MM-DD), nothing, or text that is not yet a day. */
export type DayText = { day: string } | { empty: true } | { invalid: true };

/** Year, month, day in the order people write them in both languages: 2025-06-01, 2025/6/1, 2025.6.1, 2025年6月1日, 20250601. */
const WRITTEN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** Reads typed text as a day (YYYY-MM-DD), checking that the day exists (no 2025-02-30). */
export function parseDayText(text: string): DayText {
  const trimmed = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (trimmed === '') return { empty: true };
  const match = WRITTEN.exec(trimmed) ?? COMPACT.exec(trimmed);
  if (!match) return { invalid: true };
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { invalid: true };
  return { day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
