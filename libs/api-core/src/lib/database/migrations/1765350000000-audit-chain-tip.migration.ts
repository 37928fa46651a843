import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL: `audit_chain_tip(lock)` takes the audit chain's advisory lock and returns its last
 * link in one round trip (two before). Every write on PostgreSQL holds the chain from then to its
 * commit, so each round trip saved there is saved for all of them. In READ COMMITTED each
 * statement of a VOLATILE function takes a fresh snapshot: the SELECT, after the lock is granted,
 * sees the event the previous holder committed. SQLite serialises its writes: nothing to add.
 */
export class AuditChainTip1765350000000 implements MigrationInterface {
  name = 'AuditChainTip1765350000000';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(`
      CREATE FUNCTION audit_chain_tip(lock_key bigint) RETURNS TABLE (seq bigint, hash text) LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_key);
        RETURN QUERY SELECT e.seq::bigint, e.hash::text FROM audit_events e WHERE e.seq = (SELECT MAX(m.seq) FROM audit_events m);
      END
      $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query('DROP FUNCTION audit_chain_tip(bigint)');
  }
}
