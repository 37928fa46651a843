import { Injectable } from '@nestjs/common';
import type { ExportRequest } from '@pioneer/api-applications';
import { changedRows, DatabaseService, runSql } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import type { ExportJobRow } from './export-job.dto';

const COLUMNS = `"id", "owner", "kind", "parameters", "status", "reason_zh", "reason_en", "rows_written", "rows_total", "file_name", "media_type", "size", "sha256", "storage_key", "claim", "attempts", "created_at", "started_at", "finished_at", "expires_at"`;

/** Queued, or running under a worker that has not written since `$staleBefore`: a worker may take it. */
const CLAIMABLE = `("status" = 'queued' OR ("status" = 'running' AND "heartbeat_at" < $4))`;

/** What a finished run stored. */
export interface StoredExport {
  key: string;
  size: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  rows: number;
}

/**
 * The statements of export jobs. Every write of a run is conditional on its claim token: a
 * worker that was taken over (its process was thought dead) changes nothing any more.
 */
@Injectable()
export class ExportJobsRepository {
  constructor(private readonly db: DatabaseService) {}

  /**
   * Queues a job unless its owner already has `most` queued or running: one write unit that
   * counts and inserts, serialised per owner (SQLite: the one writer; PostgreSQL: a transaction
   * lock on the owner), so parallel requests through several API processes never pass the limit.
   */
  insertIfRoom(job: { id: string; owner: string; request: ExportRequest; createdAt: string }, most: number): Promise<boolean> {
    const { kind, ...parameters } = job.request;
    return this.db.write(async (m) => {
      if (this.db.kind === 'postgres') await runSql(m, 'SELECT pg_advisory_xact_lock(hashtext($1))', [`export-jobs:${job.owner}`]);
      if ((await this.unfinished(m, job.owner)) >= most) return false;
      await runSql(m, `INSERT INTO "export_jobs" ("id", "owner", "kind", "parameters", "status", "created_at") VALUES ($1, $2, $3, $4, 'queued', $5)`, [job.id, job.owner, kind, JSON.stringify(parameters), job.createdAt]);
      return true;
    });
  }

  private async unfinished(m: EntityManager, owner: string): Promise<number> {
    const [row] = (await runSql(m, `SELECT COUNT(*) AS "n" FROM "export_jobs" WHERE "owner" = $1 AND "status" IN ('queued', 'running')`, [owner])) as Array<{ n: number | string }>;
    return Number(row.n);
  }

  /** One owner's jobs, newest first. */
  async page(owner: string, offset: number, limit: number): Promise<{ rows: ExportJobRow[]; total: number }> {
    return this.db.read(async (m) => {
      const rows = (await runSql(m, `SELECT ${COLUMNS} FROM "export_jobs" WHERE "owner" = $1 ORDER BY "created_at" DESC, "id" DESC LIMIT ${limit} OFFSET ${offset}`, [owner])) as ExportJobRow[];
      const [{ n }] = (await runSql(m, 'SELECT COUNT(*) AS "n" FROM "export_jobs" WHERE "owner" = $1', [owner])) as Array<{ n: number | string }>;
      return { rows, total: Number(n) };
    });
  }

  /** A job of this owner's; undefined for another's (which is nobody else's business to know exists). */
  async findOwn(id: string, owner: string): Promise<ExportJobRow | undefined> {
    const [row] = (await this.db.read((m) => runSql(m, `SELECT ${COLUMNS} FROM "export_jobs" WHERE "id" = $1 AND "owner" = $2`, [id, owner]))) as ExportJobRow[];
    return row;
  }

  /**
   * Takes the oldest claimable job for a run of this worker, atomically: on PostgreSQL the row is
   * locked and others skip it (FOR UPDATE SKIP LOCKED); on SQLite the one writer runs the
   * conditional UPDATE alone. Idle workers first look with a read, so polling writes nothing.
   */
  async claim(claim: string, worker: string, now: string, staleBefore: string): Promise<ExportJobRow | undefined> {
    const waiting = await this.db.read((m) => runSql(m, `SELECT "id" FROM "export_jobs" WHERE "status" = 'queued' OR ("status" = 'running' AND "heartbeat_at" < $1) LIMIT 1`, [staleBefore]));
    if (waiting.length === 0) return undefined;
    const lock = this.db.kind === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const claimed = await this.db.write((m) =>
      changedRows(
        m,
        `UPDATE "export_jobs" SET "status" = 'running', "claim" = $1, "worker" = $2, "attempts" = "attempts" + 1, "heartbeat_at" = $3, "started_at" = COALESCE("started_at", $3)
         WHERE "id" = (SELECT "id" FROM "export_jobs" WHERE ${CLAIMABLE} ORDER BY "created_at" LIMIT 1${lock}) AND ${CLAIMABLE}`,
        [claim, worker, now, staleBefore],
      ),
    );
    if (claimed !== 1) return undefined;
    const [row] = (await this.db.read((m) => runSql(m, `SELECT ${COLUMNS} FROM "export_jobs" WHERE "claim" = $1`, [claim]))) as ExportJobRow[];
    return row;
  }

