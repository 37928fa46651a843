/**
 * Fills the applications table fast for bench:api (direct inserts in batches, not HTTP), with
 * rows shaped like the API's own: every measure's example form under 5,000 other organisations
 * (valid credit codes), and the status mix of a running programme — 20% drafts, 30% submitted,
 * 10% under review, 5% scored, 15% approved, 5% paid, 10% rejected, 5% withdrawn — each decided
 * row carrying the engine's real decision and amount (approved and paid rows their approved and
 * paid amounts in budget year 2025). No row belongs to the benchmark's applicant. Audit rows,
 * reviews and ledger entries are not seeded: the queries under test do not read them.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicies } from '@pioneer/contracts';
import { type Decision, usccCheckCharacter } from '@pioneer/engine';
import { type BenchDatabase, withConnection } from './bench-database';

type Json = Record<string, unknown>;

interface Template {
  policy: string;
  measure: string;
  data: Json;
  decision: Decision;
  amount: number | null;
  applicantPath: string;
  districtPath: string | undefined;
}

const STATUS_BY_TWENTIETH = [
  ...Array(4).fill('draft'),
  ...Array(6).fill('submitted'),
  'under-review',
  'under-review',
  'scored',
  'approved',
  'approved',
  'approved',
  'paid',
  'rejected',
  'rejected',
  'withdrawn',
];
/** Statuses whose row holds an approved amount (and, once paid, the paid amount). */
const AWARDED = new Set(['approved', 'paid']);
const COLUMNS =
  'id, policy, measure, status, version, applicant_id, district, data, decision, amount, idempotency_key, revision, submitted_at, created_at, updated_at, approved_amount, paid_amount, budget_year';
const INSERT = `INSERT INTO applications (${COLUMNS}) VALUES (${COLUMNS.split(',')
  .map(() => '?')
  .join(', ')})`;
const BATCH = 1000;
const ORGANISATIONS = 5000;

function setPath(data: Json, dotPath: string, value: unknown): Json {
  const copy = structuredClone(data);
  const keys = dotPath.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[keys[keys.length - 1]] = value;
  return copy;
}

const readPath = (data: unknown, dotPath: string | undefined): unknown =>
  dotPath?.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), data);

/** The `n`-th organisation's valid 18-character credit code (never a real one: the digits are a counter). */
export function organisationCode(n: number): string {
  const first17 = `91440300${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** One template per measure with an example application under `schemasRoot`, decided on `asOf`. */
export function applicationTemplates(schemasRoot: string, asOf: string): Template[] {
  const templates: Template[] = [];
  for (const policy of loadPolicies()) {
    const dir = path.join(schemasRoot, 'policies', policy.info.code, 'examples', 'applications');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const measure = path.basename(file, '.json');
      if (!policy.measures.has(measure)) continue;
      const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Json;
      const decision = policy.evaluate(measure, data, { asOf });
      const award = decision.award;
      const amount = award && award.amount !== null && !award.benefit ? award.amount : null;
      templates.push({
        policy: policy.info.code,
        measure,
        data,
        decision,
        amount,
        applicantPath: policy.info.subjects.applicantId,
        districtPath: policy.info.subjects.district,
      });
    }
  }
  if (!templates.length) throw new Error(`no example applications under ${schemasRoot}/policies/*/examples/applications`);
  return templates;
}

function row(template: Template, i: number): unknown[] {
  const status = STATUS_BY_TWENTIETH[i % 20];
  // Each pass over the organisations shifts by one, so an organisation's rows take every status.
  const applicantId = organisationCode((i + Math.floor(i / ORGANISATIONS)) % ORGANISATIONS);
  const data = setPath(template.data, template.applicantPath, applicantId);
  const district = readPath(data, template.districtPath);
  const created = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const decided = status !== 'draft';
  return [
    randomUUID(),
    template.policy,
    template.measure,
    status,
    decided ? template.decision.version : null,
    applicantId,
    typeof district === 'string' ? district : null,
    JSON.stringify(data),
    decided ? JSON.stringify(template.decision) : null,
    decided ? template.amount : null,
    null,
    decided ? 2 : 1,
    decided ? new Date(Date.parse(created) + 86_400_000).toISOString() : null,
    created,
    created,
    AWARDED.has(status) ? template.amount : null,
    status === 'paid' ? (template.amount ?? 0) : 0,
    AWARDED.has(status) ? 2025 : null,
  ];
}

/** How many applications the database holds. */
export function countApplications(db: BenchDatabase): Promise<number> {
  return withConnection(db, (_run, count) => count('SELECT COUNT(*) AS n FROM applications'));
}

/** Inserts applications until the table holds `target` rows; returns how many it inserted. */
export async function seedApplications(
  db: BenchDatabase,
  templates: Template[],
  target: number,
  progress: (done: number, of: number) => void,
): Promise<number> {
  return withConnection(db, async (run, count) => {
    const existing = await count('SELECT COUNT(*) AS n FROM applications');
    const missing = Math.max(0, target - existing);
    for (let done = 0; done < missing;) {
      const size = Math.min(BATCH, missing - done);
      const rows = Array.from({ length: size }, (_, k) => row(templates[(existing + done + k) % templates.length], existing + done + k));
      await run(INSERT, rows);
      done += size;
      if (done % 20_000 === 0 || done === missing) progress(done, missing);
    }
    return missing;
  });
}
