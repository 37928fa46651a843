import { UNKNOWN, type Unknown } from '../expression/expression.types';
import { say, t } from './messages';
import type { Label, ReviewerScores, SchemaProblem, ScoreOutcome, ValidationIssue } from './types';

export interface Rubric {
  criteria: Array<{ code: string; label: Label; description: Label; weight: number }>;
  scale: { min: number; max: number };
  combine: { method: 'mean' | 'median' | 'trimmed-mean'; minReviewers: number };
  /** The text sets no scoring method: a rubric is an implementation-rule default unless it says otherwise. */
  source?: 'policy-text' | 'implementation-rule';
}

/** Weights must add up to 100 and criterion codes be unique; the scale must run upwards. */
export function checkRubric(file: string, rubric: Rubric, problems: SchemaProblem[], at = '/x-rubric'): void {
  const total = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total !== 100)
    problems.push({ file, pointer: `${at}/criteria`, message: `criterion weights add up to ${total}; they must add up to 100` });
  const seen = new Set<string>();
  rubric.criteria.forEach((c, i) => {
    if (seen.has(c.code)) problems.push({ file, pointer: `${at}/criteria/${i}/code`, message: `criterion '${c.code}' appears twice` });
    seen.add(c.code);
  });
  if (rubric.scale.min >= rubric.scale.max) problems.push({ file, pointer: `${at}/scale`, message: 'scale.min must be below scale.max' });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A reviewer's total on 0–100: Σ weight × score / scale.max. */
function reviewerTotal(rubric: Rubric, scores: Record<string, number>): number {
  let sum = 0;
  for (const c of rubric.criteria) sum += c.weight * scores[c.code];
  return round2(sum / rubric.scale.max);
}

function combine(method: Rubric['combine']['method'], totals: number[]): number {
  const sorted = [...totals].sort((a, b) => a - b);
  if (method === 'median') {
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : round2((sorted[mid - 1] + sorted[mid]) / 2);
  }
  const used = method === 'trimmed-mean' && sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  return round2(used.reduce((a, b) => a + b, 0) / used.length);
}

const METHOD_WORDS: Record<string, Label> = {
  mean: t('平均分', 'mean'),
  median: t('中位数', 'median'),
  'trimmed-mean': t('去掉最高分和最低分后的平均分', 'mean without the highest and lowest'),
};

/**
 * Checks reviewers' scores against the rubric and combines them. Too few reviewers leaves the
 * score unknown (the amount stays a range); a score off the scale is an input error.
 */
export function scoreApplication(
  rubric: Rubric,
  reviews: ReviewerScores[],
): { score: number | Unknown; outcome: ScoreOutcome | null; issues: ValidationIssue[]; message: Label } {
  const issues: ValidationIssue[] = [];
  reviews.forEach((review, r) => {
    for (const c of rubric.criteria) {
      const value = review.scores?.[c.code];
      const pointer = `/scores/${r}/scores/${c.code}`;
      if (!Number.isInteger(value) || value < rubric.scale.min || value > rubric.scale.max) {
        issues.push({
          pointer,
          keyword: 'score',
          message: say(
            c.label,
            t(
              `（${pointer}）须为 ${rubric.scale.min}–${rubric.scale.max} 的整数`,
              ` (${pointer}) must be a whole number from ${rubric.scale.min} to ${rubric.scale.max}`,
            ),
          ),
        });
      }
    }
    for (const code of Object.keys(review.scores ?? {})) {
      if (!rubric.criteria.some((c) => c.code === code)) {
        const pointer = `/scores/${r}/scores/${code}`;
        issues.push({
          pointer,
          keyword: 'score',
          message: t(`（${pointer}）不是评分细则中的指标`, `(${pointer}) is not a criterion of the rubric`),
        });
      }
    }
  });
  if (issues.length) return { score: UNKNOWN, outcome: null, issues, message: t('评分无效', 'Invalid scores') };
  const { method, minReviewers } = rubric.combine;
  if (reviews.length < minReviewers) {
    return {
      score: UNKNOWN,
      outcome: null,
      issues,
      message: t(
        `已有 ${reviews.length} 位评审评分，需至少 ${minReviewers} 位`,
        `${reviews.length} of at least ${minReviewers} reviewers have scored`,
      ),
    };
  }
  const totals = reviews.map((review) => reviewerTotal(rubric, review.scores));
  const total = combine(method, totals);
  return {
    score: total,
    outcome: { total, reviewers: reviews.length, method },
    issues,
    message: say(
      t(`评审得分 ${totals.join('、')}，`, `Reviewers' totals ${totals.join(', ')}; `),
      METHOD_WORDS[method],
      t(` ${total} 分`, ` ${total}`),
    ),
  };
}
