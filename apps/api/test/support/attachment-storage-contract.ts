import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { type AttachmentStorage, CHUNK_BYTES, StoredContentMissingError, StoredTooLargeError } from '@pioneer/api-attachments';

/** A store to test, with a look at what it keeps, from outside its interface. */
export interface StoreUnderTest {
  storage: AttachmentStorage;
  /** Everything the store keeps (files, rows), comparable before and after. */
  kept(): Promise<unknown>;
  /** Bytes of the upload in progress the store has already written away (disk or database). */
  written(): Promise<number>;
  close(): Promise<void>;
}

/** Pieces of the sizes a network delivers, odd on purpose: never aligned with a chunk. */
const PIECE = 60_001;
const MIB = 1024 * 1024;

/** `content` as a byte stream of PIECE-sized pieces, the way an upload arrives. */
export const streamOf = (content: Buffer): Readable =>
  Readable.from(
    (function* () {
      for (let at = 0; at < content.length; at += PIECE) yield content.subarray(at, at + PIECE);
    })(),
    { objectMode: false },
  );

export const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const hints = (maxBytes = 64 * MIB) => ({ mediaType: 'application/pdf', maxBytes });

/**
 * The contract every AttachmentStorage keeps, on real disks and databases: content of any size
 * round-trips with its size and SHA-256; too large, failed or aborted uploads keep nothing;
 * removing a missing key is fine, opening one rejects; content streams in and out without ever
 * being held whole.
 */
export function describeStorageContract(label: string, create: () => Promise<StoreUnderTest>): void {
  describe(`the attachment storage contract: ${label}`, () => {
    let store: StoreUnderTest;
    let storage: AttachmentStorage;

    beforeAll(async () => {
      store = await create();
      storage = store.storage;
    });
    afterAll(() => store?.close());

    const sizes: Array<[string, number]> = [
      ['empty', 0],
      ['1 byte', 1],
      ['exactly one chunk', CHUNK_BYTES],
      ['several chunks and a remainder', 3 * CHUNK_BYTES + 12_345],
    ];
    it.each(sizes)('stores %s content with its size and SHA-256 and gives the same bytes back', async (_, size) => {
      const content = randomBytes(size);
      const stored = await storage.put(streamOf(content), hints());
      expect(stored).toEqual({ key: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/), size, sha256: sha256(content) });
      // Compared by hash: Jest's deep equality on a megabyte Buffer is slower than the store.
      const back = await readAll(await storage.open(stored.key));
      expect({ size: back.length, sha256: sha256(back) }).toEqual({ size, sha256: stored.sha256 });
      await storage.remove(stored.key);
    });

    it('gives every put a key of its own', async () => {
      const content = randomBytes(10);
      const [a, b] = [await storage.put(streamOf(content), hints()), await storage.put(streamOf(content), hints())];
      expect(a.key).not.toBe(b.key);
      await storage.remove(a.key);
      expect(await readAll(await storage.open(b.key))).toEqual(content);
      await storage.remove(b.key);
    });

    it('refuses content past maxBytes with StoredTooLargeError and keeps nothing of it, also past several chunks', async () => {
      const before = await store.kept();
      await expect(storage.put(streamOf(randomBytes(3 * CHUNK_BYTES)), hints(2 * CHUNK_BYTES + 1))).rejects.toBeInstanceOf(StoredTooLargeError);
      await expect(storage.put(streamOf(randomBytes(11)), hints(10))).rejects.toBeInstanceOf(StoredTooLargeError);
      expect(await store.kept()).toEqual(before);
      const exact = randomBytes(2 * CHUNK_BYTES + 1);
      const stored = await storage.put(streamOf(exact), hints(exact.length));
      expect(stored.size).toBe(exact.length);
      await storage.remove(stored.key);
      expect(await store.kept()).toEqual(before);
    });

    it('keeps nothing of a stream that fails mid-way or is destroyed (a client that went away)', async () => {
      const before = await store.kept();
      async function* failing() {
        yield randomBytes(2 * CHUNK_BYTES + 7);
        throw new Error('client went away');
      }
      await expect(storage.put(Readable.from(failing(), { objectMode: false }), hints())).rejects.toThrow('client went away');
      // Destroyed once the store has written part of it away, as busboy destroys a file stream.
      const aborted = new PassThrough();
      const putting = storage.put(aborted, hints());
      aborted.write(randomBytes(2 * CHUNK_BYTES + 7));
      while ((await store.written()) < CHUNK_BYTES) await new Promise((resolve) => setTimeout(resolve, 10));
      aborted.destroy();
      await expect(putting).rejects.toThrow();
      expect(await store.kept()).toEqual(before);
    });

    it('removes a missing key without complaint, and rejects opening one with StoredContentMissingError', async () => {
      const never = randomUUID();
      await storage.remove(never);
      await expect(storage.open(never)).rejects.toBeInstanceOf(StoredContentMissingError);
      const stored = await storage.put(streamOf(randomBytes(100)), hints());
      await storage.remove(stored.key);
      await storage.remove(stored.key);
      await expect(storage.open(stored.key)).rejects.toBeInstanceOf(StoredContentMissingError);
    });

    it('refuses keys it could not have issued before they reach a disk or a query', async () => {
      for (const key of ['../../etc/passwd', 'a', '', "x' OR '1'='1", '00000000-0000-0000-0000-00000000000/']) {
        await expect(storage.open(key)).rejects.toThrow(/not an attachment storage key/);
        await expect(storage.remove(key)).rejects.toThrow(/not an attachment storage key/);
      }
    });

    it('writes a large upload away as it arrives and reads it back a little at a time, never holding it whole', async () => {
      const total = 40 * CHUNK_BYTES;
      const hash = createHash('sha256');
      let produced = 0;
      let worstLag = 0;
      // Each piece is made only when the store asks for it; before making it, the store must
      // have written away all but a bounded tail of what it was given.
      async function* large() {
        while (produced < total) {
          worstLag = Math.max(worstLag, produced - (await store.written()));
          const piece = randomBytes(Math.min(PIECE, total - produced));
          hash.update(piece);
          produced += piece.length;
          yield piece;
        }
      }
      const stored = await storage.put(Readable.from(large(), { objectMode: false }), hints(total));
      expect(stored).toMatchObject({ size: total, sha256: hash.digest('hex') });
      // At most one chunk being gathered plus the pieces in the streams' small buffers: about 0.6 MiB of 10 MiB.
      expect(worstLag).toBeLessThanOrEqual(CHUNK_BYTES + 6 * PIECE);

      const download = await storage.open(stored.key);
      const back = createHash('sha256');
      let read = 0;
      let mostBuffered = 0;
      for await (const chunk of download) {
        mostBuffered = Math.max(mostBuffered, download.readableLength);
        back.update(chunk as Buffer);
        read += (chunk as Buffer).length;
      }
      expect({ read, sha256: back.digest('hex') }).toEqual({ read: total, sha256: stored.sha256 });
      expect(mostBuffered).toBeLessThanOrEqual(CHUNK_BYTES);
      await storage.remove(stored.key);
    });
  });
}
