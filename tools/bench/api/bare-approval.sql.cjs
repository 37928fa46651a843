// The three statements an approval cannot do without — the conditional budget UPDATE (the hot row
// every approval of one budget contends on), the ledger entry and the application's conditional
// status change — shared by the bare SQL peer (in-process) and the bare fastify peer (over HTTP).
// Written with $n placeholders; SQLite takes them as ? in order (the reserve's amount appears twice).
module.exports = {
  RESERVE: 'UPDATE budget_ledgers SET committed = committed + $1, updated_at = $2 WHERE id = $3 AND committed + $1 <= amount',
  ENTRY:
    "INSERT INTO ledger_entries (id, ledger_id, application_id, kind, amount, at, actor, reference) VALUES ($1, $2, $3, 'reserve', $4, $5, 'bench', NULL)",
  MOVE: "UPDATE applications SET status = 'approved', approved_amount = $1, revision = revision + 1 WHERE id = $2 AND status = 'scored'",
  /** SQLite's form: ? in the order the values are passed (amount, at, ledger, amount). */
  sqlite: (sql) => sql.replace('committed + $1 <= amount', 'committed + $4 <= amount').replace(/\$\d+/g, '?'),
};
