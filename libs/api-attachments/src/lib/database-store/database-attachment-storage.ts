import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { changedRows, type DatabaseService, runSql } from '@pioneer/api-core';
import { assertStorageKey, type AttachmentStorage, type PutHints, StoredContentMissingError, type StoredObject } from '../attachment-storage';
import { contentMeter } from '../content-meter.util';
import { ChunkReader } from './chunk-reader.stream';
import { rechunk } from './rechunk.util';

/**
 * Bytes per chunk row. Large enough that a 100 MiB file is 400 rows (one write each), small
 * enough that a write unit is quick on SQLite's shared queue and a download holds little memory.
 */
export const CHUNK_BYTES = 256 * 1024;

/** Chunks deleted per write unit when content is removed: a large file never holds the queue long. */
const DELETE_BATCH = 16;

const INSERT_CONTENT = 'INSERT INTO "attachment_contents" ("storage_key", "started_at") VALUES ($1, $2)';

/** Unfinished contents one sweep removes at most (the next sweep takes the rest). */
const SWEEP_LIMIT = 100;

/**
 * Attachment content in the API's database (PIONEER_ATTACHMENT_STORE=database), so every API
 * process behind a load balancer reads what any of them stored, with no shared folder or object
 * store. Content goes to `attachment_chunks`, one write unit per 256 KiB chunk through
 * DatabaseService: an upload never holds SQLite's group-commit queue (nor a PostgreSQL
 * connection) for longer than one chunk, and other requests' writes flow between its chunks.
 *
 * A content becomes readable only when its `attachment_contents` row is completed, after its last
 * chunk: a failed, aborted or too large upload is discarded at once, and one cut short by a dying
 * process stays unfinished until `sweepPartials` removes it.
 */
export class DatabaseAttachmentStorage implements AttachmentStorage {
  /** `now` is wall-clock time (not the API's business clock, which tests and demos fix). */
  constructor(
    private readonly db: DatabaseService,
    private readonly now: () => number = Date.now,
  ) {}

  async put(stream: Readable, hints: PutHints): Promise<StoredObject> {
    const key = randomUUID();
    const meter = contentMeter(hints.maxBytes);
    const startedAt = new Date(this.now()).toISOString();
    let chunks = 0;
    try {
      // The pipeline pulls the next piece of the upload only once the previous chunk is written.
      await pipeline(stream, meter.transform, async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of rechunk(source, CHUNK_BYTES)) {
          const seq = chunks++;
          await this.db.write(async (m) => {
            // The content's row comes with its first chunk: an upload refused on its first bytes
            // (wrong type, empty) never writes at all.
            if (seq === 0) await runSql(m, INSERT_CONTENT, [key, startedAt]);
            await runSql(m, 'INSERT INTO "attachment_chunks" ("storage_key", "seq", "data") VALUES ($1, $2, $3)', [key, seq, chunk]);
          });
        }
      });
      const stored = meter.stored(key);
      const completed = await this.db.write(async (m) => {
        if (chunks === 0) await runSql(m, INSERT_CONTENT, [key, startedAt]);
        return changedRows(m, 'UPDATE "attachment_contents" SET "size" = $2, "sha256" = $3, "chunks" = $4, "completed_at" = $5 WHERE "storage_key" = $1 AND "completed_at" IS NULL', [
          key,
          stored.size,
          stored.sha256,
          chunks,
          new Date(this.now()).toISOString(),
        ]);
      });
      // Swept meanwhile (an upload outliving the sweep's age): never acknowledge lost content.
      if (completed !== 1) throw new Error(`attachment content ${key} was removed before its upload completed`);
      return stored;
    } catch (error) {
      // If this fails too (database gone), the unfinished row is the sweep's to remove.
      if (chunks > 0) await this.discard(key).catch(() => undefined);
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    assertStorageKey(key);
    const [row] = (await this.db.read((m) => runSql(m, 'SELECT "chunks" FROM "attachment_contents" WHERE "storage_key" = $1 AND "completed_at" IS NOT NULL', [key]))) as Array<{ chunks: number }>;
    if (!row) throw new StoredContentMissingError(key);
    const fetch = async (seq: number) => {
      const [chunk] = (await this.db.read((m) => runSql(m, 'SELECT "data" FROM "attachment_chunks" WHERE "storage_key" = $1 AND "seq" = $2', [key, seq]))) as Array<{ data: Buffer }>;
      return chunk?.data;
    };
    return new ChunkReader(Number(row.chunks), fetch, (seq) => new Error(`attachment content ${key} lost its chunk ${seq} while being read (removed meanwhile)`));
  }

  async remove(key: string): Promise<void> {
    assertStorageKey(key);
    await this.discard(key);
  }

  /**
   * Removes uploads left unfinished for longer than `olderThanMs`: cut short by a process that
   * died, as an upload cannot take longer than PIONEER_REQUEST_TIMEOUT_MS (at most 10 minutes).
   */
  async sweepPartials(olderThanMs: number): Promise<number> {
    const cutoff = new Date(this.now() - olderThanMs).toISOString();
    const rows = (await this.db.read((m) =>
      runSql(m, `SELECT "storage_key" FROM "attachment_contents" WHERE "completed_at" IS NULL AND "started_at" < $1 ORDER BY "started_at" LIMIT ${SWEEP_LIMIT}`, [cutoff]),
    )) as Array<{ storage_key: string }>;
    for (const row of rows) await this.discard(row.storage_key);
    return rows.length;
  }

  /**
   * Unfinished first (from then on `open` refuses it, and if the process dies half-way the sweep
   * finds it), then the chunks a batch per write unit, then the row (the cascade takes any chunk
   * a racing writer added).
   */
  private async discard(key: string): Promise<void> {
    await this.db.write((m) => runSql(m, 'UPDATE "attachment_contents" SET "completed_at" = NULL WHERE "storage_key" = $1', [key]));
    const batch = `DELETE FROM "attachment_chunks" WHERE "storage_key" = $1 AND "seq" < (SELECT MIN("seq") + ${DELETE_BATCH} FROM "attachment_chunks" WHERE "storage_key" = $1)`;
    while ((await this.db.write((m) => changedRows(m, batch, [key]))) > 0);
    await this.db.write((m) => runSql(m, 'DELETE FROM "attachment_contents" WHERE "storage_key" = $1', [key]));
  }
}
