import { UNKNOWN } from '../../expression/expression.types';
import type { Rounding } from '../money';
import { t } from '../messages';
import type { AwardFamilyCompiler } from './award.types';
import { compileRequested, limitToRequested } from './requested';
import { applyScoreBands, checkBandsParam } from './score-bands';

/** Discretionary within a cap: the reviewers' score picks the share of the cap. */
export const compileDiscretionary: AwardFamilyCompiler = (def, env) => {
  const cap = env.expr(def.cap, '/x-award/cap', ['money']);
  const capLabel = env.describe(def.cap, t('资助上限', 'Cap'));
  const bandsParam = checkBandsParam(def.scoreBands, env);
  const rounding = def.rounding as Rounding;
  const requested = compileRequested(def, env);
  return {
    family: 'discretionary',
    usesScore: true,
    compute(run) {
      const max = cap.fn(run.scope);
      if (max === UNKNOWN) return { family: 'discretionary', amount: null, range: null };
      run.note('award', undefined, 'award.up-to', { label: capLabel, max });
      const banded = applyScoreBands(limitToRequested(max as number, requested, capLabel, run), bandsParam, rounding, run);
      return { family: 'discretionary', amount: banded.amount, range: banded.range, ...(banded.notSelected && { notSelected: true }) };
    },
  };
};
