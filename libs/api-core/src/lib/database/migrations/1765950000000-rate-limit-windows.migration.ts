import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in limit's counters, shared by every API process on the database: one row per route
 * and client address, the start of its current window (ms since the epoch) and the attempts in
 * it. Counters, not records: they are swept once their window is over and never audited.
 */
export class RateLimitWindows1765950000000 implements MigrationInterface {
  name = 'RateLimitWindows1765950000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "rate_limit_windows" ("bucket" varchar(200) PRIMARY KEY NOT NULL, "started_at" bigint NOT NULL, "hits" integer NOT NULL)`);
    await runner.query(`CREATE INDEX "ix_rate_limit_windows_started" ON "rate_limit_windows" ("started_at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "ix_rate_limit_windows_started"`);
    await runner.query(`DROP TABLE "rate_limit_windows"`);
  }
}
