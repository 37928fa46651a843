import { PassThrough, type Readable } from 'node:stream';
import type { ExportColumn } from './table.util';

const ROWS_BETWEEN_YIELDS = 100;

/**
 * The rows as one XLSX sheet, streamed as the pages come (exceljs's streaming writer: each row is
 * written out and dropped, never the whole book in memory): bold headings, yuan columns formatted
 * with thousands separators. Text never becomes a formula: exceljs writes strings as strings.
 * exceljs is loaded on the first XLSX export, not at start (it is ~175 ms and ~25 MiB of a cold start).
 * A failure half-way (or the client leaving) destroys the stream, so nobody gets a cut-off file as whole.
 */
export function xlsxStream<T>(sheet: string, columns: ExportColumn<T>[], pages: AsyncIterable<T[]>): Readable {
  const out = new PassThrough();
  const write = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    book.creator = 'Pioneer';
    const ws = book.addWorksheet(sheet);
    ws.columns = columns.map((c) => ({ header: c.heading, width: Math.max(12, c.heading.length * 2 + 4), style: c.yuan ? { numFmt: '#,##0.00' } : {} }));
    ws.getRow(1).font = { bold: true };
    for await (const page of pages) {
      for (let i = 0; i < page.length; i++) {
        if (out.destroyed) return;
        ws.addRow(columns.map((c) => c.value(page[i]))).commit();
        // Writing a row (and zipping it) is slower than reading it: let other requests in often.
        if (i % ROWS_BETWEEN_YIELDS === ROWS_BETWEEN_YIELDS - 1) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    ws.commit();
    await book.commit();
  };
  write().catch((error: Error) => out.destroy(error));
  return out;
}
