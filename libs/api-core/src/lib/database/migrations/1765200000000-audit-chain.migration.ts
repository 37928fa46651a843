import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventHash, GENESIS_HASH } from '../../audit/audit-chain.util';

/**
 * Chains the audit log: each event gets its number (`seq`), its predecessor's hash and its own.
 * Events recorded before this migration are chained in the order they were recorded.
 */
export class AuditChain1765200000000 implements MigrationInterface {
  name = 'AuditChain1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "audit_events" ADD COLUMN "seq" bigint NOT NULL DEFAULT 0`);
    await runner.query(`ALTER TABLE "audit_events" ADD COLUMN "prev_hash" varchar(64) NOT NULL DEFAULT ''`);
    await runner.query(`ALTER TABLE "audit_events" ADD COLUMN "hash" varchar(64) NOT NULL DEFAULT ''`);
    const rows: Array<Record<string, unknown>> = await runner.query(
      `SELECT "id", "at", "actor", "role", "action", "entity_type", "entity_id", "details" FROM "audit_events" ORDER BY "at", "id"`,
    );
    let prevHash = GENESIS_HASH;
    let seq = 0;
    for (const row of rows) {
      seq += 1;
      const details = typeof row.details === 'string' ? JSON.parse(row.details) : row.details;
      const event = {
        id: String(row.id),
        seq,
        at: String(row.at),
        actor: String(row.actor),
        role: String(row.role),
        action: String(row.action),
        entityType: String(row.entity_type),
        entityId: String(row.entity_id),
        details,
        prevHash,
      };
      const hash = eventHash(event);
      const postgres = runner.connection.options.type === 'postgres';
      await runner.query(
        `UPDATE "audit_events" SET "seq" = ${postgres ? '$1' : '?'}, "prev_hash" = ${postgres ? '$2' : '?'}, "hash" = ${postgres ? '$3' : '?'} WHERE "id" = ${postgres ? '$4' : '?'}`,
        [seq, prevHash, hash, event.id],
      );
      prevHash = hash;
    }
    await runner.query(`CREATE UNIQUE INDEX "ux_audit_events_seq" ON "audit_events" ("seq")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "ux_audit_events_seq"`);
    for (const column of ['hash', 'prev_hash', 'seq']) await runner.query(`ALTER TABLE "audit_events" DROP COLUMN "${column}"`);
  }
}
