import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the audit log's `?action=` and `?actor=` filters (GET /api/audit/events): without
 * them a filter on either alone reads the whole log, which on SQLite holds up every write behind
 * it. The entity and date filters already have (entity_type, entity_id, at) and (at). Each event
 * costs two more index entries, next to the chain's one fsync per commit.
 */
export class AuditFilterIndexes1765800000000 implements MigrationInterface {
  name = 'AuditFilterIndexes1765800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "ix_audit_events_action" ON "audit_events" ("action", "at")`);
    await runner.query(`CREATE INDEX "ix_audit_events_actor" ON "audit_events" ("actor", "at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "ix_audit_events_actor"`);
    await runner.query(`DROP INDEX "ix_audit_events_action"`);
  }
}
