/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { createHash } from 'node:crypto';
import { attachmentFields, CHUNK_BYTES } from '@pioneer/api-attachments';
import { ApplicationEntity, dataSourceOptions, LedgerEntryEntity, verifyAuditLog } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { databaseEnv, NOW, type TestDatabase, TODAY } from './api-harness';
import { clone, getPath, pickBudgetedMeasure, pickMeasure, setPath } from './measure-fixture';
import { fakeFile, multipartBody } from './multipart';
import { startApiProcess, stopApiProcess } from './spawn-api';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * kill -9 during a load of submits, approvals and uploads: after a restart, every write the API
 * acknowledged is there, every acknowledged upload downloads with its SHA-256 (from the store the
 * database defaults to), and the audit chain verifies (nothing half-written, nothing forked).
 */
export function describeDurability(label: string, createDatabase: () => Promise<TestDatabase>): void {
  it(`keeps every acknowledged write through kill -9 on ${label}`, async () => {
    const m = pickBudgetedMeasure(TODAY);
    const applicant = getPath(m.example, m.applicantPath) as string;
    const db = await createDatabase();
    const tokens = {
      'durable-applicant': { role: 'applicant', subject: 'org-a', applicantId: applicant },
      'durable-admin': { role: 'admin', subject: 'alice' },
      'durable-reviewer': { role: 'reviewer', subject: 'rita' },
      'durable-approver': { role: 'approver', subject: 'april' },
    };
    const env = {
      ...databaseEnv(db.config),
      PORT: '0',
      HOST: '127.0.0.1',
      PIONEER_NOW: NOW,
      PIONEER_RATE_LIMIT: '1000000',
      PIONEER_DRAFT_QUOTA: '100000',
      PIONEER_TOKENS: JSON.stringify(tokens),
    };
    let server = startApiProcess(env);
    const base = await server.ready;
    const call = async (path: string, token: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const acknowledged: Array<{ id: string; status: string }> = [];
    let stop = false;
    let n = 0;
    /** One worker: create, submit, review and approve applications until the process dies. */
    const worker = async () => {
      while (!stop) {
        try {
          const i = n++;
          const form = m.policy.info.subjects.projectRef
            ? setPath(clone(m.example), m.policy.info.subjects.projectRef, `DURABLE-${i}`)
            : m.example;
          const draft = await call(`/api/measures/${m.code}/applications`, 'durable-applicant', form);
          if (draft.status !== 201) continue;
          acknowledged.push({ id: draft.body.id, status: 'draft' });
          const steps: Array<[string, string, unknown, string]> = [
            [`/api/measures/${m.code}/applications/${draft.body.id}/submit`, 'durable-applicant', undefined, 'submitted'],
            [`/api/applications/${draft.body.id}/reviewers`, 'durable-admin', { reviewers: ['rita'] }, 'under-review'],
            [`/api/applications/${draft.body.id}/conflict-declaration`, 'durable-reviewer', { conflict: false }, 'under-review'],
            [`/api/applications/${draft.body.id}/recommendation`, 'durable-reviewer', undefined, 'scored'],
            [`/api/applications/${draft.body.id}/approve`, 'durable-approver', undefined, 'approved'],
          ];
          for (const [path, token, body, status] of steps) {
            const res = await call(path, token, body);
            if (res.status !== 200) break;
            acknowledged.push({ id: draft.body.id, status });
          }
        } catch {
          return; // the server is gone
        }
      }
    };
    const evidence = pickMeasure(TODAY);
    const field = attachmentFields(evidence.policy.measure(evidence.code)).find((f) => f.mediaTypes.includes('application/pdf'))!;
    const uploaded: Array<{ id: string; sha256: string }> = [];
    /** Uploads of a chunk and more each (the database store writes several rows) until the process dies. */
    const uploader = async () => {
      while (!stop) {
        try {
          const { payload, contentType } = multipartBody([{ name: 'file', filename: 'evidence.pdf', contentType: 'application/pdf', content: fakeFile.pdf(CHUNK_BYTES + 1 + uploaded.length * 1000) }]);
          const res = await fetch(`${base}/api/measures/${evidence.code}/attachments?field=${encodeURIComponent(field.pointer)}`, { method: 'POST', headers: { authorization: 'Bearer durable-applicant', 'content-type': contentType }, body: new Uint8Array(payload) });
          const body = (await res.json()) as any;
          if (res.status === 201) uploaded.push({ id: body.id, sha256: body.sha256 });
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = [...Array.from({ length: 8 }, worker), uploader(), uploader()];
    // Killed mid-load: once approvals are flowing (a busy machine takes longer to get there), and
    // at least 2.5 s in, so writes of every kind are in flight.
    const began = Date.now();
    while (Date.now() - began < 2_500 || ((acknowledged.filter((a) => a.status === 'approved').length < 3 || uploaded.length < 3) && Date.now() - began < 60_000))
      await new Promise((resolve) => setTimeout(resolve, 100));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.filter((a) => a.status === 'approved').length).toBeGreaterThan(0);
    expect(uploaded.length).toBeGreaterThan(0);

    server = startApiProcess(env);
    const restarted = await server.ready;
    const source = new DataSource({ ...dataSourceOptions(db.config), migrationsRun: false } as ConstructorParameters<typeof DataSource>[0]);
    await source.initialize();
    try {
      const rows = new Map((await source.getRepository(ApplicationEntity).find()).map((row) => [row.id, row]));
      const order = ['draft', 'submitted', 'under-review', 'scored', 'approved'];
      const lost = acknowledged.filter((a) => !rows.has(a.id) || order.indexOf(rows.get(a.id)!.status) < order.indexOf(a.status));
      expect(lost).toEqual([]);
      const reserved = new Set((await source.getRepository(LedgerEntryEntity).findBy({ kind: 'reserve' })).map((e) => e.applicationId));
      expect(acknowledged.filter((a) => a.status === 'approved' && !reserved.has(a.id))).toEqual([]);
      expect(await verifyAuditLog(source.manager)).toMatchObject({ ok: true });
      const downloads = await Promise.all(
        uploaded.map(async ({ id }) => {
          const res = await fetch(`${restarted}/api/attachments/${id}`, { headers: { authorization: 'Bearer durable-admin' } });
          return { id, status: res.status, sha256: sha256(new Uint8Array(await res.arrayBuffer())) };
        }),
      );
      expect(downloads).toEqual(uploaded.map(({ id, sha256: hash }) => ({ id, status: 200, sha256: hash })));
      // Completed content in the database store has every byte of its chunks; a cut-short upload stays unfinished.
      const broken = await source.query(
        'SELECT h."storage_key" FROM "attachment_contents" h WHERE h."completed_at" IS NOT NULL AND h."size" <> (SELECT COALESCE(SUM(LENGTH(c."data")), 0) FROM "attachment_chunks" c WHERE c."storage_key" = h."storage_key")',
      );
      expect(broken).toEqual([]);
    } finally {
      await source.destroy();
      await stopApiProcess(server.child);
      await db.drop();
    }
  }, 180_000);
}
