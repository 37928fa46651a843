import { UNKNOWN, type CompiledExpression } from '../../expression/expression.types';
import { shareOf, type Rounding } from '../money';
import { t } from '../messages';
import type { AwardOutcome, Label, MeasureFamily } from '../types';
import type { AwardFamilyCompiler } from './award.types';
import { compileRequested, limitToRequested } from './requested';
import { applyScoreBands, checkBandsParam } from './score-bands';

interface RateRule {
  when: CompiledExpression | null;
  whenLabel?: Label;
  param: string;
  paramLabel: Label;
}

const COMPUTED = t('计算结果', 'the computed amount');

const WORDS: Record<'share-of-base' | 'matching', { base: Label; rate: Label }> = {
  'share-of-base': { base: t('计算基数', 'Base'), rate: t('资助比例', 'Rate') },
  matching: { base: t('配套基数', 'Amount matched'), rate: t('配套比例', 'Matching ratio') },
};

/**
 * award = min(round(base × rate), cap), the rate being the first whose condition holds. The same
 * rule serves `matching` (base = another funder's amount, rate = the matching ratio).
 */
export const compileShareOfBase: AwardFamilyCompiler = (def, env) => {
  const family = def.family as 'share-of-base' | 'matching';
  const words = WORDS[family];
  const base = env.expr(def.base, '/x-award/base', ['money']);
  const cap = env.expr(def.cap, '/x-award/cap', ['money']);
  const baseLabel = env.describe(def.base, words.base);
  const capLabel = env.describe(def.cap, t('资助上限', 'Cap'));
  const rules = (def.rates as Array<Record<string, unknown>>).map((r, i): RateRule => {
    const param = String(r.param);
    const type = env.paramType(param);
    if (type !== 'rate')
      env.problem(
        `/x-award/rates/${i}/param`,
        type ? `rate parameter '${param}' must be of type rate, found ${type}` : `reference to undefined parameter '${param}'`,
      );
    const when = r.when === undefined ? null : env.expr(r.when, `/x-award/rates/${i}/when`, ['boolean']);
    return {
      when,
      whenLabel: (r.label as Label | undefined) ?? (r.when ? env.describe(r.when, t('条件成立', 'condition holds')) : undefined),
      param,
      paramLabel: env.paramLabel(param),
    };
  });
  if (rules.length && rules[rules.length - 1].when)
    env.problem(`/x-award/rates/${rules.length - 1}`, "the last rate must have no 'when': it is the default");
  const bandsParam = checkBandsParam(def.scoreBands, env);
  const rounding = def.rounding as Rounding;
  const requested = compileRequested(def, env);

  return {
    family: family as MeasureFamily,
    usesScore: Boolean(bandsParam) || rules.some((r) => r.when?.usesScore) || base.usesScore || cap.usesScore,
    compute(run): AwardOutcome {
      const s = run.scope;
      const candidates: RateRule[] = [];
      for (const rule of rules) {
        const holds = rule.when ? rule.when.fn(s) : true;
        if (holds === true) {
          candidates.push(rule);
          break;
        }
        if (holds === UNKNOWN) candidates.push(rule);
        // Say why a higher (conditional) rate was not used: its condition does not hold.
        else if (rule.whenLabel) run.note('award', rule.param, 'rate.not-applied', { label: rule.whenLabel, rate: s.params[rule.param] });
      }
      const capValue = cap.fn(s) as number;
      const baseValue = base.fn(s);
      const rates = candidates.map((r) => s.params[r.param] as number);
      if (candidates.length === 1) {
        const r = candidates[0];
        run.note('award', r.param, 'rate.applied', {
          word: words.rate,
          rate: rates[0],
          paramLabel: r.paramLabel,
          whenLabel: r.when ? r.whenLabel : undefined,
        });
      }
      if (capValue === (UNKNOWN as unknown)) {
        run.note('award', undefined, 'award.cap-unknown', { label: capLabel });
        return { family, amount: null, range: null };
      }
      if (baseValue === UNKNOWN) {
        run.note('award', undefined, 'award.base-unknown', { label: baseLabel, cap: capValue });
        return { family, amount: null, range: { min: 0, max: capValue }, rateBasisPoints: rates.length === 1 ? rates[0] : undefined };
      }
      run.note('award', undefined, 'award.base', { word: words.base, label: baseLabel, base: baseValue });
      const amounts = rates.map((bp) => Math.min(shareOf(baseValue as number, bp, rounding), capValue));
      if (amounts.length !== 1) {
        return { family, amount: null, range: { min: Math.min(...amounts), max: Math.max(...amounts) } };
      }
      const share = shareOf(baseValue as number, rates[0], rounding);
      run.note('award', undefined, 'award.share', { base: baseValue, rate: rates[0], share, rounding });
      const capped = Math.min(share, capValue);
      run.note('award', undefined, 'award.cap', { above: share > capValue, label: capLabel, cap: capValue });
      const banded = applyScoreBands(requested ? limitToRequested(capped, requested, COMPUTED, run) : capped, bandsParam, rounding, run);
      return {
        family,
        amount: banded.amount,
        range: banded.range,
        rateBasisPoints: rates[0],
        ...(banded.notSelected && { notSelected: true }),
      };
    },
  };
};
