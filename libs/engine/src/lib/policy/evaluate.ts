import { type Scope, UNKNOWN } from '../../expression/expression.types';
import type { Note } from '../award';
import type { CompiledMeasure } from '../measure/compile-measure';
import { versionInForce } from '../measure/parameters';
import type { Rounding } from '../money';
import { t } from '../messages';
import { scoreApplication } from '../rubric';
import type { AwardOutcome, Decision, EvaluationContext, FundingRecord, Label, RuleOutcome, TraceLine } from '../types';
import { applySplit } from '../award/split';
import { applyCapScope, checkRepeat, declaredRecords } from './history-rules';
import { applyCumulativeCap, checkExclusivity, checkValidity } from './policy-rules';
import type { ExclusivityGroup, PolicyInfo } from './policy.types';

export interface PolicyLookups {
  info: PolicyInfo;
  groupOf(code: string): ExclusivityGroup | undefined;
  /** The exclusivity group a funding record belongs to: the one it declares, else its measure's (of this or another policy). */
  groupCodeOf(record: FundingRecord): string | undefined;
  /** Readers of the `subjects` paths: who applies, for which project, with what audited investment. */
  subjects: Record<'applicantId' | 'projectRef' | 'auditedInvestment' | 'declaredSupport', (app: unknown) => unknown>;
  /** The validation issue at this pointer is about evidence (attachments): it asks for 补正. */
  isEvidence(pointer: string): boolean;
  /** A measure's name, to name it in reasons in each language. */
  measureName(code: string): Label | undefined;
}

/**
 * Decides one application: validate the form, check the validity window and the version in
 * force (P6), combine review scores, run the eligibility rules and no-double-dipping (P1),
 * compute the award, and cut it to the cumulative cap (P3). Every step writes its trace line.
 */
