import { type Scope, UNKNOWN } from '../../expression/expression.types';
import type { CompiledMeasure } from '../measure/compile-measure';
import { versionInForce } from '../measure/parameters';
import { money, say, t } from '../messages';
import type { MatchResult, RuleOutcome } from '../types';
import { capScopeWords } from './history-rules';

const silent = () => undefined;

/**
 * How one measure relates to a profile (`policyOpen`: the date is inside the policy's validity, P6): the profile is a partial application (usually just
 * `{ applicant: {...} }`), evaluated in three-valued logic, so rules that need the form are
 * "undecided" rather than failed, and the estimate is the range the known facts allow.
 */
export function matchMeasure(measure: CompiledMeasure, profile: unknown, asOf: string, policyOpen: boolean): Omit<MatchResult, 'policy'> {
  const { info } = measure;
  const result: Omit<MatchResult, 'policy'> = {
    measure: measure.code,
    name: info.name,
    clause: info.clause,
    family: info.family,
    status: 'eligible',
    failed: [],
    undecided: [],
    estimate: null,
  };
  if (info.family === 'informational') {
    result.status = 'informational';
    return result;
  }
  const version = versionInForce(measure.versions, asOf);
  if (!policyOpen || !version) {
    result.status = 'not-open';
    return result;
  }
  const scope: Scope = { app: profile, params: version.values, asOf, score: UNKNOWN, partial: true };
  for (const rule of measure.eligibility) {
    const value = rule.when.fn(scope);
    if (value === true) continue;
    // An "other" in an open list (…等) is for the reviewers: undecided, not failed.
    const referred = value !== UNKNOWN && rule.refer?.when.fn(scope) === true;
    const outcome: RuleOutcome = {
      code: rule.code,
      label: rule.label,
      kind: 'eligibility',
      passed: value === UNKNOWN || referred ? null : false,
      reason: referred ? rule.refer!.reason : rule.reason,
    };
    (value === UNKNOWN || referred ? result.undecided : result.failed).push(outcome);
  }
  if (result.failed.length) {
    result.status = 'ineligible';
    return result;
  }
  if (result.undecided.length) result.status = 'possible';
  const award = measure.award!.compute({ scope, note: silent });
  result.estimate = award.benefit ? null : award.range;
  if (result.estimate === null && !award.benefit) result.status = 'possible';
  if (award.amount !== null && !award.benefit) result.estimate = { min: award.amount, max: award.amount };
  if (award.rateBasisPoints !== undefined) result.rateBasisPoints = award.rateBasisPoints;
  const capScope = measure.capScope;
  if (capScope && capScope.per !== 'application') {
    const cap = capScope.cap.fn(scope);
    result.capScope =
      cap === UNKNOWN ? capScopeWords(capScope) : say(capScopeWords(capScope), t('最高 ', ' at most '), money(cap as number));
  }
  return result;
}
