import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL: `audit_append(lock, event…, tail)` claims the audit chain (`audit_chain_tip`), links
 * the event to the tip and inserts it, in one round trip (two before: the tip, then the insert).
 * The hash is computed here, as `eventHash` does in audit-chain.util.ts: SHA-256 of the canonical
 * JSON array `[seq, prevHash, id, at, actor, role, action, entityType, entityId, details]`, whose
 * part after `seq` and `prevHash` (`tail`: the rest, without its opening `[`) the API builds and
 * passes, because only the API writes canonical JSON. A write's chain lock is then held for its
 * commit alone, not for a round trip before it. SQLite serialises its writes: nothing to add.
 */
export class AuditAppend1765700000000 implements MigrationInterface {
  name = 'AuditAppend1765700000000';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(`
      CREATE FUNCTION audit_append(
        lock_key bigint, p_id uuid, p_at varchar, p_actor varchar, p_role varchar, p_action varchar,
        p_entity_type varchar, p_entity_id varchar, p_details jsonb, p_tail text
      ) RETURNS TABLE (seq bigint, hash text) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        last_seq bigint;
        last_hash text;
        next_hash text;
      BEGIN
        SELECT t.seq, t.hash INTO last_seq, last_hash FROM audit_chain_tip(lock_key) t;
        IF last_seq IS NULL THEN
          last_seq := 0;
          last_hash := repeat('0', 64);
        END IF;
        next_hash := encode(sha256(convert_to('[' || (last_seq + 1)::text || ',"' || last_hash || '",' || p_tail, 'UTF8')), 'hex');
        INSERT INTO audit_events (id, seq, at, actor, role, action, entity_type, entity_id, details, prev_hash, hash)
          VALUES (p_id, last_seq + 1, p_at, p_actor, p_role, p_action, p_entity_type, p_entity_id, p_details, last_hash, next_hash);
        RETURN QUERY SELECT last_seq + 1, next_hash;
      END
      $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query('DROP FUNCTION audit_append(bigint, uuid, varchar, varchar, varchar, varchar, varchar, varchar, jsonb, text)');
  }
}
