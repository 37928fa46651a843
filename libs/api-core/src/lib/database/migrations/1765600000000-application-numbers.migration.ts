import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readable application numbers (SZAI-2025-000123). `number` is assigned by the server when an
 * application is created, from one counter row per prefix and year: the create transaction
 * bumps the row with one upsert, so two API processes on one PostgreSQL queue on the row lock and
 * never hand out a number twice (SQLite serialises its writers). The column stays nullable here:
 * existing rows are numbered by api-applications' backfill migration, which knows each policy's
 * prefix. The unique index also serves `q=` look-ups by number.
 */
export class ApplicationNumbers1765600000000 implements MigrationInterface {
  name = 'ApplicationNumbers1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "applications" ADD COLUMN "number" varchar(40)`);
    await runner.query(`CREATE UNIQUE INDEX "ux_applications_number" ON "applications" ("number")`);
    await runner.query(`CREATE TABLE "application_number_counters" ("scope" varchar(60) NOT NULL PRIMARY KEY, "last" integer NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "application_number_counters"`);
    await runner.query(`DROP INDEX "ux_applications_number"`);
    await runner.query(`ALTER TABLE "applications" DROP COLUMN "number"`);
  }
}
