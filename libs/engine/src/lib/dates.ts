/** Calendar-date helpers on YYYY-MM-DD strings (Beijing dates; no time zone arithmetic needed). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(text: unknown): text is string {
  return typeof text === 'string' && text.length === 10 && DATE.test(text);
}

// Slices rather than a regex match: dates are read on every evaluation, and are checked first.
function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Whole months from `from` to `to` (negative when `to` is earlier). 2024-01-31 → 2024-02-29 is 0. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (months > 0 && d2 < d1) months -= 1;
  if (months < 0 && d2 > d1) months += 1;
  return months;
}

/** Days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * The date `months` calendar months after `date` (before, when negative), clamped to the end of a
 * shorter month: 2024-01-31 + 1 → 2024-02-29. Lets a rule compare dates ("registered 6 to 48
 * months ago") instead of rounding a month count down.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}

/** The budget year of a date: the Chinese fiscal year is the calendar year. */
export function budgetYear(date: string): number {
  return parts(date)[0];
}
