/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attachmentFields } from '@pioneer/api-attachments';
import { ApplicationEntity, AttachmentEntity, AttachmentLinkEntity, AuditEventEntity } from '@pioneer/api-core';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { getPath, otherApplicantId, pickMeasure } from './measure-fixture';
import { fakeFile } from './multipart';
import { storedContent } from './stored-content';

/** Generated bad uploads per database and run (at least 1,000 asked for; ~5 s per 2,000 here). */
const REQUESTS = Number(process.env.HOSTILE_UPLOADS ?? 2_000);
/** The suite's per-upload cap (PIONEER_ATTACHMENT_MAX_BYTES), so oversize files stay small. */
const LIMIT = 2_048;

interface RawPart {
  headers: string[];
  content: Buffer;
}

/** One upload request, field by field, before it is turned into bytes. */
interface Upload {
  measure: string;
  token: string | null;
  query: string;
  contentType: string | undefined;
  boundary: string;
  parts: RawPart[];
  /** Keep only this share of the body (a cut-off upload). */
  cut?: number;
}

type Defect = (upload: Upload, pick: number) => Upload;

const disposition = (name: string, filename?: string) => `Content-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}`;
const filePart = (filename = 'contract.pdf', type = 'application/pdf', content = fakeFile.pdf(100)): RawPart => ({ headers: [disposition('file', filename), `Content-Type: ${type}`], content });

function bytesOf(upload: Upload): Buffer {
  const chunks = upload.parts.flatMap((part) => [Buffer.from(`--${upload.boundary}\r\n${part.headers.join('\r\n')}\r\n\r\n`, 'latin1'), part.content, Buffer.from('\r\n')]);
  const body = Buffer.concat([...chunks, Buffer.from(`--${upload.boundary}--\r\n`)]);
  // A cut always falls before the closing boundary: the upload is really incomplete.
  return upload.cut === undefined ? body : body.subarray(0, Math.floor((body.length - upload.boundary.length - 8) * upload.cut));
}

/** A credit code with a wrong check character. */
const brokenCode = (): string => {
  const code = otherApplicantId('B0HOSTILE');
  return code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
};

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

/**
 * Each defect alone makes an upload one the API must refuse; requests carry one to three.
 * Defects that rewrite the parts are themselves defects, so none undoes another.
 */
