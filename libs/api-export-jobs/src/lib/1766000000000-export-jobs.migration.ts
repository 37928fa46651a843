import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export jobs: one row per export asked for, run in the background by whichever API process
 * claims it. `claim` is the current run's own token (every write of a run is conditional on it,
 * so a worker that was taken over can change nothing); `heartbeat_at` is the run's last write,
 * which tells the others when its process died. The file itself lives in the attachment store
 * (`storage_key`), so any API process serves it. Times are ISO text of the wall clock.
 */
export class ExportJobs1766000000000 implements MigrationInterface {
  name = 'ExportJobs1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const uuid = postgres ? 'uuid' : 'varchar(36)';
    await runner.query(`CREATE TABLE "export_jobs" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "owner" varchar(200) NOT NULL,
      "kind" varchar(20) NOT NULL,
      "parameters" text NOT NULL,
      "status" varchar(10) NOT NULL CHECK ("status" IN ('queued', 'running', 'done', 'failed', 'expired')),
      "reason_zh" text,
      "reason_en" text,
      "rows_written" integer NOT NULL DEFAULT 0,
      "rows_total" integer,
      "file_name" varchar(200),
      "media_type" varchar(100),
      "size" bigint,
      "sha256" varchar(64),
      "storage_key" ${uuid},
      "claim" ${uuid},
      "worker" varchar(200),
      "attempts" integer NOT NULL DEFAULT 0,
      "heartbeat_at" varchar(24),
      "created_at" varchar(24) NOT NULL,
      "started_at" varchar(24),
      "finished_at" varchar(24),
      "expires_at" varchar(24)
    )`);
    // A user's own jobs, newest first, and how many of them are still to finish (the per-user limit).
    await runner.query(`CREATE INDEX "ix_export_jobs_owner" ON "export_jobs" ("owner", "created_at", "id")`);
    // What workers look for: queued jobs (oldest first) and running ones gone quiet.
    await runner.query(`CREATE INDEX "ix_export_jobs_status" ON "export_jobs" ("status", "created_at")`);
    await runner.query(`CREATE INDEX "ix_export_jobs_expiry" ON "export_jobs" ("status", "expires_at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "export_jobs"`);
  }
}
