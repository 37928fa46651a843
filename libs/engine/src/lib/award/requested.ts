import { UNKNOWN, type CompiledExpression } from '../../expression/expression.types';
import { t } from '../messages';
import type { Label } from '../types';
import type { AwardCompileEnv, AwardRun } from './award.types';

/** The optional `requested` keyword of a money family: the amount the applicant asked for. */
export interface Requested {
  expr: CompiledExpression;
  label: Label;
}

export function compileRequested(def: Record<string, unknown>, env: AwardCompileEnv): Requested | undefined {
  if (def.requested === undefined) return undefined;
  return {
    expr: env.expr(def.requested, '/x-award/requested', ['money']),
    label: env.describe(def.requested, t('申请金额', 'Amount requested')),
  };
}

/**
 * A project never gets more than it asked for: the maximum the text allows (a grade's 最高, a
 * cap, a share) is lowered to the amount requested before the score bands apply.
 */
export function limitToRequested(max: number, requested: Requested | undefined, maxLabel: Label, run: AwardRun): number {
  if (!requested) return max;
  const asked = requested.expr.fn(run.scope);
  if (asked === UNKNOWN || (asked as number) >= max) return max;
  run.note('award', undefined, 'award.requested', { label: requested.label, asked, maxLabel, max });
  return asked as number;
}