const DEFECTS: Record<string, Defect> = {
  boundaryMismatch: (u) => ({ ...u, contentType: `multipart/form-data; boundary=${u.boundary}x` }),
  noBoundary: (u, n) => ({ ...u, contentType: pick(['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; charset=utf-8'], n) }),
  notFormData: (u, n) => ({ ...u, contentType: pick(['multipart/mixed', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/pdf'], n) + `; boundary=${u.boundary}` }),
  noContentType: (u) => ({ ...u, contentType: undefined }),
  noParts: (u) => ({ ...u, parts: [] }),
  noDisposition: (u) => ({ ...u, parts: u.parts.map((p) => ({ ...p, headers: p.headers.filter((h) => !h.startsWith('Content-Disposition')) })) }),
  // Busboy reads at most 8 KiB and 16 header lines of a part and drops the rest: a junk header
  // after the part's own is harmless (and the upload valid), so these put it first, pushing the
  // part's own headers past the bound.
  hugePartHeader: (u, n) => ({ ...u, parts: u.parts.map((p) => ({ ...p, headers: [`X-Pad: ${'a'.repeat(9_000 + (n % 120_000))}`, ...p.headers] })) }),
  manyPartHeaders: (u, n) => ({ ...u, parts: u.parts.map((p) => ({ ...p, headers: [...Array.from({ length: 17 + (n % 200) }, (_, i) => `X-H${i}: v`), ...p.headers] })) }),
  badFileName: (u, n) => ({
    ...u,
    parts: [filePart(pick(['../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/shadow', 'a\u0000.pdf', '\u0000', 'ok\u0007.pdf', 'tab\there.pdf', '..', '.', '', '   ', 'x'.repeat(256 + (n % 2_000)) + '.pdf', 'C:\\Users\\a\\合同.pdf', 'dir/合同.pdf'], n))],
  }),
  wrongPartName: (u, n) => ({ ...u, parts: [{ ...filePart(), headers: [disposition(pick(['owner', 'ownerId', 'storageKey', '__proto__', 'constructor', 'files', 'file[]', 'FILE', ''], n), 'a.pdf'), 'Content-Type: application/pdf'] }] }),
  extraField: (u, n) => ({ ...u, parts: [{ headers: [disposition(pick(['ownerId', 'storageKey', 'sha256', 'size', 'uploadedBy', 'measure', 'file'], n))], content: Buffer.from(pick(['91440300MA5F00001A', '../../x', 'f'.repeat(64), '1', '{}'], n)) }, ...u.parts] }),
  manyFiles: (u, n) => ({ ...u, parts: Array.from({ length: 2 + (n % 30) }, (_, i) => filePart(`${i}.pdf`)) }),
  wrongMediaType: (u, n) => ({ ...u, parts: [filePart('a.pdf', pick(['text/html', 'application/x-msdownload', 'image/gif', 'image/svg+xml', 'application/octet-stream', 'text/plain', 'application/javascript', 'application/pdfx'], n))] }),
  contentNotItsType: (u, n) => ({ ...u, parts: [filePart(pick(['a.pdf', 'b.png', 'c.jpg', 'd.xlsx'], n), pick(['application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], n), pick([fakeFile.exe(300), Buffer.from('<html><script>alert(1)</script>'), Buffer.from('#!/bin/sh\nrm -rf /\n'), Buffer.alloc(50), Buffer.from('%PD')], n >> 2))] }),
  emptyFile: (u) => ({ ...u, parts: [filePart('a.pdf', 'application/pdf', Buffer.alloc(0))] }),
  oversize: (u, n) => ({ ...u, parts: [filePart('big.pdf', 'application/pdf', fakeFile.pdf(LIMIT + 1 + (n % (LIMIT * 4))))] }),
  badFieldParam: (u, n) => ({ ...u, query: pick(['', '?field=', '?field=/applicant', '?field=%2Fattachments', '?field=/attachments/nope', '?field=..%2F..%2Fetc', '?field=%00', '?field=%ED%A0%80', '?field=/attachments/contract&field=/attachments/contract'], n) }),
  badCaller: (u, n) => ({ ...u, token: pick([null, 'not-a-known-token', TOKENS.reviewer, TOKENS.district, TOKENS.admin], n) }),
  // Not a valid credit code: refused for an admin (400) and an applicant (403) alike. (An admin
  // naming a real organisation is a valid upload; the contract suite covers applicants naming one.)
  otherOrganisation: (u, n) => ({ ...u, query: `${u.query}&applicant=${pick([brokenCode(), '', 'x', '%00', '../x'], n)}` }),
  unknownMeasure: (u, n) => ({ ...u, measure: pick(['no-such-measure', '..%2F..', '%00', 'x'.repeat(300), '%ED%A0%80'], n) }),
  cutOff: (u, n) => ({ ...u, cut: (n % 999) / 1000 }),
};

/**
 * The hostile-upload property suite: generated bad multipart requests (broken boundaries,
 * missing parts, huge part headers, NUL and folders in file names, wrong fields, many files,
 * wrong types and content, oversize, cut-off bodies, wrong callers). Each is answered 4xx in the
 * API's error body in both languages, never 5xx; no file, content row or record is left behind
 * (whichever store the database defaults to); health answers between them.
 */
export function describeHostileUploads(label: string, createDatabase: () => Promise<TestDatabase>): void {
  it(`refuses ${REQUESTS} generated bad uploads on ${label} with a 4xx, leaving no file and no row`, async () => {
    const m = pickMeasure(TODAY);
    const field = attachmentFields(m.policy.measure(m.code)).find((f) => f.mediaTypes.includes('application/pdf'))!;
    const applicantA = getPath(m.example, m.applicantPath) as string;
    const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-hostile-uploads-'));
    const db = await createDatabase();
    const api: Harness = await startApi(testConfig(db.config, applicantA, otherApplicantId('B0HOSTILE'), { attachmentsDir: dir, attachmentMaxBytes: LIMIT }));
    const send = (u: Upload) => {
      const headers: Record<string, string> = {};
      if (u.token) headers.authorization = `Bearer ${u.token}`;
      if (u.contentType !== undefined) headers['content-type'] = u.contentType;
      return api.app.inject({ method: 'POST', url: `/api/measures/${u.measure}/attachments${u.query}`, headers, payload: bytesOf(u) });
    };
    const valid = (): Upload => ({ measure: m.code, token: TOKENS.applicantA, query: `?field=${encodeURIComponent(field.pointer)}`, contentType: undefined, boundary: 'pioneerBoundary7MA4YWxkTrZu0gW', parts: [filePart()] });
    try {
      const dataSource = api.app.get(DataSource);
      // One good upload first: the suite must not pass because everything is refused.
      const good = valid();
      good.contentType = `multipart/form-data; boundary=${good.boundary}`;
      expect((await send(good)).statusCode).toBe(201);
      const snapshot = async () =>
        JSON.stringify([
          await dataSource.getRepository(AttachmentEntity).find({ order: { id: 'ASC' } }),
          await dataSource.getRepository(AttachmentLinkEntity).count(),
          await dataSource.getRepository(ApplicationEntity).count(),
          await dataSource.getRepository(AuditEventEntity).count(),
          await storedContent(dataSource, dir),
        ]);
      const before = await snapshot();
      let sent = 0;
      const names = Object.keys(DEFECTS);
      const request = fc.record({ defects: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }), picks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }) });
      await fc.assert(
        fc.asyncProperty(request, async ({ defects, picks }) => {
          let upload = valid();
          defects.forEach((name, i) => (upload = DEFECTS[name](upload, picks[i])));
          if (!defects.some((d) => ['boundaryMismatch', 'noBoundary', 'notFormData', 'noContentType'].includes(d))) upload.contentType = `multipart/form-data; boundary=${upload.boundary}`;
          // HOSTILE_TRACE=<file> logs each request before it is sent: the last line names a stall.
          if (process.env.HOSTILE_TRACE) appendFileSync(process.env.HOSTILE_TRACE, `${JSON.stringify({ defects, picks })}\n`);
          let timer: NodeJS.Timeout | undefined;
          const stalled = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within 10 s: ${JSON.stringify({ defects, picks })}`)), 10_000);
          });
          const res = await Promise.race([send(upload), stalled]).finally(() => clearTimeout(timer));
          sent += 1;
          const what = `${defects.join('+')} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          if (res.statusCode >= 500 || res.statusCode < 400) throw new Error(what);
          let body: any;
          try {
            body = res.json();
          } catch {
            throw new Error(`not the API error body: ${what}`);
          }
          expect(body).toMatchObject({ statusCode: res.statusCode, error: expect.any(String), message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
          expect(res.body.length).toBeLessThan(20_000);
          if (sent % 100 === 0) {
            expect((await api.call('GET', '/api/health', { token: null })).status).toBe(200);
            expect(await snapshot()).toEqual(before);
          }
        }),
        { numRuns: REQUESTS, seed: Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
      );
      expect(sent).toBeGreaterThanOrEqual(REQUESTS);
      // Refused uploads are cleaned up before their answer: nothing is left, now or later.
      expect(await snapshot()).toEqual(before);
    } finally {
      await api.close();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
}
