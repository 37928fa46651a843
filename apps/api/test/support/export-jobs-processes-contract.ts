/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import type { ChildProcess } from 'node:child_process';
import { dataSourceOptions } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { databaseEnv, NOW, type TestDatabase, TODAY } from './api-harness';
import { seedExportRows, until, xlsxRows } from './export-rows';
import { pickMeasure } from './measure-fixture';
import { startApiProcess, stopApiProcess } from './spawn-api';

/** Enough rows that an XLSX job runs for a while (seconds), so it can be caught half-way. */
const ROWS = 25_000;
const JOBS = 10;
const HEADERS = { authorization: 'Bearer jobs-admin-token', 'content-type': 'application/json' };

/**
 * Export jobs with two API processes on one database, as behind a load balancer, each with two
 * workers: every job is run by exactly one of them, and a job whose process is killed (-9)
 * half-way is taken over by the other once its heartbeat is older than PIONEER_EXPORT_STALE_MS.
 */
export function describeExportJobsAcrossProcesses(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`export jobs across two API processes on ${label}`, () => {
    const m = pickMeasure(TODAY);
    let db: TestDatabase;
    let source: DataSource;
    const servers: Array<{ child: ChildProcess; base: string }> = [];

    beforeAll(async () => {
      db = await createDatabase();
      const env = {
        ...databaseEnv(db.config),
        PORT: '0',
        HOST: '127.0.0.1',
        PIONEER_NOW: NOW,
        PIONEER_RATE_LIMIT: '100000',
        PIONEER_TOKENS: JSON.stringify({ 'jobs-admin-token': { role: 'admin', subject: 'alice' } }),
        PIONEER_EXPORT_WORKERS: '2',
        PIONEER_EXPORT_POLL_MS: '100',
        PIONEER_EXPORT_STALE_MS: '3000',
        PIONEER_EXPORT_JOBS_PER_USER: '20',
      };
      for (let i = 0; i < 2; i++) {
        const server = startApiProcess(env);
        servers.push({ child: server.child, base: await server.ready });
        // The first process migrated the database: the rows go in before the second starts.
        if (i === 0) {
          source = new DataSource(dataSourceOptions(db.config));
          await source.initialize();
          await seedExportRows(source, m, ROWS);
        }
      }
    }, 240_000);

    afterAll(async () => {
      await Promise.all(servers.map((s) => stopApiProcess(s.child)));
      await source?.destroy();
      await db?.drop();
    });

    const post = async (base: string, body: unknown) => (await (await fetch(`${base}/api/export-jobs`, { method: 'POST', headers: HEADERS, body: JSON.stringify(body) })).json()) as any;
    const download = async (base: string, path: string) => Buffer.from(await (await fetch(`${base}${path}`, { headers: HEADERS })).arrayBuffer());
    const jobRow = async (id: string) => (await source.query(`SELECT "status", "attempts", "worker", "rows_written" FROM "export_jobs" WHERE "id" = '${id}'`))[0];

    it(`runs each of ${JOBS} jobs started through both processes exactly once, and either process serves every file`, async () => {
      const jobs = await Promise.all(Array.from({ length: JOBS }, (_, i) => post(servers[i % 2].base, { kind: 'applications', measure: m.code })));
      expect(jobs.map((j) => j.status).filter((s) => !['queued', 'running'].includes(s))).toEqual([]);
      const rows = await until(
        () => Promise.all(jobs.map((j) => jobRow(j.id))),
        (all) => all.every((r) => r.status === 'done' || r.status === 'failed'),
        180_000,
      );
      // One claim each: a job two workers had both taken would have been counted twice.
      expect(rows.map((r) => [r.status, Number(r.attempts), Number(r.rows_written)])).toEqual(jobs.map(() => ['done', 1, ROWS]));
      const streamed = await download(servers[0].base, `/api/exports/applications?measure=${m.code}`);
      for (const [i, job] of jobs.entries()) expect((await download(servers[(i + 1) % 2].base, `/api/export-jobs/${job.id}/file`)).equals(streamed)).toBe(true);
    });

    it('takes over a job whose process was killed half-way (kill -9) and finishes it, once its heartbeat is stale', async () => {
      const job = await post(servers[0].base, { kind: 'applications', measure: m.code, format: 'xlsx' });
      const running = await until(() => jobRow(job.id), (r) => r.status === 'done' || (r.status === 'running' && Number(r.rows_written) > 0), 120_000);
      expect(running.status).toBe('running');
      const victim = servers.find((s) => running.worker.split(':')[1] === String(s.child.pid))!;
      const survivor = servers.find((s) => s !== victim)!;
      const exited = new Promise((resolve) => victim.child.once('exit', resolve));
      victim.child.kill('SIGKILL');
      await exited;
      const done = await until(() => jobRow(job.id), (r) => r.status === 'done' || r.status === 'failed', 180_000);
      expect([done.status, Number(done.attempts), Number(done.rows_written)]).toEqual(['done', 2, ROWS]);
      expect(done.worker).not.toBe(running.worker);
      const stored = await xlsxRows(await download(survivor.base, `/api/export-jobs/${job.id}/file`));
      const streamed = await xlsxRows(await download(survivor.base, `/api/exports/applications?measure=${m.code}&format=xlsx`));
      expect(stored).toHaveLength(ROWS);
      expect(stored).toEqual(streamed);
    });
  });
}
