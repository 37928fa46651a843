import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { ApplicationsService, ApprovalService, PaymentService, PolicyRegistry, ReviewService, seedDemoApplications, WithdrawalService } from '@pioneer/api-applications';
import { ApplicationEntity, Clock, ConfigError, configFromEnv, DatabaseService, DEMO_TOKENS } from '@pioneer/api-core';
import { DEMO_SIGN_INS, OrganisationsService, seedDemoIdentity, UsersService } from '@pioneer/api-identity';
import { createApi } from './create-api';
import { findUp } from './find-up.util';

/**
 * `npm run start:api`: the API on PORT (3000), SQLite in data/pioneer.sqlite unless DATABASE_URL
 * names a PostgreSQL database. PIONEER_DEMO=1 fills an empty database with demo organisations,
 * one user per role (printed) and demo applications.
 */
async function main(): Promise<void> {
  const logger = new Logger('Pioneer');
  const config = configFromEnv();
  const app = await createApi(config);
  app.enableShutdownHooks();
  if (config.demo) {
    const db = app.get(DatabaseService);
    const existing = await db.read((manager) => manager.count(ApplicationEntity));
    const schemas = findUp('schemas/policies');
    const people = schemas ? await seedDemoIdentity(db, app.get(OrganisationsService), app.get(UsersService), path.dirname(schemas), (line) => logger.log(line)) : undefined;
    const stages = { review: app.get(ReviewService), approval: app.get(ApprovalService), payments: app.get(PaymentService), withdrawal: app.get(WithdrawalService) };
    if (existing === 0 && schemas) await seedDemoApplications(app.get(ApplicationsService), app.get(PolicyRegistry), stages, path.dirname(schemas), (line) => logger.log(line), app.get(Clock).today(), people?.demoDistrict);
    else logger.log(`demo data: ${existing ? `the database already has ${existing} applications` : 'no schemas/ folder found'}; nothing seeded`);
  }
  await app.listen({ port: config.port, host: config.host });
  const port = (app.getHttpServer().address() as { port: number }).port;
  const base = `http://localhost:${port}`;
  const where = config.database.kind === 'sqlite' ? `SQLite ${path.relative(process.cwd(), config.database.file)}` : 'PostgreSQL (DATABASE_URL)';
  // Which attachment store, said at start: the folder of one host is wrong behind a load balancer.
  const files = config.attachmentStore === 'database' ? 'in the database, shared by every API process' : `in ${path.relative(process.cwd(), config.attachmentsDir) || '.'} on this host only`;
  const lines = [
    `\nPioneer API on ${where}`,
    `  API      ${base}/api`,
    `  docs     ${base}/api/docs  (OpenAPI: ${base}/api/docs/openapi.json)`,
    `  measures ${base}/api/measures`,
    `  health   ${base}/api/health`,
    `  files    attachments ${files} (PIONEER_ATTACHMENT_STORE=${config.attachmentStore})`,
  ];
  if (config.demoTokens) lines.push(`  tokens   Authorization: Bearer ${Object.keys(DEMO_TOKENS).join(' | ')} (demo only: set PIONEER_TOKENS)`);
  if (config.demo) {
    const signIns = DEMO_SIGN_INS.map((u) => `${u.username} / ${u.password}`.padEnd(36) + u.role).join('\n           ');
    lines.push(`  sign-in  POST ${base}/api/auth/sign-in {"username","password"} (demo only):\n           ${signIns}`);
  }
  if (config.auth.demoSecret) lines.push('  secret   access tokens are signed with the public demo secret: set PIONEER_AUTH_SECRET outside the demo');
  // One write: whoever waits for the "API" line (npm start, the tests) gets the whole banner with it.
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
  process.exit(1);
});
