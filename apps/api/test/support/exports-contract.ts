/* eslint-disable @typescript-eslint/no-explicit-any -- spreadsheet rows are untyped */
import type { AddressInfo } from 'node:net';
import { EXPORT_PAGE_ROWS } from '@pioneer/api-applications';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { csvRows, seedExportRows } from './export-rows';
import { getPath, type MeasureFixture, otherApplicantId, pickMeasure } from './measure-fixture';

/** More rows than two pages of an export, and not a whole number of pages. */
const ROWS = EXPORT_PAGE_ROWS * 2 + 345;

/**
 * Exports of more rows than one read takes, on a real database: every row once, in order, from
 * one snapshot; streamed, so while a client is still taking the file (here: not reading at all
 * for a while) the API goes on answering reads and writes.
 */
export function describeExportsContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`exports of many applications on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let origin: string;
    const expected: Array<{ number: string; amount: number }> = [];

    beforeAll(async () => {
      m = pickMeasure(TODAY);
      db = await createDatabase();
      api = await startApi(testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0EXPORT')));
      expected.push(...(await seedExportRows(api.app.get(DataSource), m, ROWS)));
      await api.app.listen(0, '127.0.0.1');
      origin = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    }, 120000);

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it('exports every application once, oldest first (ties by id), with amounts in yuan, as CSV and XLSX', async () => {
      const csv = await api.call('GET', `/api/exports/applications?measure=${m.code}`, { token: TOKENS.admin });
      expect(csv.status).toBe(200);
      expect(csvRows(csv.text).map((cells) => [cells[0], Number(cells[5])])).toEqual(expected.map((e) => [e.number, e.amount / 100]));
      const xlsx = await api.app.inject({ method: 'GET', url: `/api/exports/applications?measure=${m.code}&format=xlsx`, headers: { authorization: `Bearer ${TOKENS.admin}` } });
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect((sheet.getRow(1).values as any[]).slice(1, 3)).toEqual(['申请编号', '措施']);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      const data = (sheet.getSheetValues() as any[]).slice(2);
      expect(data.map((r) => [r[1], r[6]])).toEqual(expected.map((e) => [e.number, e.amount / 100]));
      expect(sheet.getRow(2).getCell(6).numFmt).toBe('#,##0.00');
    });

    it('refuses an export of more rows than PIONEER_EXPORT_MAX_ROWS before sending anything, saying how to narrow it', async () => {
      const strict = await startApi({ ...testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0EXPORT')), exportMaxRows: EXPORT_PAGE_ROWS });
      try {
        const refused = await strict.call('GET', `/api/exports/applications?measure=${m.code}&format=xlsx`, { token: TOKENS.admin });
        expect([refused.status, refused.body.error]).toEqual([400, 'export-too-large']);
        expect(refused.body.message['zh-CN']).toContain(`共 ${ROWS.toLocaleString('en-US')} 行`);
        expect(refused.body.message['zh-CN']).toContain('请按预算年度（year）分别导出');
        expect(refused.body.message.en).toContain('export one budget year at a time');
        // Narrowed to a year with no rows, the same export goes through.
        const narrowed = await strict.call('GET', `/api/exports/applications?measure=${m.code}&year=2031`, { token: TOKENS.admin });
        expect([narrowed.status, csvRows(narrowed.text)]).toEqual([200, []]);
      } finally {
        await strict.close();
      }
    });

    it('keeps answering reads and writes while a client is still taking an export, which holds the rows as they were when it began', async () => {
      const response = await fetch(`${origin}/api/exports/applications?measure=${m.code}`, { headers: { authorization: `Bearer ${TOKENS.admin}` } });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      // Until the first rows are in: the export's snapshot is taken by then.
      while (!text.includes('\r\nEXP-')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      // The client takes nothing more for now; meanwhile other requests are served as usual.
      const created = await api.call('POST', `/api/measures/${m.code}/applications`, { token: TOKENS.applicantA, body: m.example });
      expect(created.status).toBe(201);
      const list = await api.call('GET', `/api/measures/${m.code}/applications?perPage=5`, { token: TOKENS.admin });
      expect([list.status, list.body.total]).toEqual([200, ROWS + 1]);
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      expect(csvRows(text).map((cells) => cells[0])).toEqual(expected.map((e) => e.number));
    });
  });
}
