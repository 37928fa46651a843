import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications and the audit log. One migration for both databases: the only difference is the
 * id column's type (PostgreSQL has uuid; SQLite stores the text). JSON columns are jsonb on
 * PostgreSQL and text (declared jsonb) on SQLite; money is BIGINT integer fen on both.
 */
export class InitialSchema1764150000000 implements MigrationInterface {
  name = 'InitialSchema1764150000000';

  async up(runner: QueryRunner): Promise<void> {
    const uuid = runner.connection.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    await runner.query(`CREATE TABLE "applications" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "policy" varchar(100) NOT NULL,
      "measure" varchar(100) NOT NULL,
      "status" varchar(32) NOT NULL,
      "version" varchar(50),
      "applicant_id" varchar(64),
      "district" varchar(64),
      "data" jsonb NOT NULL,
      "decision" jsonb,
      "amount" bigint CHECK ("amount" IS NULL OR "amount" >= 0),
      "idempotency_key" varchar(200),
      "revision" integer NOT NULL CHECK ("revision" >= 1),
      "submitted_at" varchar(24),
      "created_at" varchar(24) NOT NULL,
      "updated_at" varchar(24) NOT NULL
    )`);
    await runner.query(`CREATE INDEX "ix_applications_measure_status_created" ON "applications" ("measure", "status", "created_at")`);
    await runner.query(`CREATE INDEX "ix_applications_measure_applicant" ON "applications" ("measure", "applicant_id")`);
    await runner.query(`CREATE UNIQUE INDEX "ux_applications_measure_idempotency" ON "applications" ("measure", "idempotency_key")`);
    await runner.query(`CREATE TABLE "audit_events" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "at" varchar(24) NOT NULL,
      "actor" varchar(200) NOT NULL,
      "role" varchar(32) NOT NULL,
      "action" varchar(64) NOT NULL,
      "entity_type" varchar(32) NOT NULL,
      "entity_id" varchar(64) NOT NULL,
      "details" jsonb NOT NULL
    )`);
    await runner.query(`CREATE INDEX "ix_audit_events_entity" ON "audit_events" ("entity_type", "entity_id", "at")`);
    await runner.query(`CREATE INDEX "ix_audit_events_at" ON "audit_events" ("at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "audit_events"`);
    await runner.query(`DROP TABLE "applications"`);
  }
}
