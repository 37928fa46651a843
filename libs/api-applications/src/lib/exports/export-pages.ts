import { type DatabaseService, type LedgerEntryKind, runSql, type SnapshotReader } from '@pioneer/api-core';
import type { EntityManager } from 'typeorm';

/** What an export reads of an application: its columns, never its form or its decision. */
export interface ExportedApplication {
  id: string;
  number: string | null;
  measure: string;
  applicantId: string | null;
  district: string | null;
  status: string;
  amount: number | null;
  approvedAmount: number | null;
  paidAmount: number;
  budgetCode: string | null;
  budgetYear: number | null;
  submittedAt: string | null;
  statusReason: string | null;
  createdAt: string;
}

/** A ledger entry with its application's readable number. */
export interface ExportedEntry {
  id: string;
  at: string;
  applicationId: string;
  applicationNumber: string | null;
  kind: LedgerEntryKind;
  amount: number;
  actor: string;
  reference: string | null;
}

type Row = Record<string, unknown>;

/** bigint fen comes back as text from PostgreSQL, as a number from SQLite. */
const fen = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

const APPLICATION_COLUMNS = `"id", "number", "measure", "applicant_id", "district", "status", "amount", "approved_amount", "paid_amount", "budget_code", "budget_year", "submitted_at", "status_reason", "created_at"`;

function application(row: Row): ExportedApplication {
  return {
    id: String(row.id),
    number: text(row.number),
    measure: String(row.measure),
    applicantId: text(row.applicant_id),
    district: text(row.district),
    status: String(row.status),
    amount: fen(row.amount),
    approvedAmount: fen(row.approved_amount),
    paidAmount: fen(row.paid_amount) ?? 0,
    budgetCode: text(row.budget_code),
    budgetYear: fen(row.budget_year),
    submittedAt: text(row.submitted_at),
    statusReason: text(row.status_reason),
    createdAt: String(row.created_at),
  };
}

function entry(row: Row): ExportedEntry {
  return {
    id: String(row.id),
    at: String(row.at),
    applicationId: String(row.application_id),
    applicationNumber: text(row.application_number),
    kind: row.kind as LedgerEntryKind,
    amount: fen(row.amount) ?? 0,
    actor: String(row.actor),
    reference: text(row.reference),
  };
}

/**
 * Pages of rows in a stable order, by keyset (the last row's sort key, never OFFSET: every page
 * is one index range however deep), from one snapshot, until `limit` rows; the snapshot is
 * closed when the pages end or the reader stops early (a client that left).
 * `statement(after)` is the page's SQL and parameters: `after` is the previous page's last row.
 */
async function* keysetPages<T>(
  db: DatabaseService,
  statement: (after: Row | null) => { sql: string; parameters: unknown[] },
  convert: (row: Row) => T,
  pageRows: number,
  limit: number,
): AsyncGenerator<T[]> {
  const reader: SnapshotReader = await db.snapshot();
  try {
    let after: Row | null = null;
    for (let left = limit; left > 0; ) {
      const { sql, parameters } = statement(after);
      const rows = await reader.rows(`${sql} LIMIT ${Math.min(pageRows, left)}`, parameters);
      if (rows.length === 0) return;
      left -= rows.length;
      after = rows[rows.length - 1];
      yield rows.map(convert);
      if (rows.length < pageRows) return;
    }
  } finally {
    await reader.close();
  }
}

interface ApplicationFilter {
  measure: string;
  year?: number;
  ids?: string[];
}

/** The filter's WHERE conditions and their parameters ($1…). */
function applicationWhere(filter: ApplicationFilter): { where: string[]; parameters: unknown[] } {
  const where = ['"measure" = $1'];
  const parameters: unknown[] = [filter.measure];
  if (filter.year !== undefined) where.push(`"budget_year" = $${parameters.push(filter.year)}`);
  if (filter.ids) where.push(`"id" IN (${filter.ids.map((id) => `$${parameters.push(id)}`).join(', ')})`);
  return { where, parameters };
}

/** How many applications an export of `filter` holds (one index count, before anything is sent). */
export async function countApplications(manager: EntityManager, filter: ApplicationFilter): Promise<number> {
  const { where, parameters } = applicationWhere(filter);
  const [row] = (await runSql(manager, `SELECT COUNT(*) AS "rows" FROM "applications" WHERE ${where.join(' AND ')}`, parameters)) as Array<{ rows: number | string }>;
  return Number(row.rows);
}

export async function countEntries(manager: EntityManager, ledgerId: string): Promise<number> {
  const [row] = (await runSql(manager, 'SELECT COUNT(*) AS "rows" FROM "ledger_entries" WHERE "ledger_id" = $1', [ledgerId])) as Array<{ rows: number | string }>;
  return Number(row.rows);
}

/** A measure's applications (of one budget year; or only `ids`), oldest first, as the export reads them. */
export function applicationPages(db: DatabaseService, filter: ApplicationFilter, pageRows: number, limit: number): AsyncGenerator<ExportedApplication[]> {
  const { where, parameters } = applicationWhere(filter);
  return keysetPages(
    db,
    (after) => {
      const page = [...where];
      const values = [...parameters];
      if (after) page.push(`("created_at", "id") > ($${values.push(after.created_at)}, $${values.push(after.id)})`);
      return { sql: `SELECT ${APPLICATION_COLUMNS} FROM "applications" WHERE ${page.join(' AND ')} ORDER BY "created_at", "id"`, parameters: values };
    },
    application,
    pageRows,
    limit,
  );
}

/** A ledger's entries, oldest first, each with its application's readable number. */
export function ledgerPages(db: DatabaseService, ledgerId: string, pageRows: number, limit: number): AsyncGenerator<ExportedEntry[]> {
  return keysetPages(
    db,
    (after) => ({
      sql: `SELECT e."id", e."at", e."kind", e."amount", e."actor", e."reference", e."application_id", a."number" AS "application_number"
        FROM "ledger_entries" e LEFT JOIN "applications" a ON a."id" = e."application_id"
        WHERE e."ledger_id" = $1${after ? ' AND (e."at", e."id") > ($2, $3)' : ''} ORDER BY e."at", e."id"`,
      parameters: after ? [ledgerId, after.at, after.id] : [ledgerId],
    }),
    entry,
    pageRows,
    limit,
  );
}
