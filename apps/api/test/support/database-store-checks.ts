import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { AttachmentContents1765910000000, CHUNK_BYTES, DatabaseAttachmentStorage } from '@pioneer/api-attachments';
import type { TestDatabase } from './api-harness';
import { describeStorageContract, readAll, streamOf } from './attachment-storage-contract';
import { databaseStoreOn, type DatabaseStoreFixture } from './database-store-fixture';

const HOUR = 3600_000;
const hints = { mediaType: 'application/pdf', maxBytes: 64 * CHUNK_BYTES };

/** Waits (polling the database, no time limit of its own) until an upload has written `bytes` away. */
async function untilWritten(fixture: DatabaseStoreFixture, bytes: number): Promise<void> {
  while ((await fixture.written()) < bytes) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * The database attachment store on a real database: the storage contract, then what only it
 * must do: chunk rows, other writes flowing during a large upload, the sweep of uploads cut short
 * by a dead process, and its migration down and up.
 */
export function describeDatabaseStore(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describeStorageContract(`DatabaseAttachmentStorage on ${label}`, async () => databaseStoreOn(await createDatabase()));

  describe(`DatabaseAttachmentStorage on ${label}`, () => {
    let fixture: DatabaseStoreFixture;
    beforeAll(async () => {
      fixture = await databaseStoreOn(await createDatabase());
    });
    afterAll(() => fixture?.close());

    it('keeps content as rows of CHUNK_BYTES (256 KiB), the last one shorter', async () => {
      const stored = await fixture.storage.put(streamOf(randomBytes(2 * CHUNK_BYTES + 5)), hints);
      const lengths = (await fixture.db.read((m) => m.query(`SELECT LENGTH("data") AS n FROM "attachment_chunks" WHERE "storage_key" = '${stored.key}' ORDER BY "seq"`))) as Array<{ n: number | string }>;
      expect(lengths.map((row) => Number(row.n))).toEqual([CHUNK_BYTES, CHUNK_BYTES, 5]);
      await fixture.storage.remove(stored.key);
    });

    it('lets other writes through while a large upload is in progress: each chunk is a write unit of its own', async () => {
      const slow = new PassThrough();
      const large = fixture.storage.put(slow, hints);
      slow.write(randomBytes(2 * CHUNK_BYTES));
      await untilWritten(fixture, CHUNK_BYTES);
      // The upload is still open (its client has not sent the rest): another upload completes meanwhile.
      const small = await fixture.storage.put(streamOf(randomBytes(1000)), hints);
      expect((await readAll(await fixture.storage.open(small.key))).length).toBe(1000);
      slow.end(randomBytes(10));
      const stored = await large;
      expect(stored.size).toBe(2 * CHUNK_BYTES + 10);
      await fixture.storage.remove(stored.key);
      await fixture.storage.remove(small.key);
    });

    it('sweeps an upload a dead process left unfinished once it is an hour old, never a young one; that upload is then never acknowledged', async () => {
      const before = await fixture.kept();
      const orphan = new PassThrough();
      const putting = fixture.storage.put(orphan, hints);
      orphan.write(randomBytes(2 * CHUNK_BYTES));
      await untilWritten(fixture, CHUNK_BYTES);
      expect(await fixture.storage.sweepPartials(HOUR)).toBe(0);
      // Another API process, two hours later.
      const later = new DatabaseAttachmentStorage(fixture.db, () => Date.now() + 2 * HOUR);
      expect(await later.sweepPartials(HOUR)).toBe(1);
      expect(await fixture.kept()).toEqual(before);
      orphan.end(randomBytes(CHUNK_BYTES));
      await expect(putting).rejects.toThrow();
      expect(await fixture.kept()).toEqual(before);
    });

    it('migrates down (both tables gone) and up again (content round-trips)', async () => {
      const runner = fixture.source.createQueryRunner();
      const migration = new AttachmentContents1765910000000();
      try {
        await migration.down(runner);
        expect([await runner.hasTable('attachment_contents'), await runner.hasTable('attachment_chunks')]).toEqual([false, false]);
        await migration.up(runner);
        expect([await runner.hasTable('attachment_contents'), await runner.hasTable('attachment_chunks')]).toEqual([true, true]);
      } finally {
        await runner.release();
      }
      const content = randomBytes(CHUNK_BYTES + 1);
      const stored = await fixture.storage.put(streamOf(content), hints);
      expect((await readAll(await fixture.storage.open(stored.key))).equals(content)).toBe(true);
    });
  });
}
