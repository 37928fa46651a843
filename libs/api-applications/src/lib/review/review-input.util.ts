import { type ApiIssue, Errors, isStorableText } from '@pioneer/api-core';
import type { CompiledMeasure } from '@pioneer/engine';

const issue = (pointer: string, zh: string, en: string): ApiIssue => ({ pointer, message: { 'zh-CN': zh, en } });

/** The most reviewers one application is assigned. */
export const MAX_REVIEWERS = 12;

/** `{ reviewers: [subject, …] }`: 1–12 distinct reviewer names. */
export function reviewerList(value: unknown): string[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_REVIEWERS) {
    throw Errors.validation([issue('/reviewers', `须为 1 到 ${MAX_REVIEWERS} 名评审专家的账号`, `must list 1 to ${MAX_REVIEWERS} reviewers' accounts`)]);
  }
  const bad = value.findIndex((name) => typeof name !== 'string' || name.length < 1 || name.length > 200 || !isStorableText(name));
  if (bad >= 0) throw Errors.validation([issue(`/reviewers/${bad}`, '须为评审专家的账号名', "must be a reviewer's account name")]);
  if (new Set(value).size !== value.length) throw Errors.validation([issue('/reviewers', '不得重复', 'must not repeat a reviewer')]);
  return value as string[];
}

/**
 * One reviewer's scores against the measure's rubric: every criterion, a whole number on the
 * scale, and nothing else. Issues are named by JSON pointer and say the allowed range.
 */
export function rubricScores(measure: CompiledMeasure, value: unknown): Record<string, number> {
  const rubric = measure.rubric!;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw Errors.validation([issue('/scores', '须为「评分项 → 分数」的对象', 'must be an object of criterion → score')]);
  const scores = value as Record<string, unknown>;
  const issues: ApiIssue[] = [];
  const { min, max } = rubric.scale;
  for (const criterion of rubric.criteria) {
    const score = scores[criterion.code];
    if (!Number.isInteger(score) || (score as number) < min || (score as number) > max) {
      issues.push(issue(`/scores/${criterion.code}`, `「${criterion.label['zh-CN']}」须为 ${min}–${max} 的整数`, `'${criterion.label.en}' must be a whole number from ${min} to ${max}`));
    }
  }
  for (const code of Object.keys(scores).slice(0, 50)) {
    if (!rubric.criteria.some((c) => c.code === code)) issues.push(issue(`/scores/${code.slice(0, 64)}`, '不是本措施评分细则中的评分项', "is not a criterion of this measure's rubric"));
  }
  if (issues.length) throw Errors.validation(issues);
  return scores as Record<string, number>;
}
