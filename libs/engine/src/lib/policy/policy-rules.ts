import { budgetYear } from '../dates';
import { roundFen, type Rounding } from '../money';
import { money, say, t } from '../messages';
import type { AwardOutcome, FundingLevel, FundingRecord, Label, RuleOutcome, TraceLine } from '../types';
import type { ExclusivityGroup, PolicyInfo } from './policy.types';

export { pathReader } from './path-reader';

const P6_LABEL = t('P6 有效期', 'P6 validity');
const P1_LABEL = t('P1 不得重复享受', 'P1 no double dipping');
const P3_LABEL = t('P3 累计资助不超过审计投资额', 'P3 cumulative cap');

/** P6: the policy accepts applications only inside its validity window. */
export function checkValidity(policy: PolicyInfo, asOf: string): RuleOutcome {
  const { from, to } = policy.validity;
  const passed = from <= asOf && asOf <= to;
  return {
    code: 'P6-validity',
    label: P6_LABEL,
    kind: 'policy',
    passed,
    reason: passed
      ? undefined
      : t(
          `申请日期 ${asOf} 不在措施有效期（${from} 至 ${to}）内，不予受理`,
          `The date ${asOf} is outside the policy's validity (${from} to ${to}); no application is accepted`,
        ),
  };
}

/**
 * P1: a second award in the same exclusivity group, for the same applicant (and project, where
 * the group is scoped to projects), is refused. A record belongs to the group by its measure
 * (`groupOfRecord`: this policy's measures, or another policy's named `policy/measure`) or by the
 * group it declares; it counts when its level is one the group lists (default: the policy's own).
 */
export function checkExclusivity(
  group: ExclusivityGroup | undefined,
  policyLevel: FundingLevel,
  groupOfRecord: (record: FundingRecord) => string | undefined,
  applicantId: unknown,
  projectRef: unknown,
  history: FundingRecord[],
  asOf: string,
  nameOf: (code: string) => Label | undefined = () => undefined,
): RuleOutcome | null {
  if (!group) return null;
  const levels = group.levels ?? [policyLevel];
  const clash = history.find(
    (record) =>
      levels.includes(record.level) &&
      record.applicantId === applicantId &&
      groupOfRecord(record) === group.code &&
      (group.scope === 'same-applicant' || (projectRef !== undefined && record.projectRef === projectRef)) &&
      (group.within !== 'budget-year' || budgetYear(record.date) === budgetYear(asOf)),
  );
  return {
    code: 'P1-exclusivity',
    label: P1_LABEL,
    kind: 'policy',
    passed: !clash,
    reason: clash ? say(group.reason, alreadyReceived(clash, group, nameOf)) : undefined,
  };
}

/** "（已获：训力券，2025-01-15）": the programme, else the measure by its name in each language — never a code inside a Chinese sentence. */
function alreadyReceived(clash: FundingRecord, group: ExclusivityGroup, nameOf: (code: string) => Label | undefined): Label {
  const name: Label = clash.programme
    ? t(clash.programme, clash.programme)
    : ((clash.measure ? nameOf(clash.measure) : undefined) ?? group.label);
  return say(t('（已获：', ' (already received: '), name, t(`，${clash.date}）`, `, ${clash.date})`));
}

/**
 * P3: for a project a senior level (national, provincial) already funds, all capped levels (city,
 * district) together fund at most the audited investment: the award is cut to what is left.
 */
export function applyCumulativeCap(
  policy: PolicyInfo,
  investment: unknown,
  applicantId: unknown,
  projectRef: unknown,
  history: FundingRecord[],
  award: AwardOutcome,
  rounding: Rounding | undefined,
  trace: TraceLine[],
): RuleOutcome | null {
  const cap = policy.cumulativeCap;
  if (!cap || projectRef === undefined) return null;
  const project = history.filter((r) => r.applicantId === applicantId && r.projectRef === projectRef);
  const senior = project.filter((r) => cap.seniorLevels.includes(r.level));
  if (senior.length === 0) return { code: 'P3-cumulative-cap', label: P3_LABEL, kind: 'policy', passed: true };
  if (typeof investment !== 'number') {
    // Not a refusal: the project may well be fundable once its audited investment is given (补正).
    return {
      code: 'P3-cumulative-cap',
      label: P3_LABEL,
      kind: 'policy',
      passed: null,
      reason: say(
        t('该项目已获', 'This project already received '),
        levelWords(cap.seniorLevels, t('或', ' or ')),
        t('财政支持，须补充经审计认定的项目投资额', ' funding: give its audited investment to complete the application'),
      ),
    };
  }
  const prior = project.filter((r) => cap.cappedLevels.includes(r.level)).reduce((sum, r) => sum + r.amount, 0);
  const headroomRaw = Math.max(0, investment - prior);
  const headroom = rounding ? roundFen(headroomRaw, { mode: 'floor', unit: rounding.unit }) : headroomRaw;
  // The levels come from the policy file (a city's policy caps city and district funding), never a place name.
  const explain: Label = say(
    t('该项目已获', 'The project already has '),
    levelWords(cap.seniorLevels, t('或', ' or ')),
    t('财政支持；审计投资额 ', ' funding; audited investment '),
    money(investment),
    t('，', ', '),
    levelWords(cap.cappedLevels, t('、', ' and ')),
    t('财政已资助 ', ' funding so far '),
    money(prior),
    t('，剩余额度 ', ', headroom '),
    money(headroom),
  );
  trace.push({ step: 'policy', ref: 'P3-cumulative-cap', key: 'rule.reason', params: { reason: explain } });
  const top = award.amount ?? award.range?.max;
  if (top !== undefined && top > headroom) {
    award.beforeCut = top;
    if (award.amount !== null) award.amount = headroom;
    if (award.range) award.range = { min: Math.min(award.range.min, headroom), max: Math.min(award.range.max, headroom) };
    trace.push({ step: 'policy', ref: 'P3-cumulative-cap', key: 'cumulative.cut', params: { from: top, to: headroom } });
  }
  return { code: 'P3-cumulative-cap', label: P3_LABEL, kind: 'policy', passed: true, reason: explain };
}

const LEVEL_WORDS: Record<FundingLevel, Label> = {
  national: t('国家', 'national'),
  provincial: t('省', 'provincial'),
  city: t('市', 'city'),
  district: t('区', 'district'),
};

/** "国家或省级" / "national or provincial": funding levels as the policy file lists them. */
export function levelWords(levels: FundingLevel[], joiner: Label): Label {
  const parts: Label[] = [];
  levels.forEach((level, i) => parts.push(...(i ? [joiner] : []), LEVEL_WORDS[level]));
  return say(...parts, t('级', ''));
}