export function evaluateApplication(
  policy: PolicyLookups,
  measure: CompiledMeasure,
  application: unknown,
  ctx: EvaluationContext,
): Decision {
  const trace: TraceLine[] = [];
  const decision: Decision = {
    measure: measure.code,
    version: null,
    asOf: ctx.asOf,
    status: 'eligible',
    errors: [],
    rules: [],
    award: null,
    score: null,
    trace,
  };

  if (measure.info.family === 'informational') {
    decision.status = 'not-accepted';
    decision.rules.push({
      code: 'informational',
      label: t('信息类措施', 'Informational measure'),
      kind: 'policy',
      passed: false,
      reason: t('该措施无申请表，请联系责任单位', 'This measure takes no application; contact the responsible unit'),
    });
    return decision;
  }

  // Missing or faulty evidence (the policy's `subjects.evidence` part of the form) does not stop
  // the evaluation: the rules still run, so a real reason to refuse is never hidden behind a
  // missing attachment, and an application nothing refuses is "to be completed" (补正).
  decision.errors = measure.validate(application);
  const evidenceOnly = decision.errors.length > 0 && decision.errors.every((e) => policy.isEvidence(e.pointer));
  if (decision.errors.length && !evidenceOnly) {
    decision.status = 'invalid';
    trace.push({ step: 'validation', key: 'validation.errors', params: { count: decision.errors.length } });
    return decision;
  }
  trace.push(
    evidenceOnly
      ? { step: 'validation', key: 'validation.evidence', params: { count: decision.errors.length } }
      : { step: 'validation', key: 'validation.valid' },
  );

  const validity = checkValidity(policy.info, ctx.asOf);
  decision.rules.push(validity);
  const version = versionInForce(measure.versions, ctx.asOf);
  if (!validity.passed || !version) {
    decision.status = 'not-accepted';
    if (validity.passed) validity.passed = false;
    validity.reason ??= t(`${ctx.asOf} 没有生效的参数版本`, `No version of this measure is in force on ${ctx.asOf}`);
    trace.push({ step: 'policy', ref: 'P6-validity', key: 'rule.reason', params: { reason: validity.reason } });
    return decision;
  }
  decision.version = version.version;
  trace.push({ step: 'version', ref: version.version, key: 'version', params: { version: version.version, from: version.effectiveFrom } });

  const applicantId = policy.subjects.applicantId(application);
  // What was supported is identified from the form (x-identity), else by the project reference.
  const projectRef = measure.identity ? measure.identity.read(application) : policy.subjects.projectRef(application);
  const history = ctx.history ?? [];
  const scope: Scope = {
    app: application,
    params: version.values,
    asOf: ctx.asOf,
    score: UNKNOWN,
    partial: false,
    history: { records: history, policy: policy.info.code, applicantId, key: projectRef as string | undefined },
  };
  // The rubric is pinned with the parameters: the version in force may give its own.
  const rubric = version.rubric ?? measure.rubric;
  if (rubric && ctx.scores?.length) {
    const scored = scoreApplication(rubric, ctx.scores);
    if (scored.issues.length) {
      decision.status = 'invalid';
      decision.errors = scored.issues;
      return decision;
    }
    scope.score = scored.score;
    decision.score = scored.outcome && {
      ...scored.outcome,
      rubricVersion: version.version,
      rubricSource: rubric.source ?? 'implementation-rule',
    };
    trace.push({ step: 'score', key: 'text', params: { text: scored.message } });
    trace.push({
      step: 'score',
      ref: version.version,
      key: 'score.rubric',
      params: { version: version.version, source: rubric.source ?? 'implementation-rule' },
    });
  }

  for (const rule of measure.eligibility) {
    const met = rule.when.fn(scope) === true;
    // A list the text leaves open (…等): a value outside it is not refused but referred to the reviewers.
    const referred = !met && rule.refer !== undefined && rule.refer.when.fn(scope) === true;
    const outcome: RuleOutcome = { code: rule.code, label: rule.label, kind: 'eligibility', passed: met ? true : referred ? null : false };
    if (!met) outcome.reason = referred ? rule.refer!.reason : rule.reason;
    decision.rules.push(outcome);
    trace.push(
      met
        ? { step: 'eligibility', ref: rule.code, key: 'eligibility.met', params: rule.metParams }
        : {
            step: 'eligibility',
            ref: rule.code,
            key: referred ? 'eligibility.referred' : 'eligibility.failed',
            params: { label: rule.label, reason: outcome.reason },
          },
    );
  }

  const own = { measure: measure.code, applicantId, key: projectRef as string | undefined, asOf: ctx.asOf, history };
  const exclusivity = checkExclusivity(
    policy.groupOf(measure.code),
    policy.info.level,
    (record) => policy.groupCodeOf(record),
    applicantId,
    projectRef,
    history,
    ctx.asOf,
    (code) => policy.measureName(code),
  );
  for (const rule of [exclusivity, checkRepeat(measure.repeat, own)]) {
    if (!rule) continue;
    decision.rules.push(rule);
    if (!rule.passed) trace.push({ step: 'policy', ref: rule.code, key: 'rule.reason', params: { reason: rule.reason } });
  }

  if (decision.rules.some((r) => r.passed === false)) {
    decision.status = 'ineligible';
    return decision;
  }

  const note: Note = (step, ref, key, params) => trace.push({ step, ref, key, params });
  const award = measure.award!.compute({ scope, note });
  if (award.noTier || award.notSelected) {
    decision.status = award.noTier ? 'ineligible' : 'not-selected';
    if (award.noTier)
      decision.rules.push({ code: 'award-tier', label: NO_TIER.label, kind: 'eligibility', passed: false, reason: NO_TIER.reason });
    return decision;
  }
  const perScope = applyCapScope(measure.capScope, own, scope, award, trace);
  if (perScope) {
    decision.rules.push(perScope);
    if (!perScope.passed) {
      decision.status = 'ineligible';
      return decision;
    }
  }
  const rounding = (measure.schema['x-award'] as { rounding?: Rounding }).rounding;
  const cumulative = applyCumulativeCap(
    policy.info,
    policy.subjects.auditedInvestment(application),
    applicantId,
    projectRef,
    // Declared senior support matters only where P3 can apply: skip building records otherwise.
    policy.info.cumulativeCap && projectRef !== undefined
      ? [...history, ...declaredRecords(policy.subjects.declaredSupport(application), measure.support, scope, applicantId, projectRef)]
      : history,
    award,
    rounding,
    trace,
  );
  if (cumulative) {
    decision.rules.push(cumulative);
    if (cumulative.passed !== true)
      trace.push({ step: 'policy', ref: cumulative.code, key: 'rule.reason', params: { reason: cumulative.reason } });
  }
  decision.award = award;
  if (rounding) applySplit(measure.split, award, scope, rounding, trace);
  if (evidenceOnly || cumulative?.passed === null) return toBeCompleted(decision, award);
  if (award.amount !== null && !award.benefit) {
    trace.push({ step: 'award', key: 'award.amount', params: { amount: award.amount } });
  } else if (award.amount === null && award.range) {
    trace.push({ step: 'award', key: 'award.expected', params: { min: award.range.min, max: award.range.max } });
  }
  return decision;
}

const NO_TIER = {
  label: t('资助档次', 'Award tier'),
  reason: t('申请情况不符合任何资助档次', 'The application meets no award tier'),
};

/** 补正: the award is only an estimate until the missing evidence or figure is given. */
function toBeCompleted(decision: Decision, award: AwardOutcome): Decision {
  decision.status = 'to-be-completed';
  const known = award.amount ?? award.range?.max;
  if (award.amount !== null && !award.benefit) award.range = { min: award.amount, max: award.amount };
  award.amount = null;
  decision.trace.push({
    step: 'award',
    key: 'award.to-complete',
    params: { max: known === undefined || award.benefit ? undefined : known },
  });
  return decision;
}
