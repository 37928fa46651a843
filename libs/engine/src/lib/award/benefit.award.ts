import { UNKNOWN } from '../../expression/expression.types';
import type { Label } from '../types';
import type { AwardFamilyCompiler } from './award.types';

/** A benefit that is not money (rent-free months): the award carries its range, and no fen. */
export const compileBenefit: AwardFamilyCompiler = (def, env) => {
  const min = env.expr(def.min, '/x-award/min', ['integer']);
  const max = env.expr(def.max, '/x-award/max', ['integer']);
  const label = def.label as Label;
  return {
    family: 'benefit',
    usesScore: false,
    compute(run) {
      const lo = min.fn(run.scope);
      const hi = max.fn(run.scope);
      const benefit = {
        unit: 'months' as const,
        min: lo === UNKNOWN ? 0 : (lo as number),
        max: hi === UNKNOWN ? 0 : (hi as number),
        label,
      };
      run.note('award', undefined, 'award.benefit', { label, min: benefit.min, max: benefit.max });
      return { family: 'benefit', amount: 0, range: { min: 0, max: 0 }, benefit };
    },
  };
};
