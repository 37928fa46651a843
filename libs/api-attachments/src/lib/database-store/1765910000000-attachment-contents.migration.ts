import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database attachment store (PIONEER_ATTACHMENT_STORE=database): one row per content, in
 * `attachment_contents`, and its bytes in `attachment_chunks`, 256 KiB a row (bytea on
 * PostgreSQL, blob on SQLite). A content is readable once `completed_at` is set; rows without it
 * are uploads in progress, or cut short, which the partial index lets the sweep find.
 *
 * On PostgreSQL the chunks are stored out of line uncompressed (STORAGE EXTERNAL): evidence files
 * (PDF, images, Office documents) are compressed already, and compressing each 256 KiB again only
 * costs CPU.
 */
export class AttachmentContents1765910000000 implements MigrationInterface {
  name = 'AttachmentContents1765910000000';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const uuid = postgres ? 'uuid' : 'varchar(36)';
    await runner.query(`CREATE TABLE "attachment_contents" (
      "storage_key" ${uuid} NOT NULL PRIMARY KEY,
      "size" bigint CHECK ("size" >= 0),
      "sha256" varchar(64),
      "chunks" integer CHECK ("chunks" >= 0),
      "started_at" varchar(24) NOT NULL,
      "completed_at" varchar(24)
    )`);
    await runner.query(`CREATE INDEX "ix_attachment_contents_unfinished" ON "attachment_contents" ("started_at") WHERE "completed_at" IS NULL`);
    await runner.query(`CREATE TABLE "attachment_chunks" (
      "storage_key" ${uuid} NOT NULL REFERENCES "attachment_contents" ("storage_key") ON DELETE CASCADE,
      "seq" integer NOT NULL CHECK ("seq" >= 0),
      "data" ${postgres ? 'bytea' : 'blob'} NOT NULL,
      PRIMARY KEY ("storage_key", "seq")
    )`);
    if (postgres) await runner.query(`ALTER TABLE "attachment_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "attachment_chunks"`);
    await runner.query(`DROP TABLE "attachment_contents"`);
  }
}
