/** A column of an export: its zh-CN heading, and whether it holds yuan (from integer fen). */
export interface ExportColumn<T> {
  heading: string;
  value: (row: T) => string | number | null;
  yuan?: true;
}

/** Fen as a yuan amount with two decimals, as a number (spreadsheets compute with it). */
export const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);

/**
 * A CSV cell: quoted when needed, and a leading = + - @ (or tab, CR) made inert with a quote,
 * so opening the file in a spreadsheet never runs a formula an applicant typed.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole CSV text: a BOM (so spreadsheets read UTF-8 Chinese), the headings, one line per row. */
export function toCsv<T>(columns: ExportColumn<T>[], rows: T[]): string {
  const lines = [columns.map((c) => csvCell(c.heading)).join(','), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
