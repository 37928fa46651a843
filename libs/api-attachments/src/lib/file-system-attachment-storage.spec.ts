import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileSystemAttachmentStorage, StoredTooLargeError } from './file-system-attachment-storage';

const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe('FileSystemAttachmentStorage', () => {
  let root: string;
  let storage: FileSystemAttachmentStorage;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pioneer-store-'));
    storage = new FileSystemAttachmentStorage(root);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('streams content in, counting its size and SHA-256, and gives it back by key', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    const stored = await storage.put(Readable.from(chunks), { mediaType: 'application/pdf', maxBytes: 1_000_000 });
    const all = Buffer.concat(chunks);
    expect(stored).toEqual({ key: expect.stringMatching(/^[0-9a-f-]{36}$/), size: all.length, sha256: createHash('sha256').update(all).digest('hex') });
    const back: Buffer[] = [];
    for await (const chunk of await storage.open(stored.key)) back.push(chunk as Buffer);
    expect(Buffer.concat(back)).toEqual(all);
    await storage.remove(stored.key);
    await expect(storage.open(stored.key)).rejects.toThrow();
    await storage.remove(stored.key);
  });

  it('keeps nothing of a stream that fails half-way or runs past the limit', async () => {
    async function* failing() {
      yield Buffer.alloc(1000);
      throw new Error('client went away');
    }
    await expect(storage.put(Readable.from(failing()), { mediaType: 'application/pdf', maxBytes: 10_000 })).rejects.toThrow('client went away');
    await expect(storage.put(Readable.from([Buffer.alloc(6000), Buffer.alloc(6000)]), { mediaType: 'application/pdf', maxBytes: 10_000 })).rejects.toBeInstanceOf(StoredTooLargeError);
    expect(filesIn(root)).toEqual([]);
  });

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
