import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileSystemAttachmentStorage } from './file-system-attachment-storage';

const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe('FileSystemAttachmentStorage', () => {
  let root: string;
  let storage: FileSystemAttachmentStorage;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pioneer-store-'));
    storage = new FileSystemAttachmentStorage(root);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  // Round trips, limits, failed streams and streaming: the storage contract, run against every
  // store (apps/api/test/attachment-storage.*.spec.ts). Here: what only a folder has.
  it('refuses keys it did not issue (no path from outside ever reaches the disk)', async () => {
    for (const key of ['../../etc/passwd', 'a', '', '00000000-0000-0000-0000-00000000000/']) await expect(storage.open(key)).rejects.toThrow(/not an attachment storage key/);
  });

  it('sweeps partial uploads left by a dead process, not young ones', async () => {
    mkdirSync(path.join(root, '.partial'), { recursive: true });
    writeFileSync(path.join(root, '.partial', 'old'), 'x');
    writeFileSync(path.join(root, '.partial', 'young'), 'x');
    const hourAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(path.join(root, '.partial', 'old'), hourAgo, hourAgo);
    expect(await storage.sweepPartials(3600_000)).toBe(1);
    expect(filesIn(root)).toEqual(['young']);
  });
});
