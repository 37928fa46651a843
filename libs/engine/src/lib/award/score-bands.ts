import { UNKNOWN } from '../../expression/expression.types';
import { shareOf, type Rounding } from '../money';
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
    run.note('score', bandsParam, 'bands.pending', { max });
    return { amount: null, range: { min: 0, max } };
  }
  const band = bands.find((b) => (score as number) >= b.minScore);
  if (!band) {
    run.note('score', bandsParam, 'bands.below', { score, lowest: bands[bands.length - 1].minScore });
    return { amount: 0, range: { min: 0, max: 0 }, notSelected: true };
  }
  const amount = shareOf(max, band.share, rounding);
  // The line reads as the arithmetic it is: the maximum reached so far × the band's share.
  run.note('score', bandsParam, 'bands.band', { score, minScore: band.minScore, max, share: band.share, amount, rounding });
  return { amount, range: { min: amount, max: amount } };
}
