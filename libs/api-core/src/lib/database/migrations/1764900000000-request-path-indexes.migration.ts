import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for every query the request path makes that the first schema left to a table scan:
 * an applicant's funding history before each decision and its draft count (applicant, status,
 * policy), and a district officer's lists (measure, district). The query-plan test
 * (apps/api/test/query-plans.spec.ts) fails when a request-path query scans a table again.
 */
export class RequestPathIndexes1764900000000 implements MigrationInterface {
  name = 'RequestPathIndexes1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "ix_applications_applicant_status_policy" ON "applications" ("applicant_id", "status", "policy")`);
    await runner.query(`CREATE INDEX "ix_applications_measure_district" ON "applications" ("measure", "district")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "ix_applications_measure_district"`);
    await runner.query(`DROP INDEX "ix_applications_applicant_status_policy"`);
  }
}
