/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { createHash } from 'node:crypto';
import { EXPORT_PAGE_ROWS } from '@pioneer/api-applications';
import { ATTACHMENT_STORAGE, type AttachmentStorage, StoredContentMissingError } from '@pioneer/api-attachments';
import { ExportWorker } from '@pioneer/api-export-jobs';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { csvRows, seedExportRows, until, xlsxRows } from './export-rows';
import { getPath, type MeasureFixture, otherApplicantId, pickMeasure } from './measure-fixture';

/** More rows than two pages, not a whole number of pages: progress is written page by page. */
const ROWS = EXPORT_PAGE_ROWS * 2 + 345;

/**
 * Exports as background jobs in one API process on a real database: the stored file is the
 * streamed GET's, byte for byte (CSV) or row for row (XLSX); progress is counted; a job is its
 * owner's alone; bad bodies are refused by JSON pointer; the per-user limit; expiry removes the file.
 */
export function describeExportJobs(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`export jobs on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    const expected: Array<{ number: string; amount: number }> = [];
    const config = () => testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0JOBS'));
    const job = (id: string, token = TOKENS.admin) => api.call('GET', `/api/export-jobs/${id}`, { token });
    const finished = async (id: string, token = TOKENS.admin) => (await until(() => job(id, token), (r) => ['done', 'failed'].includes(r.body?.status))).body;
    const fileOf = (id: string, token = TOKENS.admin) => api.app.inject({ method: 'GET', url: `/api/export-jobs/${id}/file`, headers: { authorization: `Bearer ${token}` } });

    beforeAll(async () => {
      m = pickMeasure(TODAY);
      db = await createDatabase();
      api = await startApi(config());
      expected.push(...(await seedExportRows(api.app.get(DataSource), m, ROWS)));
    }, 120000);

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it('stores the file the streamed GET gives for the same parameters (CSV byte for byte, XLSX row for row), with its progress, size and sha256', async () => {
      const started = await api.call('POST', '/api/export-jobs', { body: { kind: 'applications', measure: m.code } });
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ kind: 'applications', parameters: { measure: m.code }, format: 'csv', rowsWritten: 0 });
      expect(['queued', 'running', 'done']).toContain(started.body.status);
      const done = await finished(started.body.id);
      expect(done).toMatchObject({ status: 'done', rowsWritten: ROWS, rowsTotal: ROWS, reason: null, fileName: `applications-${m.code}.csv`, mediaType: 'text/csv; charset=utf-8' });
      const file = await fileOf(done.id);
      const streamed = await api.app.inject({ method: 'GET', url: `/api/exports/applications?measure=${m.code}`, headers: { authorization: `Bearer ${TOKENS.admin}` } });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(streamed.rawPayload)).toBe(true);
      expect(file.headers['content-disposition']).toContain(`filename="applications-${m.code}.csv"`);
      expect([done.size, done.sha256]).toEqual([file.rawPayload.length, createHash('sha256').update(file.rawPayload).digest('hex')]);
      expect(csvRows(file.rawPayload.toString()).map((cells) => cells[0])).toEqual(expected.map((e) => e.number));
      // Downloaded again later: the same file.
      expect((await fileOf(done.id)).rawPayload.equals(file.rawPayload)).toBe(true);

      const xlsx = await api.call('POST', '/api/export-jobs', { body: { kind: 'applications', measure: m.code, format: 'xlsx' } });
      const xlsxDone = await finished(xlsx.body.id);
      expect([xlsxDone.status, xlsxDone.rowsWritten]).toEqual(['done', ROWS]);
      const streamedXlsx = await api.app.inject({ method: 'GET', url: `/api/exports/applications?measure=${m.code}&format=xlsx`, headers: { authorization: `Bearer ${TOKENS.admin}` } });
      expect(await xlsxRows((await fileOf(xlsx.body.id)).rawPayload)).toEqual(await xlsxRows(streamedXlsx.rawPayload));
    });

    it("answers another user's job as not found, lists only the caller's own (newest first), and refuses applicants", async () => {
      const mine = await api.call('POST', '/api/export-jobs', { token: TOKENS.approver, body: { kind: 'ledger', policy: m.policy.info.code, budget: 'none', year: 2025 } });
      expect(mine.status).toBe(202);
      expect((await job(mine.body.id, TOKENS.admin)).status).toBe(404);
      expect((await fileOf(mine.body.id, TOKENS.admin)).statusCode).toBe(404);
      const done = await finished(mine.body.id, TOKENS.approver);
      expect([done.status, done.rowsTotal, done.fileName]).toEqual(['done', 0, 'ledger-none-2025.csv']);
      const approverList = await api.call('GET', '/api/export-jobs', { token: TOKENS.approver });
      expect([approverList.body.total, approverList.body.data.map((j: any) => j.id)]).toEqual([1, [mine.body.id]]);
      const adminList = await api.call('GET', '/api/export-jobs?perPage=1', { token: TOKENS.admin });
      expect(adminList.body.data).toHaveLength(1);
      expect(adminList.body.total).toBeGreaterThanOrEqual(2);
      expect(adminList.body.data[0].format).toBe('xlsx');
      expect(adminList.body.data.some((j: any) => j.id === mine.body.id)).toBe(false);
      expect((await api.call('POST', '/api/export-jobs', { token: TOKENS.applicantA, body: { kind: 'applications', measure: m.code } })).status).toBe(403);
      expect((await api.call('GET', '/api/export-jobs', { token: TOKENS.district })).status).toBe(403);
      expect((await job('not-a-uuid')).status).toBe(404);
    });

    it('refuses bad bodies with 400 naming each field by JSON pointer, and queues nothing', async () => {
      const before = (await api.call('GET', '/api/export-jobs')).body.total;
      const cases: Array<[unknown, string[]]> = [
        [{}, ['/kind', '/measure']],
        [[], ['']],
        [{ kind: 'applications', measure: 'no-such-measure' }, ['/measure']],
        [{ kind: 'applications', measure: m.code, year: '2025', format: 'pdf', status: 'done' }, ['/status', '/format', '/year']],
        [{ kind: 'applications', measure: m.code, ids: ['not-an-id'] }, ['/ids/0']],
        [{ kind: 'applications', measure: m.code, ids: [] }, ['/ids']],
        [{ kind: 'ledger', year: 1999 }, ['/year', '/policy', '/budget']],
      ];
      for (const [body, pointers] of cases) {
        const refused = await api.call('POST', '/api/export-jobs', { body });
        expect([refused.status, refused.body.error]).toEqual([400, 'invalid-input']);
        expect(refused.body.issues.map((i: any) => i.pointer).sort()).toEqual([...pointers].sort());
        for (const issue of refused.body.issues) expect(issue.message['zh-CN'] && issue.message.en).toBeTruthy();
      }
      expect((await api.call('GET', '/api/export-jobs?perPage=0')).status).toBe(400);
      expect((await api.call('GET', '/api/export-jobs')).body.total).toBe(before);
    });

    it('refuses more rows than PIONEER_EXPORT_MAX_ROWS up front, and past the per-user limit of queued jobs answers 429 saying what to do; a queued job has no file yet', async () => {
      const strict = await startApi({ ...config(), exportMaxRows: EXPORT_PAGE_ROWS, exportJobs: { ...config().exportJobs, workers: 0, perUser: 2 } });
      try {
        const large = await strict.call('POST', '/api/export-jobs', { token: TOKENS.approver, body: { kind: 'applications', measure: m.code } });
        expect([large.status, large.body.error]).toEqual([400, 'export-too-large']);
        expect(large.body.message.en).toContain('export one budget year at a time');
        const body = { kind: 'applications', measure: m.code, year: 2031 };
        const queued = await strict.call('POST', '/api/export-jobs', { token: TOKENS.approver, body });
        expect((await strict.call('POST', '/api/export-jobs', { token: TOKENS.approver, body })).status).toBe(202);
        const third = await strict.call('POST', '/api/export-jobs', { token: TOKENS.approver, body });
        expect([third.status, third.body.error]).toEqual([429, 'too-many-export-jobs']);
        expect(third.body.message['zh-CN']).toContain('请等其中一个完成后再发起');
        expect(third.body.message.en).toContain('start another once one of them is done');
        // Another user is not held back by it.
        expect((await strict.call('POST', '/api/export-jobs', { token: TOKENS.admin, body })).status).toBe(202);
        const notReady = await strict.call('GET', `/api/export-jobs/${queued.body.id}/file`, { token: TOKENS.approver });
        expect([notReady.status, notReady.body.error]).toEqual([409, 'export-not-ready']);
        expect(notReady.body.message.en).toContain('download it once its status is done');
      } finally {
        await strict.close();
      }
    });

    it('removes an expired file with its content, and then answers its download with 410', async () => {
      const started = await api.call('POST', '/api/export-jobs', { body: { kind: 'applications', measure: m.code, year: 2031 } });
      const done = await finished(started.body.id);
      expect((await fileOf(done.id)).statusCode).toBe(200);
      const source = api.app.get(DataSource);
      const [{ storage_key: key }] = await source.query(`SELECT "storage_key" FROM "export_jobs" WHERE "id" = '${done.id}'`);
      const storage = api.app.get<AttachmentStorage>(ATTACHMENT_STORAGE);
      await (await storage.open(key)).destroy();
      await source.query(`UPDATE "export_jobs" SET "expires_at" = '2000-01-01T00:00:00.000Z' WHERE "id" = '${done.id}'`);
      expect(await api.app.get(ExportWorker).sweep()).toBeGreaterThanOrEqual(1);
      expect((await job(done.id)).body).toMatchObject({ status: 'expired' });
      const gone = await fileOf(done.id);
      expect([gone.statusCode, gone.json().error]).toEqual([410, 'export-expired']);
      await expect(storage.open(key)).rejects.toBeInstanceOf(StoredContentMissingError);
      expect((await source.query(`SELECT "storage_key" FROM "export_jobs" WHERE "id" = '${done.id}'`))[0].storage_key).toBeNull();
    });
  });
}
