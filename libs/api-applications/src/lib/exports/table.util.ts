import { Readable } from 'node:stream';

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

/** One CSV line, ended by CRLF. */
export function csvLine<T>(columns: ExportColumn<T>[], row: T): string {
  return `${columns.map((c) => csvCell(c.value(row))).join(',')}\r\n`;
}

/**
 * The CSV file as it streams: a BOM (so spreadsheets read UTF-8 Chinese) and the headings, then
 * one piece per page of rows, read only when the client takes the previous one.
 */
export function csvStream<T>(columns: ExportColumn<T>[], pages: AsyncIterable<T[]>): Readable {
  async function* pieces() {
    yield `\ufeff${columns.map((c) => csvCell(c.heading)).join(',')}\r\n`;
    for await (const page of pages) yield page.map((row) => csvLine(columns, row)).join('');
  }
  return Readable.from(pieces(), { objectMode: false });
}
