import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeAuditVerify } from './audit.command.contract';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

async function onServer(sql: string): Promise<void> {
  const server = new DataSource({ type: 'postgres', url });
  await server.initialize();
  await server.query(sql).finally(() => server.destroy());
}

describeAuditVerify('PostgreSQL', async () => {
  const schema = `pioneer_audit_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE SCHEMA "${schema}"`);
  return { env: { DATABASE_URL: url!, DATABASE_SCHEMA: schema }, database: { kind: 'postgres', url: url!, schema }, drop: () => onServer(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`) };
});
