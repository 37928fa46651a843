import type { Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';

/** Why a new rule's code cannot be used, or null when it can. */
export type RuleCodeProblem = 'required' | 'pattern' | 'duplicate' | null;

/**
 * The pattern the meta-schema gives rule codes (`$defs.eligibilityRule.properties.code`, through
 * its `$ref`), read from the meta-schema the studio loads, so the studio never disagrees with
 * `pioneer check`.
 */
export function ruleCodePattern(metaSchema: JsonObject): RegExp | undefined {
  const defs = (metaSchema.$defs ?? {}) as Record<string, JsonObject>;
  let code = ((defs.eligibilityRule?.properties ?? {}) as Record<string, JsonObject>).code;
  for (let depth = 0; code && typeof code.$ref === 'string' && depth < 8; depth++) {
    code = defs[code.$ref.replace('#/$defs/', '')];
  }
  return typeof code?.pattern === 'string' ? new RegExp(code.pattern) : undefined;
}

/** The problem with a new rule's code: empty, not of the meta-schema's pattern, or taken by another rule of the measure. */
export function ruleCodeProblem(code: string, takenCodes: readonly string[], pattern: RegExp | undefined): RuleCodeProblem {
  if (code === '') return 'required';
  if (pattern && !pattern.test(code)) return 'pattern';
  return takenCodes.includes(code) ? 'duplicate' : null;
}

/** A copy of a list with the item at `from` moved to `to` (both kept within the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

/** A label both of whose languages are written (the meta-schema's label requires both, non-empty). */
export const isComplete = (label: Label): boolean => label['zh-CN'].trim() !== '' && label.en.trim() !== '';

/** An eligibility rule in the meta-schema's shape, its keys in the order the measure files write them. */
export function newRule(code: string, label: Label, when: JsonObject, reason: Label): JsonObject {
  return { code, label: { ...label }, when, reason: { ...reason } };
}
