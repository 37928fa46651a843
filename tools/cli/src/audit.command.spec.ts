import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeAuditVerify } from './audit.command.contract';

describeAuditVerify('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-audit-'));
  const file = path.join(dir, 'audit.sqlite');
  return { env: { SQLITE_FILE: file, DATABASE_URL: '' }, database: { kind: 'sqlite', file }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
});
