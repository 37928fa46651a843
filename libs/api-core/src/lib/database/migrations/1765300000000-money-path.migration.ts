import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The second half of a grant's life: review assignments with scores, a ledger per annual budget
 * and year (committed can never pass the amount: CHECK, and every approval a conditional
 * UPDATE), its entries, and on each application what was approved and paid against which budget.
 */
export class MoneyPath1765300000000 implements MigrationInterface {
  name = 'MoneyPath1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    const uuid = runner.connection.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    await runner.query(
      `ALTER TABLE "applications" ADD COLUMN "approved_amount" bigint CHECK ("approved_amount" IS NULL OR "approved_amount" >= 0)`,
    );
    await runner.query(`ALTER TABLE "applications" ADD COLUMN "paid_amount" bigint NOT NULL DEFAULT 0 CHECK ("paid_amount" >= 0)`);
    await runner.query(`ALTER TABLE "applications" ADD COLUMN "budget_code" varchar(100)`);
    await runner.query(`ALTER TABLE "applications" ADD COLUMN "budget_year" integer`);
    await runner.query(`ALTER TABLE "applications" ADD COLUMN "status_reason" varchar(2000)`);
    await runner.query(`CREATE INDEX "ix_applications_budget" ON "applications" ("budget_code", "budget_year", "status")`);
    await runner.query(`CREATE TABLE "review_assignments" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "application_id" ${uuid} NOT NULL REFERENCES "applications" ("id"),
      "reviewer" varchar(200) NOT NULL,
      "assigned_by" varchar(200) NOT NULL,
      "assigned_at" varchar(24) NOT NULL,
      "conflict" boolean,
      "declared_at" varchar(24),
      "scores" jsonb,
      "comment" varchar(2000),
      "scored_at" varchar(24)
    )`);
    await runner.query(
      `CREATE UNIQUE INDEX "ux_review_assignments_application_reviewer" ON "review_assignments" ("application_id", "reviewer")`,
    );
    await runner.query(`CREATE INDEX "ix_review_assignments_reviewer" ON "review_assignments" ("reviewer", "assigned_at")`);
    await runner.query(`CREATE TABLE "budget_ledgers" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "policy" varchar(100) NOT NULL,
      "budget" varchar(100) NOT NULL,
      "year" integer NOT NULL,
      "amount" bigint NOT NULL CHECK ("amount" >= 0),
      "committed" bigint NOT NULL DEFAULT 0 CHECK ("committed" >= 0 AND "committed" <= "amount"),
      "paid" bigint NOT NULL DEFAULT 0 CHECK ("paid" >= 0 AND "paid" <= "committed"),
      "updated_at" varchar(24) NOT NULL
    )`);
    await runner.query(`CREATE UNIQUE INDEX "ux_budget_ledgers_policy_budget_year" ON "budget_ledgers" ("policy", "budget", "year")`);
    await runner.query(`CREATE INDEX "ix_budget_ledgers_year" ON "budget_ledgers" ("year")`);
    await runner.query(`CREATE TABLE "ledger_entries" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "ledger_id" ${uuid} NOT NULL REFERENCES "budget_ledgers" ("id"),
      "application_id" ${uuid} NOT NULL REFERENCES "applications" ("id"),
      "kind" varchar(16) NOT NULL CHECK ("kind" IN ('reserve', 'release', 'payment')),
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "at" varchar(24) NOT NULL,
      "actor" varchar(200) NOT NULL,
      "reference" varchar(500)
    )`);
    await runner.query(`CREATE INDEX "ix_ledger_entries_ledger_at" ON "ledger_entries" ("ledger_id", "at")`);
    await runner.query(`CREATE INDEX "ix_ledger_entries_application" ON "ledger_entries" ("application_id")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "ledger_entries"`);
    await runner.query(`DROP TABLE "budget_ledgers"`);
    await runner.query(`DROP TABLE "review_assignments"`);
    await runner.query(`DROP INDEX "ix_applications_budget"`);
    for (const column of ['status_reason', 'budget_year', 'budget_code', 'paid_amount', 'approved_amount'])
      await runner.query(`ALTER TABLE "applications" DROP COLUMN "${column}"`);
  }
}
