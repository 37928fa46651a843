/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PolicyRegistry } from '@pioneer/api-applications';
import { ATTACHMENT_STORAGE, attachmentFields, type AttachmentField, type AttachmentStorage, largestUpload, referencesIn } from '@pioneer/api-attachments';
import { API_CONFIG, type ApiConfig, ApplicationEntity, type AttachmentStoreKind, AttachmentEntity, AttachmentLinkEntity, AuditEventEntity, parseTokens } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickMeasure } from './measure-fixture';
import { fakeFile, filesUnder, multipartBody, type Part } from './multipart';
import { storedContent } from './stored-content';

const OTHER_DISTRICT = 'district-other-token';
const SMALL_LIMIT = 4096;

/** Sets the value at a JSON pointer of plain objects and lists. */
export function setPointer(data: any, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let node = data;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]] = value;
}

/** Uploads through the real multipart stack (fastify inject) and reads the answer. */
export async function uploadTo(api: Harness, measure: string, options: { token: string; field: string; query?: string; parts?: Part[]; file?: Buffer; filename?: string; mediaType?: string }) {
  const { payload, contentType } = multipartBody(options.parts ?? [{ name: 'file', filename: options.filename ?? 'contract.pdf', contentType: options.mediaType ?? 'application/pdf', content: options.file ?? fakeFile.pdf() }]);
  const url = `/api/measures/${measure}/attachments?field=${encodeURIComponent(options.field)}${options.query ?? ''}`;
  const res = await api.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${options.token}`, 'content-type': contentType }, payload });
  let body: any;
  try {
    body = res.json();
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, body, text: res.body };
}

/**
 * The attachments contract on a real database: upload, reference, submit, download for exactly
 * those who may see it, limits from the schema, content checked, nothing left of a refused or
 * aborted upload, and references verified at submission. `store` picks the attachment store
 * (PIONEER_ATTACHMENT_STORE); unset, the default for the database.
 */
export function describeAttachmentsContract(label: string, createDatabase: () => Promise<TestDatabase>, store?: AttachmentStoreKind): void {
  const storeConfig = store ? { attachmentStore: store } : {};
  describe(`attachments over HTTP on ${label}${store ? ` with the ${store} store` : ''}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let fields: AttachmentField[];
    let field: AttachmentField;
    let applicantA: string;
    let dir: string;
    const applicantB = otherApplicantId('B0ATTACH');

    const dataSource = () => api.app.get(DataSource);
    const state = async () => ({
      attachments: await dataSource().getRepository(AttachmentEntity).count(),
      links: await dataSource().getRepository(AttachmentLinkEntity).count(),
      stored: await storedContent(dataSource(), dir),
    });
    const upload = (options: Partial<Parameters<typeof uploadTo>[2]> = {}) => uploadTo(api, m.code, { token: TOKENS.applicantA, field: field.pointer, ...options });
    const download = (id: string, token: string) => api.app.inject({ method: 'GET', url: `/api/attachments/${id}`, headers: { authorization: `Bearer ${token}` } });

    /** The example form with every attachment reference replaced by a real upload of `token`'s organisation. */
    const withRealFiles = async (token = TOKENS.applicantA) => {
      const form = clone(m.example);
      for (const ref of referencesIn(fields, form)) {
        const res = await uploadTo(api, m.code, { token, field: ref.field.pointer, file: fakeFile.pdf(200), filename: '合同 (签字版).pdf' });
        expect(res.status).toBe(201);
        setPointer(form, ref.pointer, res.body);
      }
      return form;
    };
    const submitted = async (form: unknown) => {
      const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { token: TOKENS.applicantA, body: form });
      expect(draft.status).toBe(201);
      return api.call('POST', `/api/measures/${m.code}/applications/${draft.body.id}/submit`, { token: TOKENS.applicantA });
    };

    beforeAll(async () => {
      m = pickMeasure(TODAY);
      fields = attachmentFields(m.policy.measure(m.code));
      field = fields.find((f) => f.mediaTypes.includes('application/pdf'))!;
      applicantA = getPath(m.example, m.applicantPath) as string;
      const district = getPath(m.example, m.policy.info.subjects.district ?? '') as string;
      dir = mkdtempSync(path.join(tmpdir(), 'pioneer-attachments-test-'));
      db = await createDatabase();
      const config = testConfig(db.config, applicantA, applicantB, { ...storeConfig, attachmentsDir: dir, attachmentMaxBytes: SMALL_LIMIT, verifyAttachmentReferences: true }, district);
      config.tokens = new Map([...config.tokens, ...parseTokens({ [OTHER_DISTRICT]: { role: 'district-officer', subject: 'other-district', district: `${district}-other` } })]);
      api = await startApi(config);
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('finds the attachment fields of the measure from its schema (x-kind: attachment), with the schema limits', () => {
      expect(fields.length).toBeGreaterThan(0);
      for (const f of fields) {
        expect(f.maxBytes).toBeLessThanOrEqual(100 * 1024 * 1024);
        expect(f.mediaTypes).toContain('application/pdf');
      }
    });

    it('stores an upload with the sha256 of its content, owned by the applicant, and audits it', async () => {
      const file = fakeFile.pdf(1000);
      const res = await upload({ file, filename: '购销合同.pdf' });
      expect(res.status).toBe(201);
      const sha256 = createHash('sha256').update(file).digest('hex');
      expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '购销合同.pdf', sha256, mediaType: 'application/pdf', size: 1000 });
      const row = await dataSource().getRepository(AttachmentEntity).findOneByOrFail({ id: res.body.id });
      expect(row).toMatchObject({ ownerId: applicantA, uploadedBy: 'org-a', sha256, size: 1000, measure: m.code, field: field.pointer });
      const content: Buffer[] = [];
      for await (const chunk of await api.app.get<symbol, AttachmentStorage>(ATTACHMENT_STORAGE).open(row.storageKey)) content.push(chunk as Buffer);
      expect(Buffer.concat(content)).toEqual(file);
      // Kept by the store the configuration names, and nothing half-written beside it.
      const kind = api.app.get<symbol, ApiConfig>(API_CONFIG).attachmentStore;
      const inFolder = existsSync(path.join(dir, row.storageKey.slice(0, 2), row.storageKey));
      const [{ n }] = await dataSource().query(`SELECT COUNT(*) AS n FROM "attachment_contents" WHERE "storage_key" = '${row.storageKey}' AND "completed_at" IS NOT NULL`);
      expect({ inFolder, inDatabase: Number(n) === 1 }).toEqual({ inFolder: kind === 'files', inDatabase: kind === 'database' });
      expect(filesUnder(path.join(dir, '.partial'))).toEqual([]);
      expect(Number((await dataSource().query('SELECT COUNT(*) AS n FROM "attachment_contents" WHERE "completed_at" IS NULL'))[0].n)).toBe(0);
      const audit = await dataSource().getRepository(AuditEventEntity).findBy({ entityId: row.id });
      expect(audit.map((e) => [e.action, e.actor, (e.details as any).sha256])).toEqual([['attachment.upload', 'org-a', sha256]]);
    });

    it('takes a draft citing uploads and submits it; the citations are recorded with the submission', async () => {
      const form = await withRealFiles();
      const before = await dataSource().getRepository(AttachmentLinkEntity).count();
      const res = await submitted(form);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('submitted');
      const links = await dataSource().getRepository(AttachmentLinkEntity).findBy({ applicationId: res.body.id });
      expect(links.length).toBe(new Set(referencesIn(fields, form).map((r) => (r.value as any).id)).size);
      expect(await dataSource().getRepository(AttachmentLinkEntity).count()).toBe(before + links.length);
    });

    it('refuses a submission citing a changed checksum, another organisation’s file or an unknown id, naming each reference; nothing changes', async () => {
      const form = await withRealFiles();
      const refs = referencesIn(fields, form);
      const foreign = await upload({ token: TOKENS.applicantB });
      expect(foreign.status).toBe(201);
      (refs[0].value as any).sha256 = 'f'.repeat(64);
      setPointer(form, refs[0].pointer, refs[0].value);
      if (refs.length > 1) setPointer(form, refs[1].pointer, foreign.body);
      const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { token: TOKENS.applicantA, body: form });
      const links = await dataSource().getRepository(AttachmentLinkEntity).count();
      const res = await api.call('POST', `/api/measures/${m.code}/applications/${draft.body.id}/submit`, { token: TOKENS.applicantA });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('validation-failed');
      const pointers = res.body.issues.map((i: any) => i.pointer);
      expect(pointers).toContain(`${refs[0].pointer}/sha256`);
      if (refs.length > 1) expect(pointers).toContain(`${refs[1].pointer}/id`);
      for (const issue of res.body.issues) expect(issue.message).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
      expect((await api.call('GET', `/api/measures/${m.code}/applications/${draft.body.id}`, { token: TOKENS.applicantA })).body.status).toBe('draft');
      expect(await dataSource().getRepository(AttachmentLinkEntity).count()).toBe(links);
    });

    it('refuses a file over the limit with 413 in the API error body, storing nothing', async () => {
      const before = await state();
      const res = await upload({ file: fakeFile.pdf(SMALL_LIMIT + 1) });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ statusCode: 413, error: 'file-too-large', message: { 'zh-CN': expect.any(String), en: expect.any(String) }, issues: [{ pointer: field.pointer }] });
      expect(await state()).toEqual(before);
      expect((await upload({ file: fakeFile.pdf(SMALL_LIMIT) })).status).toBe(201);
    });

    it('refuses a media type the field does not accept, and content that is not its declared type (a renamed executable), with 415 naming the field', async () => {
      const before = await state();
      const wrongType = await upload({ mediaType: 'application/x-msdownload', filename: 'setup.exe', file: fakeFile.exe() });
      expect(wrongType.status).toBe(415);
      expect(wrongType.body).toMatchObject({ error: 'media-type-not-allowed', issues: [{ pointer: field.pointer }] });
      expect(wrongType.body.message.en).toContain(field.pointer);
      const renamed = await upload({ mediaType: 'application/pdf', filename: 'invoice.pdf', file: fakeFile.exe(3000) });
      expect(renamed.status).toBe(415);
      expect(renamed.body).toMatchObject({ error: 'content-not-media-type', issues: [{ pointer: field.pointer }] });
      const png = await upload({ mediaType: 'application/pdf', filename: 'scan.pdf', file: fakeFile.png() });
      expect(png.status).toBe(415);
      expect(await state()).toEqual(before);
    });

    it('refuses a field that is not an attachment field of the measure (400 naming it), an unknown measure (404) and a JSON body (415)', async () => {
      const res = await upload({ field: `/${m.applicantPath.split('.').join('/')}` });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'not-an-attachment-field', issues: [{ pointer: '/field' }] });
      expect(res.body.message.en).toContain(field.pointer);
      expect((await uploadTo(api, 'no-such-measure', { token: TOKENS.applicantA, field: field.pointer })).status).toBe(404);
      const json = await api.call('POST', `/api/measures/${m.code}/attachments?field=${encodeURIComponent(field.pointer)}`, { token: TOKENS.applicantA, body: { id: 'x' } });
      expect(json.status).toBe(415);
      expect(json.body.error).toBe('multipart-required');
    });

    it('lets no upload set its owner or storage: extra parts are refused, an applicant cannot name another organisation, an admin must name one', async () => {
      const before = await state();
      for (const name of ['ownerId', 'storageKey', 'sha256']) {
        const res = await upload({ parts: [{ name, content: 'x' }, { name: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: fakeFile.pdf() }] });
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ error: 'unexpected-part', issues: [{ pointer: `/${name}` }] });
      }
      expect((await upload({ query: `&applicant=${applicantB}` })).status).toBe(403);
      expect((await upload({ token: TOKENS.admin })).body).toMatchObject({ error: 'applicant-required' });
      expect((await upload({ token: TOKENS.reviewer })).status).toBe(403);
      expect(await state()).toEqual(before);
      const byAdmin = await upload({ token: TOKENS.admin, query: `&applicant=${applicantA}` });
      expect(byAdmin.status).toBe(201);
      expect(await dataSource().getRepository(AttachmentEntity).findOneByOrFail({ id: byAdmin.body.id })).toMatchObject({ ownerId: applicantA, uploadedBy: 'alice' });
    });

    it('refuses file names with folders, control characters or none, two files, no file, and broken multipart, storing nothing', async () => {
      const before = await state();
      for (const filename of ['../../etc/passwd', '..\\..\\boot.ini', 'a\u0000.pdf', '', '..']) {
        const res = await upload({ filename });
        expect(res.status).toBe(400);
        expect(res.body.issues?.[0]?.pointer ?? res.body.error).toMatch(/\/file|bad-multipart/);
      }
      const two = await upload({ parts: [1, 2].map((i) => ({ name: 'file', filename: `${i}.pdf`, contentType: 'application/pdf', content: fakeFile.pdf() })) });
      expect(two.status).toBe(400);
      expect(two.body.error).toBe('one-file-only');
      expect((await upload({ parts: [] })).body.error).toBe('file-missing');
      expect((await upload({ parts: [{ name: 'file', content: 'C:\\fakepath\\a.pdf' }] })).body.error).toBe('file-missing');
      const { payload, contentType } = multipartBody([{ name: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: fakeFile.pdf() }]);
      const cut = await api.app.inject({ method: 'POST', url: `/api/measures/${m.code}/attachments?field=${encodeURIComponent(field.pointer)}`, headers: { authorization: `Bearer ${TOKENS.applicantA}`, 'content-type': contentType }, payload: payload.subarray(0, payload.length - 30) });
      expect(cut.statusCode).toBe(400);
      expect(cut.json().error).toBe('bad-multipart');
      expect(await state()).toEqual(before);
    });

    it('leaves no file and no row when the client aborts mid-upload', async () => {
      const before = await state();
      await api.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = api.app.getHttpServer().address() as { port: number };
      const boundary = 'abortedboundary';
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            `POST /api/measures/${m.code}/attachments?field=${encodeURIComponent(field.pointer)} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.applicantA}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 100000\r\n\r\n` +
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          );
          socket.write(fakeFile.pdf(2000));
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 200);
        });
        socket.on('error', () => undefined);
      });
      for (let i = 0; i < 50 && JSON.stringify(await state()) !== JSON.stringify(before); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await state()).toEqual(before);
      expect((await api.call('GET', '/api/health', { token: null })).status).toBe(200);
    });

    describe('downloads', () => {
      let ref: any;
      let applicationId: string;

      beforeAll(async () => {
        const form = await withRealFiles();
        ref = referencesIn(fields, form)[0].value;
        const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { token: TOKENS.applicantA, body: form });
        applicationId = draft.body.id;
      });

      it('serves the owner the stored bytes as a download of the stored type, never sniffed', async () => {
        const res = await download(ref.id, TOKENS.applicantA);
        expect(res.statusCode).toBe(200);
        expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(ref.sha256);
        expect(res.headers['content-type']).toMatch(/^application\/pdf/);
        expect(res.headers['content-disposition']).toBe(`attachment; filename="__ (___).pdf"; filename*=UTF-8''${encodeURIComponent('合同 (签字版).pdf').replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['cache-control']).toBe('no-store');
      });

      it('is 404 for another organisation, a district officer of another district, and staff before submission; then opens to them', async () => {
        const district = TOKENS.district;
        for (const token of [TOKENS.applicantB, OTHER_DISTRICT, TOKENS.reviewer, district]) expect((await download(ref.id, token)).statusCode).toBe(404);
        expect((await download(ref.id, TOKENS.admin)).statusCode).toBe(200);
        const res = await api.call('POST', `/api/measures/${m.code}/applications/${applicationId}/submit`, { token: TOKENS.applicantA });
        expect(res.status).toBe(200);
        for (const token of [TOKENS.reviewer, district]) expect((await download(ref.id, token)).statusCode).toBe(200);
        for (const token of [TOKENS.applicantB, OTHER_DISTRICT]) expect((await download(ref.id, token)).statusCode).toBe(404);
      });

      it('is 404 in the API error body for ids that are unknown or not ids at all', async () => {
        for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(3000)]) {
          const res = await download(id, TOKENS.admin);
          expect(res.statusCode).toBe(404);
          expect(res.json()).toMatchObject({ error: 'not-found', message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
        }
      });
    });

    it('serves every attachment query of upload, submit and download from an index', async () => {
      const captured: Array<{ sql: string; parameters: unknown[] }> = [];
      const quiet = () => undefined;
      const source = dataSource() as any;
      const logger = source.logger;
      source.logger = { logQuery: (sql: string, parameters?: unknown[]) => captured.push({ sql, parameters: parameters ?? [] }), logQueryError: quiet, logQuerySlow: quiet, logSchemaBuild: quiet, logMigration: quiet, log: quiet };
      try {
        const form = await withRealFiles();
        const res = await submitted(form);
        const ref: any = referencesIn(fields, form)[0].value;
        for (const token of [TOKENS.applicantA, TOKENS.applicantB, TOKENS.reviewer, TOKENS.district, OTHER_DISTRICT]) await download(ref.id, token);
        expect(res.status).toBe(200);
      } finally {
        source.logger = logger;
      }
      const statements = captured.filter((q) => /^\s*(SELECT|UPDATE|DELETE)\b/i.test(q.sql) && /"attachment(s|_links|_contents|_chunks)"/.test(q.sql));
      expect(statements.length).toBeGreaterThan(3);
      const scanning: string[] = [];
      for (const query of statements) {
        if (dataSource().options.type === 'postgres') {
          const plan = await dataSource().transaction(async (manager) => {
            await manager.query('SET LOCAL enable_seqscan = off');
            return JSON.stringify(await manager.query(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.parameters));
          });
          if (plan.includes('"Seq Scan"')) scanning.push(`${plan}  ←  ${query.sql}`);
        } else {
          const plan: Array<{ detail: string }> = await dataSource().query(`EXPLAIN QUERY PLAN ${query.sql}`, query.parameters);
          for (const { detail } of plan) if (/^SCAN /.test(detail)) scanning.push(`${detail}  ←  ${query.sql}`);
        }
      }
      expect(scanning).toEqual([]);
    });

    it('refuses uploads once the organisation holds its quota of bytes (409), before reading them', async () => {
      const held = await dataSource().getRepository(AttachmentEntity).sum('size', { ownerId: applicantB });
      const quota = await startApi({ ...testConfig(db.config, applicantA, applicantB, { ...storeConfig, attachmentsDir: dir }), attachmentQuotaBytes: Number(held ?? 0) + 1 });
      try {
        expect((await uploadTo(quota, m.code, { token: TOKENS.applicantB, field: field.pointer })).status).toBe(201);
        const before = await state();
        const res = await uploadTo(quota, m.code, { token: TOKENS.applicantB, field: field.pointer });
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ error: 'attachment-quota-reached', message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
        expect(await state()).toEqual(before);
      } finally {
        await quota.close();
      }
    });

    it('takes files far beyond the JSON body limit up to the schema’s size when no operator cap is set', async () => {
      expect(largestUpload(PolicyRegistry.shared(), { attachmentMaxBytes: null })).toBe(Math.max(...fields.map((f) => f.maxBytes)));
      const uncapped = await startApi(testConfig(db.config, applicantA, applicantB, { ...storeConfig, attachmentsDir: dir, bodyLimit: 1024 * 1024 }));
      try {
        const file = fakeFile.pdf(5 * 1024 * 1024);
        const res = await uploadTo(uncapped, m.code, { token: TOKENS.applicantA, field: field.pointer, file });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ size: file.length, sha256: createHash('sha256').update(file).digest('hex') });
      } finally {
        await uncapped.close();
      }
    });

    it('keeps refusing multipart on every other route (415)', async () => {
      const { payload, contentType } = multipartBody([{ name: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: fakeFile.pdf() }]);
      const res = await api.app.inject({ method: 'POST', url: `/api/measures/${m.code}/applications`, headers: { authorization: `Bearer ${TOKENS.applicantA}`, 'content-type': contentType }, payload });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ error: 'unsupported-media-type', message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
    });

    it('keeps every application untouched by refused uploads', async () => {
      const rows = await dataSource().getRepository(ApplicationEntity).count();
      await upload({ file: fakeFile.exe() });
      expect(await dataSource().getRepository(ApplicationEntity).count()).toBe(rows);
    });
  });
}
