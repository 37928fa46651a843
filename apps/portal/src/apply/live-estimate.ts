import type { CompiledPolicy, Decision, MatchResult, RuleOutcome } from '@pioneer/engine';

/** What the form says of itself as it is typed: a full decision once it validates, else the matcher's partial view. */
export type LiveEstimate = { kind: 'decision'; decision: Decision } | { kind: 'partial'; match: MatchResult };

/**
 * The award the form would get on `asOf`, worked out by the engine in the browser as the API
 * would (without the applicant's earlier awards, which only the API knows). A form that does not
 * validate yet is matched in three-valued logic: a range, and the rules still waiting for facts.
 */
export function liveEstimate(policy: CompiledPolicy, measure: string, data: unknown, asOf: string): LiveEstimate | null {
  if (policy.validate(measure, data).length === 0) return { kind: 'decision', decision: policy.evaluate(measure, data, { asOf }) };
  const match = policy.match(data, asOf).find((m) => m.measure === measure);
  return match ? { kind: 'partial', match } : null;
}

/** The rules decided so far, for the cross-field checks shown under the fields. */
export function rulesOf(live: LiveEstimate | null): RuleOutcome[] {
  if (!live) return [];
  return live.kind === 'decision' ? live.decision.rules : live.match.failed;
}
