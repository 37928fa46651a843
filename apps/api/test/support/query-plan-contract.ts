/* eslint-disable @typescript-eslint/no-explicit-any -- TypeORM's logger and query results are untyped here */
import { policyDistricts } from '@pioneer/api-identity';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { getPath, otherApplicantId, pickBudgetedMeasure } from './measure-fixture';

interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

/** Records every statement the API sends to its database (TypeORM hands each to its logger). */
function recordQueries(dataSource: DataSource): CapturedQuery[] {
  const captured: CapturedQuery[] = [];
  const quiet = () => undefined;
  (dataSource as any).logger = { logQuery: (sql: string, parameters?: unknown[]) => captured.push({ sql, parameters: parameters ?? [] }), logQueryError: quiet, logQuerySlow: quiet, logSchemaBuild: quiet, logMigration: quiet, log: quiet };
  return captured;
}

/** The tables of the request path. */
const TABLES = ['applications', 'audit_events', 'organisations', 'users', 'refresh_sessions', 'api_keys', 'review_assignments', 'budget_ledgers', 'ledger_entries'];

/**
 * The requests of organisations and people: registration, sign-in and the guard's look-ups of
 * access tokens and API keys, refresh, sign-out, and the admins' writes and filtered lists.
 * Returns how many captured statements came before the admins' unfiltered list pages.
 */
async function identityRequests(api: Harness, captured: CapturedQuery[]): Promise<{ unfilteredFrom: number; unfilteredTo: number }> {
  const [district] = policyDistricts();
  const password = 'query-plan-passphrase';
  const organisation = (await api.call('POST', '/api/organisations', { body: { creditCode: otherApplicantId('PLANORG1'), name: '查询计划测试单位', kind: 'enterprise', district, registeredOn: '2020-01-01' } })).body;
  await api.call('PATCH', `/api/organisations/${organisation.id}`, { body: { name: '查询计划测试单位二' } });
  const user = (await api.call('POST', '/api/users', { body: { username: 'plan-applicant', displayName: 'P', role: 'applicant', organisationId: organisation.id, password } })).body;
  await api.call('POST', '/api/users', { body: { username: 'plan-officer', displayName: 'O', role: 'district-officer', district, password } });
  await api.call('POST', '/api/auth/register', { token: null, body: { organisation: { creditCode: otherApplicantId('PLANORG2'), name: '自行注册单位', kind: 'enterprise', district, registeredOn: '2020-01-01' }, user: { username: 'plan-self', displayName: 'S', password } } });
  for (const username of ['plan-applicant', 'plan-officer']) {
    const session = (await api.call('POST', '/api/auth/sign-in', { token: null, body: { username, password } })).body;
    expect((await api.call('GET', '/api/auth/me', { token: session.accessToken })).status).toBe(200);
    const next = (await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: session.refreshToken } })).body;
    await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: session.refreshToken } });
    await api.call('POST', '/api/auth/sign-out', { token: null, body: { refreshToken: next.refreshToken } });
  }
  await api.call('PATCH', `/api/users/${user.id}`, { body: { active: false, password: 'another-passphrase' } });
  const key = (await api.call('POST', '/api/api-keys', { body: { name: 'plan', district } })).body;
  expect((await api.call('GET', '/api/auth/me', { token: key.key })).status).toBe(200);
  await api.call('POST', `/api/api-keys/${key.id}/revoke`);
  await api.call('GET', `/api/organisations?district=${district}`);
  await api.call('GET', '/api/users?role=applicant');
  const unfilteredFrom = captured.length;
  await api.call('GET', '/api/organisations');
  await api.call('GET', '/api/users');
  await api.call('GET', '/api/api-keys');
  return { unfilteredFrom, unfilteredTo: captured.length };
}

