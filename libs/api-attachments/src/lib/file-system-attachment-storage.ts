import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type AttachmentStorage, type PutHints, StoredContentMissingError, type StoredObject } from './attachment-storage';
import { contentMeter } from './content-meter.util';

/** Flushes a file's (or a folder's entries') writes to disk. */
async function syncPath(file: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The attachment store in a folder (`PIONEER_ATTACHMENTS_DIR`, default `data/attachments`).
 * Content streams into `.partial/<key>` while its size and SHA-256 are counted, is flushed to
 * disk, and only then renamed to `<first two characters of key>/<key>`: a failed or aborted
 * upload leaves no file under a key, and an acknowledged one survives a crash.
 */
export class FileSystemAttachmentStorage implements AttachmentStorage {
  constructor(readonly root: string) {}

  private partial(key: string): string {
    return path.join(this.root, '.partial', key);
  }

  private final(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(stream: Readable, hints: PutHints): Promise<StoredObject> {
    const key = randomUUID();
    const partial = this.partial(key);
    await mkdir(path.dirname(partial), { recursive: true });
    const meter = contentMeter(hints.maxBytes);
    // The file exists before any byte flows, so a failure at any point finds it to remove (a
    // stream opening it lazily could create it after the cleanup).
    const created = await open(partial, 'wx');
    try {
      // The write stream owns (and closes) the handle, also when the pipeline fails.
      await pipeline(stream, meter.transform, created.createWriteStream());
      await syncPath(partial, 'r+');
      const final = this.final(key);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(partial, final);
      // The rename is on disk once its folder is: an acknowledged upload survives a power cut.
      await syncPath(path.dirname(final), 'r');
    } catch (error) {
      await unlink(partial).catch(() => undefined);
      throw error;
    }
    return meter.stored(key);
  }

  async open(key: string): Promise<Readable> {
    const file = this.final(key);
    await stat(file).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new StoredContentMissingError(key) : error;
    });
    return createReadStream(file);
  }

  async remove(key: string): Promise<void> {
    await unlink(this.final(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /**
   * Removes partial uploads older than `olderThanMs` (left by a process that died mid-upload).
   * Younger ones may be another API process's uploads in progress on the same folder.
   */
  async sweepPartials(olderThanMs: number, now = Date.now()): Promise<number> {
    const dir = path.join(this.root, '.partial');
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > olderThanMs) {
        await unlink(file).catch(() => undefined);
        removed += 1;
      }
    }
    return removed;
  }
}
