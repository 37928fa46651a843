import 'reflect-metadata';
import { databaseFrom, dataSourceOptions, verifyAuditLog } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import type { ParsedArgs } from './args';

export const AUDIT_USAGE = 'pioneer audit verify [--json]                 check the audit log\'s hash chain in the API\'s database (DATABASE_URL, DATABASE_SCHEMA, or SQLITE_FILE / data/pioneer.sqlite)';

/**
 * `pioneer audit verify`: walks the audit log in order and reports the first event that was
 * altered, removed or inserted after it was recorded. Exit 0 when intact, 1 when broken.
 * Reads the same variables as the API; it never migrates or writes.
 */
export async function auditCommand(args: ParsedArgs, out: (line: string) => void): Promise<number> {
  if (args.positional[0] !== 'verify') {
    out(`usage: ${AUDIT_USAGE}`);
    return 2;
  }
  const database = databaseFrom(process.env);
  const where = database.kind === 'postgres' ? `PostgreSQL${database.schema ? ` (schema ${database.schema})` : ''}` : `SQLite ${database.file}`;
  const dataSource = new DataSource({ ...dataSourceOptions(database), migrationsRun: false } as ConstructorParameters<typeof DataSource>[0]);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(`cannot open ${where}: ${(error as Error).message}. Set DATABASE_URL (PostgreSQL) or SQLITE_FILE to the API's database.`);
  }
  try {
    if (await dataSource.showMigrations()) throw new Error(`${where} has migrations not yet applied: start the API once (it migrates at start), then verify again.`);
    const report = await verifyAuditLog(dataSource.manager);
    if (args.options.json) out(JSON.stringify({ database: where, ...report }));
    else if (report.ok) out(`✓ audit chain intact: ${report.events} events (${where})`);
    else out(`✗ audit chain broken at event #${report.firstBroken!.seq} (${report.firstBroken!.id}): ${report.firstBroken!.reason}. The ${report.events} events before it verify. (${where})`);
    return report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}
