import { UNKNOWN, type CompiledExpression } from '../../expression/expression.types';
import { type Rounding } from '../money';
import { say, t } from '../messages';
import type { AwardOutcome, Label } from '../types';
import type { AwardFamilyCompiler } from './award.types';
import { compileRequested, limitToRequested } from './requested';
import { applyScoreBands, checkBandsParam } from './score-bands';

interface Tier {
  code: string;
  label: Label;
  when: CompiledExpression | null;
  amount: CompiledExpression;
}

/**
 * The first tier whose condition holds gives the amount. `upTo`: the amount is a maximum, and
 * score bands (if any) set the award within it. Tiers chosen by merit read `{"ctx": "score"}`,
 * so before review every tier the score could reach is possible and the result is a range.
 */
export const compileFixedTiers: AwardFamilyCompiler = (def, env) => {
  const tiers = (def.tiers as Array<Record<string, unknown>>).map((tier, i): Tier => ({
    code: String(tier.code),
    label: tier.label as Label,
    when: tier.when === undefined ? null : env.expr(tier.when, `/x-award/tiers/${i}/when`, ['boolean']),
    amount: env.expr(tier.amount, `/x-award/tiers/${i}/amount`, ['money']),
  }));
  const upTo = def.upTo === true;
  const bandsParam = checkBandsParam(def.scoreBands, env);
  if (bandsParam && !upTo) env.problem('/x-award/scoreBands', 'scoreBands needs upTo: true (bands set an amount within a maximum)');
  const rounding = def.rounding as Rounding;
  const byMerit = tiers.some((tier) => tier.when?.usesScore);
  const requested = compileRequested(def, env);

  return {
    family: 'fixed-tiers',
    usesScore: Boolean(bandsParam) || tiers.some((tier) => tier.when?.usesScore),
    compute(run): AwardOutcome {
      const s = run.scope;
      const possible: Tier[] = [];
      let certain = false;
      for (const tier of tiers) {
        const holds = tier.when ? tier.when.fn(s) : true;
        if (holds === true) {
          possible.push(tier);
          certain = true;
          break;
        }
        if (holds === UNKNOWN) possible.push(tier);
      }
      if (possible.length === 0) {
        // Tiers chosen by merit that the score reached none of: not selected. Tiers chosen by
        // the form's facts that none of hold: the application does not qualify for any.
        if (byMerit) {
          run.note('award', undefined, 'tiers.not-selected');
          return { family: 'fixed-tiers', amount: 0, range: { min: 0, max: 0 }, notSelected: true };
        }
        run.note('award', undefined, 'tiers.none');
        return { family: 'fixed-tiers', amount: 0, range: { min: 0, max: 0 }, noTier: true };
      }
      const amounts = possible.map((tier) => tier.amount.fn(s) as number);
      if (amounts.some((a) => (a as unknown) === UNKNOWN)) return { family: 'fixed-tiers', amount: null, range: null };
      if (possible.length > 1) {
        run.note('award', undefined, 'tiers.possible', { tiers: possible.map((tier, i) => ({ label: tier.label, amount: amounts[i] })) });
        const floor = certain && !upTo ? Math.min(...amounts) : 0;
        return { family: 'fixed-tiers', amount: null, range: { min: floor, max: Math.max(...amounts) } };
      }
      const [tier] = possible;
      const tierMax = amounts[0];
      run.note('award', tier.code, 'tiers.tier', { label: tier.label, upTo, amount: tierMax });
      const max = requested ? limitToRequested(tierMax, requested, say(tier.label, t('最高额度', ' maximum')), run) : tierMax;
      if (!certain) return { family: 'fixed-tiers', amount: null, range: { min: 0, max } };
      const banded = applyScoreBands(max, bandsParam, rounding, run);
      return { family: 'fixed-tiers', amount: banded.amount, range: banded.range, ...(banded.notSelected && { notSelected: true }) };
    },
  };
};
