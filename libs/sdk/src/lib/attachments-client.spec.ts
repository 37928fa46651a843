import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MEASURES } from '@pioneer/contracts';
import { createClient, PioneerApiError } from '../index';

const root = path.resolve(__dirname, '../../../..');
const APPLICANT = '91440300MA5F00001A';
const TOKENS = { 'sdk-applicant-token': { role: 'applicant', applicantId: APPLICANT }, 'sdk-other-token': { role: 'applicant', applicantId: '91440300MA5F00002D' } };

/** The real API (`npm run start:api`'s command) on a free port, over a fresh SQLite file and store. */
async function startApi(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: '0', SQLITE_FILE: path.join(dir, 'api.sqlite'), PIONEER_ATTACHMENTS_DIR: path.join(dir, 'files'), PIONEER_TOKENS: JSON.stringify(TOKENS), PIONEER_AUTH_SECRET: 'sdk-attachments-test-secret-of-32-characters', DATABASE_URL: '' };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { cwd: root, env });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API +(http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

describe('client.attachments against the real API', () => {
  const measure = MEASURES.find((m) => m.hasForm && m.fields.some((f) => f.path.endsWith('[].sha256')))!;
  const field = measure.fields.find((f) => f.path.endsWith('[].sha256'))!.pointer.replace(/\/\*\/sha256$/, '');
  let dir: string;
  let api: { child: ChildProcess; url: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pioneer-sdk-attachments-'));
    api = await startApi(dir);
  }, 60_000);

  afterAll(async () => {
    if (api?.child.exitCode === null) {
      const exited = new Promise((resolve) => api.child.on('exit', resolve));
      api.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads a Buffer, answering the reference with its sha256, and downloads the same bytes', async () => {
    const client = createClient({ baseUrl: api.url, token: 'sdk-applicant-token' });
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('合同正文'.repeat(100))]);
    const ref = await client.attachments.upload(measure.code, field, file, '合同.pdf');
    expect(ref).toEqual({ id: expect.any(String), name: '合同.pdf', sha256: createHash('sha256').update(file).digest('hex'), mediaType: 'application/pdf', size: file.length });
    const downloaded = await client.attachments.download(ref.id);
    expect(downloaded.mediaType).toBe('application/pdf');
    expect(Buffer.from(await downloaded.content.arrayBuffer())).toEqual(file);
  });

  it('uploads 20 MiB over real HTTP (far past the 1 MiB JSON limit) and gets the same bytes back', async () => {
    const client = createClient({ baseUrl: api.url, token: 'sdk-applicant-token' });
    const file = Buffer.alloc(20 * 1024 * 1024, 7);
    file.write('%PDF-1.7\n', 0, 'latin1');
    const ref = await client.attachments.upload(measure.code, field, file, 'large.pdf');
    expect(ref).toMatchObject({ size: file.length, sha256: createHash('sha256').update(file).digest('hex') });
    const back = Buffer.from(await (await client.attachments.download(ref.id)).content.arrayBuffer());
    expect(back.equals(file)).toBe(true);
  });

  it('uploads a Blob with its own type', async () => {
    const client = createClient({ baseUrl: api.url, token: 'sdk-applicant-token' });
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], { type: 'image/png' });
    await expect(client.attachments.upload(measure.code, field, png, 'scan.png')).resolves.toMatchObject({ mediaType: 'image/png', size: 11 });
  });

  it('throws typed errors: a renamed executable is 415, another organisation’s file 404', async () => {
    const client = createClient({ baseUrl: api.url, token: 'sdk-applicant-token' });
    const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00 not a pdf', 'latin1');
    const refused = await client.attachments.upload(measure.code, field, exe, 'invoice.pdf').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PioneerApiError);
    expect(refused).toMatchObject({ status: 415, code: 'content-not-media-type', issues: [{ pointer: field }] });
    const ref = await client.attachments.upload(measure.code, field, Buffer.from('%PDF-1.4 mine'), 'mine.pdf');
    const other = createClient({ baseUrl: api.url, token: 'sdk-other-token' });
    await expect(other.attachments.download(ref.id)).rejects.toMatchObject({ status: 404, code: 'not-found' });
  });
});
