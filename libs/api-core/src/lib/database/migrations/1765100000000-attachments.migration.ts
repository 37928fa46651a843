import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded attachments and the submitted applications that cite them. Like the first schema,
 * one migration for both databases (uuid on PostgreSQL, text on SQLite). Indexes serve every
 * query: attachments by id (primary key) and by owner; links by attachment (primary key's
 * leading column, the download check) and by application.
 */
export class Attachments1765100000000 implements MigrationInterface {
  name = 'Attachments1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    const uuid = runner.connection.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    await runner.query(`CREATE TABLE "attachments" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "owner_id" varchar(64) NOT NULL,
      "uploaded_by" varchar(200) NOT NULL,
      "name" varchar(255) NOT NULL,
      "media_type" varchar(100) NOT NULL,
      "size" bigint NOT NULL CHECK ("size" >= 1),
      "sha256" varchar(64) NOT NULL,
      "storage_key" varchar(200) NOT NULL UNIQUE,
      "measure" varchar(100) NOT NULL,
      "field" varchar(200) NOT NULL,
      "created_at" varchar(24) NOT NULL
    )`);
    await runner.query(`CREATE INDEX "ix_attachments_owner_created" ON "attachments" ("owner_id", "created_at")`);
    await runner.query(`CREATE TABLE "attachment_links" (
      "attachment_id" ${uuid} NOT NULL REFERENCES "attachments" ("id"),
      "application_id" ${uuid} NOT NULL REFERENCES "applications" ("id"),
      PRIMARY KEY ("attachment_id", "application_id")
    )`);
    await runner.query(`CREATE INDEX "ix_attachment_links_application" ON "attachment_links" ("application_id")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "attachment_links"`);
    await runner.query(`DROP TABLE "attachments"`);
  }
}
