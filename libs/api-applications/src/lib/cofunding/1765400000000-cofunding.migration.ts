import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clause 十 co-funding: the share of an approved award a district pays. One row per
 * application (recording again replaces it); the amount is integer fen, never more than what
 * was approved (checked by the service, which reads the approval in the same transaction).
 */
export class Cofunding1765400000000 implements MigrationInterface {
  name = 'Cofunding1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    const uuid = runner.connection.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    await runner.query(`CREATE TABLE "cofunding_shares" (
      "application_id" ${uuid} NOT NULL PRIMARY KEY REFERENCES "applications" ("id"),
      "district" varchar(64) NOT NULL,
      "amount" bigint NOT NULL CHECK ("amount" >= 0),
      "note" varchar(500),
      "recorded_by" varchar(200) NOT NULL,
      "recorded_at" varchar(24) NOT NULL
    )`);
    await runner.query(`CREATE INDEX "ix_cofunding_shares_district" ON "cofunding_shares" ("district")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "cofunding_shares"`);
  }
}
