import type { Decision, MatchResult, RuleOutcome } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import type { OfflineMeasure } from '@pioneer/sdk/offline';
import { isMoneyNode, type JsonSchema } from '@pioneer/ui-forms';

/** What the form says of itself as it is typed: a full decision once it validates, else the matcher's partial view. */
export type LiveEstimate = { kind: 'decision'; decision: Decision } | { kind: 'partial'; match: MatchResult };

/**
 * The award the form would get on `asOf`, worked out by the engine in the browser as the API
 * would (without the applicant's earlier awards, which only the API knows). A form that does not
 * validate yet is matched in three-valued logic: a range, and the rules still waiting for facts.
 */
export function liveEstimate(engine: OfflineMeasure, schema: JsonSchema, data: unknown, asOf: string): LiveEstimate | null {
  const form = data as JsonObject;
  if (engine.validate(form).length === 0) return { kind: 'decision', decision: engine.estimate(form, { asOf }) };
  return { kind: 'partial', match: engine.match(withoutUnreadAmounts(schema, data), asOf) };
}

/**
 * The form without what is typed but not yet of its type (an amount the money input could not
 * read stays text, for the form to flag): the matcher takes such a field as not given yet.
 */
function withoutUnreadAmounts(schema: JsonSchema, data: unknown): unknown {
  if (Array.isArray(data)) return data.map((item) => withoutUnreadAmounts((schema.items ?? {}) as JsonSchema, item));
  if (!data || typeof data !== 'object') return data;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const node = properties[key] ?? {};
    if (!(isMoneyNode(node) && typeof value === 'string')) out[key] = withoutUnreadAmounts(node, value);
  }
  return out;
}

/** The rules decided so far, for the cross-field checks shown under the fields. */
export function rulesOf(live: LiveEstimate | null): RuleOutcome[] {
  if (!live) return [];
  return live.kind === 'decision' ? live.decision.rules : live.match.failed;
}
