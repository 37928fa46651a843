import { UNKNOWN } from '../../expression/expression.types';
import { shareOf, type Rounding } from '../money';
import { money, rate, say, t } from '../messages';
import { roundingNote } from './rounding-note';
import type { Band } from '../measure/parameters';
import type { MoneyRange } from '../types';
import type { AwardCompileEnv, AwardRun } from './award.types';

/** Checks that a `scoreBands` name refers to a bands parameter. */
export function checkBandsParam(name: unknown, env: AwardCompileEnv): string | undefined {
  if (name === undefined) return undefined;
  const type = env.paramType(String(name));
  if (type !== 'bands')
    env.problem(
      '/x-award/scoreBands',
      type ? `scoreBands '${name}' must be a bands parameter, found ${type}` : `reference to undefined parameter '${name}'`,
    );
  return String(name);
}

/**
 * Sets an amount within a maximum from the reviewers' score: the first band whose minScore the
 * score reaches gives the share of the maximum. Before review the amount is open: 0 … maximum.
 */
export function applyScoreBands(
  max: number,
  bandsParam: string | undefined,
  rounding: Rounding,
  run: AwardRun,
): { amount: number | null; range: MoneyRange; notSelected?: true } {
  if (!bandsParam) return { amount: max, range: { min: max, max } };
  const bands = run.scope.params[bandsParam] as Band[];
  const score = run.scope.score;
  if (score === UNKNOWN) {
    run.note('score', bandsParam, () => say(t('待评审评分确定金额，最高 ', 'Amount set by the review score, up to '), money(max)));
    return { amount: null, range: { min: 0, max } };
  }
  const band = bands.find((b) => (score as number) >= b.minScore);
  if (!band) {
    run.note('score', bandsParam, () =>
      say(
        t(
          `评分 ${score} 低于最低档 ${bands[bands.length - 1].minScore} 分，未入选`,
          `Score ${score} is below the lowest band (${bands[bands.length - 1].minScore}): not selected`,
        ),
      ),
    );
    return { amount: 0, range: { min: 0, max: 0 }, notSelected: true };
  }
  const amount = shareOf(max, band.share, rounding);
  // The line reads as the arithmetic it is: the maximum reached so far × the band's share.
  run.note('score', bandsParam, () =>
    say(
      t(`评分 ${score} 达到 ${band.minScore} 分档：`, `Score ${score} reaches the ${band.minScore} band: `),
      money(max),
      ' × ',
      rate(band.share),
      ' = ',
      money(amount),
      roundingNote(rounding),
    ),
  );
  return { amount, range: { min: amount, max: amount } };
}