/** The plan lines that read a whole table (or a whole index), for one statement. */
async function scans(dataSource: DataSource, query: CapturedQuery): Promise<string[]> {
  if (dataSource.options.type === 'postgres') {
    // On a small table PostgreSQL prefers a sequential scan anyway; with it switched off, a
    // sequential scan still in the plan, or an index read with no condition (the whole index),
    // means no index can serve the query.
    return dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const [row]: Array<{ 'QUERY PLAN': any }> = await manager.query(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.parameters);
      // An index condition that skips the index's first column still reads the whole index.
      const indexes: Array<{ indexname: string; indexdef: string }> = await manager.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1)`, [TABLES]);
      const leading = new Map(indexes.map((i) => [i.indexname, /\(\s*"?(\w+)"?/.exec(i.indexdef)?.[1] ?? '']));
      const found: string[] = [];
      const walk = (node: any): void => {
        const index: string | undefined = node['Index Name'];
        const onTable = TABLES.includes(node['Relation Name']) || (index !== undefined && leading.has(index));
        const wholeIndex = index !== undefined && !new RegExp(`\\b${leading.get(index)}\\b`).test(node['Index Cond'] ?? '');
        if (onTable && (node['Node Type'] === 'Seq Scan' || wholeIndex)) found.push(`${node['Node Type']} on ${node['Relation Name'] ?? ''} ${index ?? ''}`);
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(row['QUERY PLAN'][0].Plan);
      return found;
    });
  }
  const plan: Array<{ detail: string }> = await dataSource.query(`EXPLAIN QUERY PLAN ${query.sql}`, query.parameters);
  return plan.map((row) => row.detail).filter((detail) => /^SCAN /.test(detail));
}

/**
 * Every query a request makes must be served by an index: a table scan's cost grows with the
 * table, and on SQLite it runs behind the write queue (issue 6, defect 11). The requests below
 * walk the request path of every role; each statement they send is explained by the database.
 */
export function describeQueryPlans(label: string, createDatabase: () => Promise<TestDatabase>): void {
  it(`serves every request-path query from an index on ${label}`, async () => {
    const m = pickBudgetedMeasure(TODAY);
    const base = `/api/measures/${m.code}`;
    const applicantA = getPath(m.example, m.applicantPath) as string;
    const db = await createDatabase();
    const district = getPath(m.example, m.policy.info.subjects.district ?? '') as string | undefined;
    const api = await startApi(testConfig(db.config, applicantA, otherApplicantId('B0PLAN'), {}, district));
    try {
      const dataSource = api.app.get(DataSource);
      const captured = recordQueries(dataSource);
      const draft = (await api.call('POST', `${base}/applications`, { token: TOKENS.applicantA, body: m.example })).body;
      await api.call('PATCH', `${base}/applications/${draft.id}`, { token: TOKENS.applicantA, body: m.example });
      await api.call('POST', `${base}/applications/${draft.id}/submit`, { token: TOKENS.applicantA, headers: { 'idempotency-key': 'plan-1' } });
      await api.call('POST', `${base}/applications/${draft.id}/submit`, { token: TOKENS.applicantA, headers: { 'idempotency-key': 'plan-1' } });
      for (const token of [TOKENS.admin, TOKENS.reviewer, TOKENS.district, TOKENS.applicantA]) {
        await api.call('GET', `${base}/applications?perPage=10`, { token });
        await api.call('GET', `${base}/applications?status=submitted&sort=amount&order=ASC`, { token });
        // Keyword search and sorting by number stay within the measure's index (bounded LIKEs on its rows).
        await api.call('GET', `${base}/applications?q=${encodeURIComponent(draft.number)}&sort=number&order=ASC`, { token });
        await api.call('GET', `${base}/applications/${draft.id}`, { token });
      }
      await api.call('POST', `/api/applications/${draft.id}/reviewers`, { token: TOKENS.admin, body: { reviewers: ['rita'] } });
      await api.call('POST', `/api/applications/${draft.id}/conflict-declaration`, { token: TOKENS.reviewer, body: { conflict: false } });
      await api.call('POST', `/api/applications/${draft.id}/recommendation`, { token: TOKENS.reviewer, body: {} });
      const approved = await api.call('POST', `/api/applications/${draft.id}/approve`, { token: TOKENS.approver, body: {} });
      expect(approved.status).toBe(200);
      await api.call('POST', `/api/applications/${draft.id}/payments`, { token: TOKENS.approver, body: { amount: 1, reference: 'PLAN-1' } });
      await api.call('GET', `/api/applications/${draft.id}/audit`, { token: TOKENS.applicantA });
      await api.call('GET', `/api/applications/${draft.id}/review`, { token: TOKENS.admin });
      const budgets = await api.call('GET', '/api/budgets?year=2025', { token: TOKENS.approver });
      const budget = budgets.body.find((b: any) => b.committed > 0);
      await api.call('GET', `/api/budgets/${budget.policy}/${budget.budget}/2025/entries`, { token: TOKENS.approver });
      // Exports read page by page (keyset); the first page's statements are the shape of every page's.
      expect((await api.call('GET', `/api/exports/applications?measure=${m.code}&year=2025`, { token: TOKENS.approver })).status).toBe(200);
      expect((await api.call('GET', `/api/exports/ledger/${budget.policy}/${budget.budget}/2025?format=xlsx`, { token: TOKENS.approver })).status).toBe(200);
      await api.call('POST', `${base}/estimate`, { token: TOKENS.applicantA, body: m.example });
      await api.call('POST', `${base}/eligibility`, { token: TOKENS.applicantA, body: m.example });
      await api.call('GET', '/api/audit/events?perPage=5', { token: TOKENS.admin });
      // Each audit filter alone starts from an index of its own; the count reads the same range.
      for (const filter of ['action=application.submit', 'actor=rita', `entity=${encodeURIComponent(draft.number)}`, `entity=${draft.id}`, 'from=2025-06-01', 'to=2025-06-01', 'action=review.declare&actor=rita&from=2025-06-01&to=2025-06-01'])
        expect((await api.call('GET', `/api/audit/events?perPage=5&${filter}`, { token: TOKENS.admin })).status).toBe(200);
      await api.call('GET', '/api/health', { token: null });
      const { unfilteredFrom, unfilteredTo } = await identityRequests(api, captured);
      // An admin's unfiltered page of a registry (organisations, users, API keys) reads it in
      // order and stops at the page, and its count reads a whole index: bounded by the registry
      // (organisations and staff, not applications), admin-only and off the applicants' path.
      // Filtered pages, and every look-up of sign-in and of the guard, must use an index.
      const statements = captured.filter((q, i) => (i < unfilteredFrom || i >= unfilteredTo) && /^\s*(SELECT|UPDATE|DELETE)\b/i.test(q.sql) && new RegExp(`"?(${TABLES.join('|')})"?`).test(q.sql));
      expect(statements.length).toBeGreaterThan(40);
      for (const table of TABLES.slice(2)) expect(statements.some((q) => q.sql.includes(`"${table}"`))).toBe(true);
      const scanning: string[] = [];
      for (const query of statements) for (const line of await scans(dataSource, query)) scanning.push(`${line}  ←  ${query.sql}`);
      expect(scanning).toEqual([]);
    } finally {
      await api.close();
      await db.drop();
    }
  });
}
