import { randomUUID } from 'node:crypto';
import { ApplicationEntity } from '@pioneer/api-core';
import type { DataSource, QueryDeepPartialEntity } from 'typeorm';
import { type MeasureFixture, otherApplicantId } from './measure-fixture';

/**
 * `count` submitted applications of the measure, written straight to the table (thousands of
 * submits through the API would test nothing more in an export suite), in the order an export
 * gives them: oldest first, ties by id (several rows share a creation time).
 */
export async function seedExportRows(source: DataSource, m: MeasureFixture, count: number): Promise<Array<{ number: string; amount: number }>> {
  const rows = Array.from({ length: count }, (_, i) =>
    Object.assign(new ApplicationEntity(), {
      id: randomUUID(),
      policy: m.policy.info.code,
      number: `EXP-${String(i).padStart(6, '0')}`,
      measure: m.code,
      status: 'submitted',
      version: null,
      applicantId: otherApplicantId(`EX${i}`),
      district: null,
      data: {},
      decision: null,
      amount: 100_000 + i,
      idempotencyKey: null,
      revision: 1,
      submittedAt: `2025-05-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
      createdAt: `2025-05-01T${String(Math.floor(i / 7) % 24).padStart(2, '0')}:${String(Math.floor(i / 168) % 60).padStart(2, '0')}:00.000Z`,
      updatedAt: '2025-05-01T00:00:00.000Z',
      approvedAmount: null,
      paidAmount: 0,
      budgetCode: null,
      budgetYear: null,
      statusReason: null,
    }),
  );
  for (let i = 0; i < rows.length; i += 200) await source.manager.insert(ApplicationEntity, rows.slice(i, i + 200) as QueryDeepPartialEntity<ApplicationEntity>[]);
  const sorted = [...rows].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
  return sorted.map((r) => ({ number: r.number!, amount: r.amount! }));
}

/** The data rows of an export's CSV (BOM and headings dropped), split into cells. */
export const csvRows = (text: string): string[][] =>
  text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));

/** The cell values of an XLSX export's data rows (headings dropped), first sheet. */
export async function xlsxRows(file: Buffer): Promise<unknown[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  return (book.worksheets[0].getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1));
}

/** Asks `read` again (every 50 ms) until `done` holds of its answer; fails after `limitMs` with the last answer. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${limitMs} ms: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
