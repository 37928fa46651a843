import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL: `approve_within_budget(…)` does an approval's writes in one statement, sent with the
 * transaction's COMMIT (`DatabaseService.commitWith`): move the application if it is still as the
 * API read it (its row is already locked by this transaction), then, in the one lock order every
 * budget movement keeps, claim the audit chain and reserve the amount in the budget's row if it
 * fits, write the ledger entry and append the audit event (`audit_append`). Under load every
 * approval of a budget waits on that row and on the chain; holding them for one statement and its
 * commit, inside the database, instead of across round trips to a busy API process, is what lets
 * approvals keep pace with the bare SQL (tools/bench/README.md).
 *
 * Raises `approval:changed` (the application moved meanwhile) or `approval:short` (the amount does
 * not fit: the API then goes step by step, cutting or refusing with the reason); either way the
 * COMMIT after it is not run and the transaction is rolled back. SQLite serialises its writes:
 * nothing to add.
 */
export class ApproveWithinBudget1765700000001 implements MigrationInterface {
  name = 'ApproveWithinBudget1765700000001';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(`
      CREATE FUNCTION approve_within_budget(
        p_ledger uuid, p_amount bigint, p_now varchar, p_entry uuid, p_actor varchar,
        p_application uuid, p_revision integer, p_from varchar[], p_to varchar, p_decision jsonb,
        p_budget_code varchar, p_budget_year integer,
        lock_key bigint, e_id uuid, e_at varchar, e_actor varchar, e_role varchar, e_action varchar,
        e_entity_type varchar, e_entity_id varchar, e_details jsonb, e_tail text
      ) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        UPDATE applications
          SET status = p_to, decision = p_decision, approved_amount = p_amount, budget_code = p_budget_code,
              budget_year = p_budget_year, status_reason = NULL, updated_at = p_now, revision = revision + 1
          WHERE id = p_application AND revision = p_revision AND status = ANY (p_from);
        IF NOT FOUND THEN
          RAISE EXCEPTION 'approval:changed';
        END IF;
        PERFORM audit_chain_tip(lock_key);
        UPDATE budget_ledgers SET committed = committed + p_amount, updated_at = p_now
          WHERE id = p_ledger AND committed + p_amount <= amount;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'approval:short';
        END IF;
        INSERT INTO ledger_entries (id, ledger_id, application_id, kind, amount, at, actor, reference)
          VALUES (p_entry, p_ledger, p_application, 'reserve', p_amount, p_now, p_actor, NULL);
        PERFORM audit_append(lock_key, e_id, e_at, e_actor, e_role, e_action, e_entity_type, e_entity_id, e_details, e_tail);
        RETURN 'approved';
      END
      $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(
      'DROP FUNCTION approve_within_budget(uuid, bigint, varchar, uuid, varchar, uuid, integer, varchar[], varchar, jsonb, varchar, integer, bigint, uuid, varchar, varchar, varchar, varchar, varchar, varchar, jsonb, text)',
    );
  }
}