  /** The run is alive (and has written `rowsWritten` of `rowsTotal`); false once it lost its claim. */
  async progress(id: string, claim: string, now: string, rowsWritten: number, rowsTotal?: number): Promise<boolean> {
    const total = rowsTotal === undefined ? '' : `, "rows_total" = ${Number(rowsTotal)}`;
    const changed = await this.db.write((m) => changedRows(m, `UPDATE "export_jobs" SET "heartbeat_at" = $3, "rows_written" = $4${total} WHERE "id" = $1 AND "claim" = $2 AND "status" = 'running'`, [id, claim, now, rowsWritten]));
    return changed === 1;
  }

  /** Done, with its file; false when the run had lost its claim (the caller removes the file it stored). */
  async finish(id: string, claim: string, now: string, expiresAt: string, stored: StoredExport): Promise<boolean> {
    const changed = await this.db.write((m) =>
      changedRows(
        m,
        `UPDATE "export_jobs" SET "status" = 'done', "finished_at" = $3, "expires_at" = $4, "storage_key" = $5, "size" = $6, "sha256" = $7, "file_name" = $8, "media_type" = $9, "rows_written" = $10, "rows_total" = $10, "claim" = NULL
         WHERE "id" = $1 AND "claim" = $2 AND "status" = 'running'`,
        [id, claim, now, expiresAt, stored.key, stored.size, stored.sha256, stored.fileName, stored.mediaType, stored.rows],
      ),
    );
    return changed === 1;
  }

  async fail(id: string, claim: string, now: string, reason: Label): Promise<void> {
    await this.db.write((m) =>
      changedRows(m, `UPDATE "export_jobs" SET "status" = 'failed', "finished_at" = $3, "reason_zh" = $4, "reason_en" = $5, "claim" = NULL WHERE "id" = $1 AND "claim" = $2 AND "status" = 'running'`, [id, claim, now, reason['zh-CN'], reason.en]),
    );
  }

  /** Back to the queue, not counted as an attempt: its process is stopping cleanly and another takes it. */
  async release(id: string, claim: string): Promise<void> {
    await this.db.write((m) =>
      changedRows(m, `UPDATE "export_jobs" SET "status" = 'queued', "claim" = NULL, "worker" = NULL, "heartbeat_at" = NULL, "attempts" = "attempts" - 1, "rows_written" = 0 WHERE "id" = $1 AND "claim" = $2 AND "status" = 'running'`, [id, claim]),
    );
  }

  /** Finished files past their expiry, and expired ones whose content is still to remove (a sweep cut short). */
  async expiring(now: string, limit: number): Promise<Array<{ id: string; storage_key: string | null; status: string }>> {
    return (await this.db.read((m) =>
      runSql(m, `SELECT "id", "storage_key", "status" FROM "export_jobs" WHERE ("status" = 'done' AND "expires_at" < $1) OR ("status" = 'expired' AND "storage_key" IS NOT NULL) LIMIT ${limit}`, [now]),
    )) as Array<{ id: string; storage_key: string | null; status: string }>;
  }

  /** Expired from now on (downloads refused); false when another process's sweep got there first. */
  async markExpired(id: string): Promise<boolean> {
    return (await this.db.write((m) => changedRows(m, `UPDATE "export_jobs" SET "status" = 'expired' WHERE "id" = $1 AND "status" = 'done'`, [id]))) === 1;
  }

  async forgetContent(id: string): Promise<void> {
    await this.db.write((m) => changedRows(m, `UPDATE "export_jobs" SET "storage_key" = NULL WHERE "id" = $1 AND "status" = 'expired'`, [id]));
  }
}
