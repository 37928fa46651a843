import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports read page by page in a stable order, each page starting after the last one's key
 * (keyset): a measure's applications by (created_at, id), a ledger's entries by (at, id). With
 * these indexes every page is one index range however deep into the export it is. The ledger's
 * (ledger_id, at) index gives way to (ledger_id, at, id), which serves everything it did: an
 * approval still writes one ledger index entry, not two.
 */
export class ExportKeysetIndexes1765960000000 implements MigrationInterface {
  name = 'ExportKeysetIndexes1765960000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "ix_applications_measure_created_id" ON "applications" ("measure", "created_at", "id")`);
    await runner.query(`CREATE INDEX "ix_ledger_entries_ledger_at_id" ON "ledger_entries" ("ledger_id", "at", "id")`);
    await runner.query(`DROP INDEX "ix_ledger_entries_ledger_at"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "ix_ledger_entries_ledger_at" ON "ledger_entries" ("ledger_id", "at")`);
    await runner.query(`DROP INDEX "ix_ledger_entries_ledger_at_id"`);
    await runner.query(`DROP INDEX "ix_applications_measure_created_id"`);
  }
}
