import { UNKNOWN, type CompiledExpression, type Scope } from '../../expression/expression.types';
import { shareOf, type Rounding } from '../money';
import type { AwardOutcome, Label, TraceLine } from '../types';
import type { AwardCompileEnv } from './award.types';

/** One funder's part of an award (`x-award.split`): a rate of the award, or the rest. */
interface CompiledShare {
  code: string;
  label: Label;
  share?: CompiledExpression;
}

export type CompiledSplit = CompiledShare[];

/** Compiles `x-award.split`: every funder but the last has a `share` (rate); the last takes the rest, so the parts add up to the award exactly. */
export function compileSplit(def: unknown, env: AwardCompileEnv): CompiledSplit | undefined {
  if (!Array.isArray(def)) return undefined;
  return (def as Array<Record<string, unknown>>).map((part, i) => {
    const last = i === def.length - 1;
    if (last && part.share !== undefined) env.problem(`/x-award/split/${i}/share`, 'the last funder takes the rest: it has no share');
    if (!last && part.share === undefined) env.problem(`/x-award/split/${i}`, 'every funder but the last needs a share (a rate)');
    return {
      code: String(part.code),
      label: part.label as Label,
      share: part.share === undefined ? undefined : env.expr(part.share, `/x-award/split/${i}/share`, ['rate']),
    };
  });
}

/**
 * Who pays what of a determined award: each funder its rate of the award (rounded as the award is),
 * the last the rest. Shown in the trace and returned as `award.shares`.
 */
export function applySplit(
  split: CompiledSplit | undefined,
  award: AwardOutcome,
  scope: Scope,
  rounding: Rounding,
  trace: TraceLine[],
): void {
  if (!split || award.amount === null || award.benefit) return;
  const shares: NonNullable<AwardOutcome['shares']> = [];
  let left = award.amount;
  const parts: Array<{ label: Label; rate?: number; amount: number }> = [];
  for (const part of split) {
    const bp = part.share?.fn(scope);
    if (bp === UNKNOWN) return;
    const amount = bp === undefined ? left : Math.min(left, shareOf(award.amount, bp as number, rounding));
    left -= amount;
    shares.push({ code: part.code, label: part.label, amount });
    parts.push({ label: part.label, rate: bp as number | undefined, amount });
  }
  award.shares = shares;
  trace.push({ step: 'award', ref: 'split', key: 'award.split', params: { parts } });
}
