/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attachmentFields, CHUNK_BYTES } from '@pioneer/api-attachments';
import { databaseEnv, NOW, postgresDatabase, type TestDatabase, TODAY } from './support/api-harness';
import { getPath, pickMeasure } from './support/measure-fixture';
import { fakeFile, multipartBody } from './support/multipart';
import { startApiProcess, startTwoApiProcesses } from './support/spawn-api';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

const TOKEN = 'replica-applicant-token';
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Two API processes on one PostgreSQL schema, as behind a load balancer, each with a folder of
 * its own (as on two hosts): a file uploaded through one is downloaded through the other.
 */
describe('attachments across two API processes on one PostgreSQL', () => {
  const m = pickMeasure(TODAY);
  const field = attachmentFields(m.policy.measure(m.code)).find((f) => f.mediaTypes.includes('application/pdf'))!;
  // Several chunks and a remainder (the fields allow megabytes).
  const file = fakeFile.pdf(4 * CHUNK_BYTES + 1234);
  let db: TestDatabase;
  const folders: string[] = [];

  beforeAll(async () => {
    db = await postgresDatabase(url);
  });
  afterAll(async () => {
    await db?.drop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** Two processes, `store` as PIONEER_ATTACHMENT_STORE (unset: the default), each with its own folder. */
  async function twoHosts(store?: string) {
    const applicantId = getPath(m.example, m.applicantPath) as string;
    const env = { ...databaseEnv(db.config), PORT: '0', HOST: '127.0.0.1', PIONEER_NOW: NOW, PIONEER_TOKENS: JSON.stringify({ [TOKEN]: { role: 'applicant', subject: 'org-a', applicantId } }), ...(store ? { PIONEER_ATTACHMENT_STORE: store } : {}) };
    const own = [0, 1].map(() => {
      const folder = mkdtempSync(path.join(tmpdir(), 'pioneer-replica-host-'));
      folders.push(folder);
      return { PIONEER_ATTACHMENTS_DIR: folder };
    });
    return startTwoApiProcesses(env, undefined, own);
  }

  async function upload(base: string) {
    const { payload, contentType } = multipartBody([{ name: 'file', filename: '合同.pdf', contentType: 'application/pdf', content: file }]);
    const res = await fetch(`${base}/api/measures/${m.code}/attachments?field=${encodeURIComponent(field.pointer)}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': contentType }, body: new Uint8Array(payload) });
    return { status: res.status, body: (await res.json()) as any };
  }

  async function download(base: string, id: string) {
    const res = await fetch(`${base}/api/attachments/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, bytes, json: () => JSON.parse(bytes.toString('utf8')) };
  }

  it('serves a file uploaded through one process from the other, byte for byte, with the default store', async () => {
    expect(field.maxBytes).toBeGreaterThanOrEqual(file.length);
    const { bases, stop } = await twoHosts();
    try {
      const uploaded = await upload(bases[0]);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({ size: file.length, sha256: sha256(file) });
      for (const base of [bases[1], bases[0]]) {
        const res = await download(base, uploaded.body.id);
        expect(res.status).toBe(200);
        expect({ size: res.bytes.length, sha256: sha256(res.bytes) }).toEqual({ size: file.length, sha256: uploaded.body.sha256 });
        expect(res.bytes.equals(file)).toBe(true);
      }
    } finally {
      await stop();
    }
  }, 180_000);

  it('cannot with the files store on two hosts: the other process answers 500 attachment-content-missing, naming the setting to use', async () => {
    const { bases, stop } = await twoHosts('files');
    try {
      const uploaded = await upload(bases[0]);
      expect(uploaded.status).toBe(201);
      expect((await download(bases[0], uploaded.body.id)).status).toBe(200);
      const elsewhere = await download(bases[1], uploaded.body.id);
      expect(elsewhere.status).toBe(500);
      expect(elsewhere.json()).toMatchObject({ error: 'attachment-content-missing', message: { 'zh-CN': expect.stringContaining('PIONEER_ATTACHMENT_STORE=database'), en: expect.stringContaining('PIONEER_ATTACHMENT_STORE=database') } });
    } finally {
      await stop();
    }
  }, 180_000);

  it('refuses to start with a store it does not know, naming the variable and the values it takes', async () => {
    const server = startApiProcess({ ...databaseEnv(db.config), PORT: '0', PIONEER_ATTACHMENT_STORE: 's3' });
    await expect(server.ready).rejects.toThrow(/Configuration: PIONEER_ATTACHMENT_STORE='s3': give database .* or files .*请填写 database（/);
  }, 60_000);
});
