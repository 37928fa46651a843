import type { ExportColumn } from './table.util';

/**
 * The rows as one XLSX sheet: bold headings, yuan columns formatted with thousands separators.
 * exceljs is loaded on the first XLSX export, not at start (it is ~175 ms and ~25 MiB of a cold start).
 */
export async function toXlsx<T>(sheet: string, columns: ExportColumn<T>[], rows: T[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Pioneer';
  const ws = book.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ header: c.heading, width: Math.max(12, c.heading.length * 2 + 4), style: c.yuan ? { numFmt: '#,##0.00' } : {} }));
  ws.getRow(1).font = { bold: true };
  // Text never becomes a formula: exceljs writes strings as strings.
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await book.xlsx.writeBuffer());
}
