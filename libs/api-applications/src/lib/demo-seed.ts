import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_APPLICANT_ID, type Principal } from '@pioneer/api-core';
import type { ApplicationRecord } from './application-record.dto';
import { redated } from './demo-dates.util';
import type { ApplicationsService } from './applications.service';
import type { ApprovalService } from './approval/approval.service';
import type { PaymentService } from './approval/payment.service';
import type { WithdrawalService } from './approval/withdrawal.service';
import type { PolicyRegistry } from './policy-registry.service';
import type { ReviewService } from './review/review.service';

const SEEDER: Principal = { subject: 'demo-seed', role: 'admin' };
const DEMO_APPLICANT: Principal = { subject: 'applicant-demo', role: 'applicant', applicantId: DEMO_APPLICANT_ID };
const REVIEWERS: Principal[] = ['reviewer-demo', 'reviewer-demo-2', 'reviewer-demo-3'].map((subject) => ({ subject, role: 'reviewer' }));
const APPROVER: Principal = { subject: 'approver-demo', role: 'approver' };

/** The stage services the demo drives applications through. */
export interface DemoStages {
  review: ReviewService;
  approval: ApprovalService;
  payments: PaymentService;
  withdrawal: WithdrawalService;
}

/** Where the demo leaves the example application of each measure, in turn: every status is shown. */
const TARGETS = ['submitted', 'under-review', 'scored', 'approved', 'paid', 'returned', 'rejected', 'withdrawn'] as const;

/** Writes `value` at a dot path of a copy of `data`. */
function withPath(data: Record<string, unknown>, dotPath: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = dotPath.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') return copy;
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

/**
 * Moves a submitted application on to `target` through the stage services (so every step is
 * validated, decided, budgeted and audited as in real use). Returns the status reached: a
 * measure whose rubric needs more reviewers than the demo has, or an amount the budget refuses,
 * stops earlier.
 */
async function advance(stages: DemoStages, registry: PolicyRegistry, app: ApplicationRecord, target: (typeof TARGETS)[number]): Promise<string> {
  const step = TARGETS.indexOf(target);
  if (target === 'withdrawn') return (await stages.withdrawal.withdraw(DEMO_APPLICANT.applicantId === app.applicantId ? DEMO_APPLICANT : SEEDER, app.id, { reason: '企业调整发展计划，撤回申请' }), 'withdrawn');
  if (target === 'submitted') return 'submitted';
  const rubric = registry.measure(app.measure).rubric;
  const reviewers = REVIEWERS.slice(0, rubric?.combine.minReviewers ?? 1);
  if (reviewers.length < (rubric?.combine.minReviewers ?? 1)) return 'submitted';
  await stages.review.assign(SEEDER, app.id, { reviewers: reviewers.map((r) => r.subject) });
  if (target === 'returned') return (await stages.review.return(SEEDER, app.id, { reason: '请补充经审计的投资额证明材料' }), 'returned');
  if (target === 'under-review') return 'under-review';
  for (const reviewer of reviewers) await stages.review.declare(reviewer, app.id, { conflict: false });
  if (rubric) {
    const scores = Object.fromEntries(rubric.criteria.map((c) => [c.code, rubric.scale.max - 1]));
    for (const reviewer of reviewers) await stages.review.score(reviewer, app.id, { scores, comment: '材料齐全，建议支持' });
  } else {
    await stages.review.recommend(reviewers[0], app.id, { comment: '材料齐全，符合条件' });
  }
  if (target === 'scored') return 'scored';
  if (target === 'rejected') return (await stages.approval.reject(APPROVER, app.id, { reason: '年度资金已安排完毕，本次不予支持' }), 'rejected');
  try {
    const approved = await stages.approval.approve(APPROVER, app.id, { comment: '同意' });
    if (step < TARGETS.indexOf('paid') || !approved.approvedAmount) return 'approved';
    await stages.payments.pay(APPROVER, app.id, { amount: approved.approvedAmount, reference: `DEMO-${app.id.slice(0, 8)}` });
    return 'paid';
  } catch {
    return 'scored'; // e.g. not approvable from the records, or no budget left: left for an approver to decide
  }
}

/**
 * The example dated as of `today`: its test case (`cases/<measure>/example.json`) says on which
 * day it is submitted (`asOf`), and its date fields move with the demo's day (`redated`).
 */
function asOfToday(registry: PolicyRegistry, measure: string, example: Record<string, unknown>, caseFile: string, today: string): Record<string, unknown> {
  if (!existsSync(caseFile)) return example;
  const { asOf } = JSON.parse(readFileSync(caseFile, 'utf8')) as { asOf?: string };
  const dates = [...registry.measure(measure).fields.values()].filter((field) => field.type === 'date').map((field) => field.path);
  return asOf ? redated(example, dates, asOf, today) : example;
}

/**
 * Demo data: for every measure with a form and an example application
 * (`schemas/policies/<policy>/examples/applications/<measure>.json`), the example submitted and
 * moved on to one status of the lifecycle (in turn over the measures, so every status appears),
 * one draft of the demo applicant's (token `applicant-demo`) and one submitted by it (naming
 * `demoDistrict`, its registered district, when given). Examples are dated as of `today` (`asOfToday`). Goes through the services, so each is
 * validated, evaluated, budgeted and audited.
 */
export async function seedDemoApplications(
  service: ApplicationsService,
  registry: PolicyRegistry,
  stages: DemoStages,
  schemasRoot: string,
  log: (line: string) => void,
  today: string,
  demoDistrict?: string,
): Promise<number> {
  const policiesDir = path.join(schemasRoot, 'policies');
  const folders = existsSync(policiesDir) ? readdirSync(policiesDir).map((name) => path.join(policiesDir, name, 'examples', 'applications')) : [];
  let created = 0;
  const reached: Record<string, number> = {};
  for (const [index, measure] of registry.measuresWithForm().entries()) {
    const file = folders.map((dir) => path.join(dir, `${measure}.json`)).find((candidate) => existsSync(candidate));
    if (!file) continue;
    const example = asOfToday(registry, measure, JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, path.join(path.dirname(path.dirname(path.dirname(file))), 'cases', measure, 'example.json'), today);
    const district = registry.policyOf(measure).info.subjects.district;
    const ours = withPath(example, registry.subjectsOf(measure, example).applicantPath, DEMO_APPLICANT_ID);
    // The demo applicant's forms name its registered district, so its signed-in user can edit them.
    const mine = demoDistrict && district ? withPath(ours, district, demoDistrict) : ours;
    const draft = await service.create(measure, SEEDER, example);
    const submitted = await service.submit(measure, SEEDER, draft.id);
    // A demo run with its own PIONEER_TOKENS may lack the demo reviewers: the example then stays submitted.
    const status = await advance(stages, registry, submitted, TARGETS[index % TARGETS.length]).catch(() => 'submitted');
    reached[status] = (reached[status] ?? 0) + 1;
    await service.create(measure, DEMO_APPLICANT, mine);
    const own = await service.create(measure, DEMO_APPLICANT, mine);
    await service.submit(measure, DEMO_APPLICANT, own.id);
    created += 3;
  }
  const summary = Object.entries(reached).map(([status, count]) => `${status} ${count}`).join(', ');
  log(`demo data: ${created} applications for ${created / 3} measures (examples now: ${summary}; plus the demo applicant's drafts and submissions)`);
  return created;
}
