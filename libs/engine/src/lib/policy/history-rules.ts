import type { Scope } from '../../expression/expression.types';
import { UNKNOWN } from '../../expression/expression.types';
import { budgetYear, monthsBetween } from '../dates';
import type { CompiledCapScope, CompiledRepeat, CompiledSupport } from '../measure/history-keywords';
import { money, say, t } from '../messages';
import type { AwardOutcome, FundingLevel, FundingRecord, Label, RuleOutcome, TraceLine } from '../types';

/** The applicant's earlier awards of one measure, as the engine is given them (platform records and declared support). */
export interface MeasureHistory {
  measure: string;
  applicantId: unknown;
  /** The identity key of the thing applied for (x-identity, else the project reference). */
  key: string | undefined;
  asOf: string;
  history: FundingRecord[];
}

function ownRecords(h: MeasureHistory): FundingRecord[] {
  return h.history.filter((r) => r.measure === h.measure && r.applicantId === h.applicantId);
}

const REPEAT_LABEL = t('同一事项不重复资助', 'No second award for the same thing');

function withinWindow(repeat: CompiledRepeat, recordDate: string, asOf: string): boolean {
  if (repeat.within === 'ever') return true;
  if (repeat.within === 'budget-year') return budgetYear(recordDate) === budgetYear(asOf);
  return monthsBetween(recordDate, asOf) < (repeat.years ?? 1) * 12;
}

/**
 * `x-repeat`: the same thing (same identity key) is supported once within the window the measure
 * declares — ever, in one budget year, or in an evaluation cycle of N years.
 */
export function checkRepeat(repeat: CompiledRepeat | undefined, h: MeasureHistory): RuleOutcome | null {
  if (!repeat || h.key === undefined) return null;
  const clash = ownRecords(h).find((r) => r.projectRef === h.key && withinWindow(repeat, r.date, h.asOf));
  return {
    code: 'repeat-award',
    label: REPEAT_LABEL,
    kind: 'policy',
    passed: !clash,
    reason: clash ? say(repeat.reason, t(`（已获：${h.key}，${clash.date}）`, ` (already received: ${h.key}, ${clash.date})`)) : undefined,
  };
}

/** "单家企业累计" / "per applicant, in total": how a cap scope reads in labels and traces. */
export function capScopeWords(scope: Pick<CompiledCapScope, 'label' | 'budgetYear'>): Label {
  return say(scope.label, scope.budgetYear ? t('每个预算年度', ', per budget year') : t('累计', ', in total'));
}

/**
 * `capScope`: the cap is the applicant's (or the project's) across applications, optionally per
 * budget year. What earlier awards of this measure used (the larger of the records given and the
 * support the applicant declares) is taken off the cap; the award is cut to what is left, and an
 * exhausted cap refuses the application with the reason.
 */
export function applyCapScope(
  capScope: CompiledCapScope | undefined,
  h: MeasureHistory,
  scope: Scope,
  award: AwardOutcome,
  trace: TraceLine[],
): RuleOutcome | null {
  if (!capScope || capScope.per === 'application') return null;
  const cap = capScope.cap.fn(scope);
  if (cap === UNKNOWN) return null;
  const records = ownRecords(h).filter(
    (r) =>
      (capScope.per === 'applicant' || (h.key !== undefined && r.projectRef === h.key)) &&
      (!capScope.budgetYear || budgetYear(r.date) === budgetYear(h.asOf)),
  );
  const recorded = records.reduce((sum, r) => sum + r.amount, 0);
  const declared = capScope.declared?.fn(scope);
  const prior = Math.max(recorded, typeof declared === 'number' ? declared : 0);
  const headroom = Math.max(0, (cap as number) - prior);
  const words = capScopeWords(capScope);
  const label = say(t('资助上限（', 'Cap ('), words, t('）', ')'));
  trace.push({ step: 'policy', ref: 'cap-scope', key: 'cap-scope.headroom', params: { scope: words, cap, prior, headroom } });
  if (headroom === 0)
    return {
      code: 'cap-scope',
      label,
      kind: 'policy',
      passed: false,
      reason: say(
        words,
        t('最高 ', ' at most '),
        money(cap as number),
        t('，已全部获得，不再资助', ' has all been received: no further award'),
      ),
    };
  const top = award.amount ?? award.range?.max;
  if (top !== undefined && top > headroom) {
    if (award.amount !== null) award.amount = headroom;
    if (award.range) award.range = { min: Math.min(award.range.min, headroom), max: Math.min(award.range.max, headroom) };
    trace.push({ step: 'policy', ref: 'cap-scope', key: 'cap-scope.cut', params: { scope: words, from: top, to: headroom } });
  }
  return { code: 'cap-scope', label, kind: 'policy', passed: true };
}

const LEVELS = new Set(['national', 'provincial']);

/**
 * Senior support the form declares — the policy's `declaredSupport` list and the measure's
 * `x-support` fields — as funding records of this applicant and project, so the cumulative cap
 * (P3) sees what the applicant must disclose as well as what the platform recorded.
 */
export function declaredRecords(
  list: unknown,
  support: CompiledSupport[],
  scope: Scope,
  applicantId: unknown,
  projectRef: unknown,
): FundingRecord[] {
  const out: FundingRecord[] = [];
  const base = { applicantId: String(applicantId), projectRef: typeof projectRef === 'string' ? projectRef : undefined };
  for (const item of Array.isArray(list) ? (list as Array<Record<string, unknown>>) : []) {
    if (!LEVELS.has(item.level as string) || typeof item.amount !== 'number' || item.amount <= 0) continue;
    out.push({
      ...base,
      level: item.level as FundingLevel,
      amount: item.amount,
      date: String(item.date),
      programme: String(item.programme),
    });
  }
  for (const s of support) {
    const amount = s.amount.fn(scope);
    const date = s.date.fn(scope);
    if (typeof amount !== 'number' || amount <= 0 || typeof date !== 'string') continue;
    out.push({ ...base, level: s.level, amount, date, programme: s.programme['zh-CN'] });
  }
  return out;
}
