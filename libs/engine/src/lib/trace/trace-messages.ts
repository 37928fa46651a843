import { roundingNote } from '../award/rounding-note';
import { money, rate, say, t } from '../messages';
import type { Rounding } from '../money';
import type { Label, TraceLine } from '../types';

/** The parameters of a trace line: plain JSON (numbers in fen or basis points, strings, labels). */
export type TraceParams = Record<string, unknown>;

const L = (v: unknown) => v as Label;
const N = (v: unknown) => v as number;
const join = (parts: Label[], zh: string, en: string): Label => say(...parts.flatMap((p, i) => (i ? [t(zh, en), p] : [p])));

/**
 * Every trace message, by key. The engine stores a key and its parameters; the words (and the
 * 元/万元 formatting of money) are made only when a line is read, by `traceMessage`, the same
 * way in the API, the backoffice, the portal, the SDK and the command line.
 */
export const TRACE_MESSAGES: Record<string, (p: TraceParams) => Label> = {
  text: (p) => L(p.text),
  'validation.valid': () => t('申请表校验通过', 'The application form is valid'),
  'validation.errors': (p) => t(`申请表有 ${p.count} 处错误`, `The application has ${p.count} error(s)`),
  'validation.evidence': (p) =>
    t(
      `证明材料有 ${p.count} 处缺漏，须补正；其余内容校验通过`,
      `The evidence has ${p.count} gap(s) to complete; the rest of the form is valid`,
    ),
  version: (p) => t(`适用参数版本 ${p.version}（${p.from} 起）`, `Parameters of version ${p.version} (from ${p.from})`),
  'score.rubric': (p) =>
    p.source === 'policy-text'
      ? t(`评分细则：依据措施原文（参数版本 ${p.version}）`, `Rubric: from the policy text (version ${p.version})`)
      : t(
          `评分细则：原文未规定评审办法，采用实施细则默认值（参数版本 ${p.version}）`,
          `Rubric: the text sets no scoring method; the implementation-rule default of version ${p.version}`,
        ),
  'eligibility.met': (p) => say(L(p.label), t('：符合', ': met')),
  'eligibility.failed': (p) => say(L(p.label), t('：不符合。', ': not met. '), L(p.reason)),
  'eligibility.referred': (p) => say(L(p.label), t('：由评审认定。', ': for the reviewers to decide. '), L(p.reason)),
  'rule.reason': (p) => L(p.reason),
  'award.amount': (p) => say(t('核定资助金额 ', 'Award '), money(N(p.amount))),
  'award.expected': (p) => say(t('预计资助金额 ', 'Expected award '), money(N(p.min)), ' – ', money(N(p.max))),
  'award.to-complete': (p) =>
    p.max === undefined
      ? t('补正后核定', 'Decided once completed')
      : say(t('补正后核定；预计资助金额最高 ', 'Decided once completed; expected award up to '), money(N(p.max))),
  'award.benefit': (p) => say(L(p.label), t(`：${p.min} 至 ${p.max} 个月`, `: ${p.min} to ${p.max} months`)),
  'award.up-to': (p) => say(L(p.label), t('：最高 ', ': up to '), money(N(p.max))),
  'award.requested': (p) =>
    say(
      L(p.label),
      ' ',
      money(N(p.asked)),
      t(' 低于', ' is below '),
      L(p.maxLabel),
      ' ',
      money(N(p.max)),
      t('，以申请金额为准', ': the amount requested applies'),
    ),
  'tiers.not-selected': () => t('评分未达到任何资助档次，未入选', 'The score reaches no tier: not selected'),
  'tiers.none': () => t('不符合任何资助档次', 'No tier applies'),
  'tiers.possible': (p) =>
    say(
      t('可能档次：', 'Possible tiers: '),
      join(
        (p.tiers as Array<{ label: Label; amount: number }>).map((x) => say(x.label, ' ', money(x.amount))),
        '，',
        ', ',
      ),
    ),
  'tiers.tier': (p) => say(t('资助档次：', 'Tier: '), L(p.label), p.upTo ? t('，最高 ', ', up to ') : t('，', ', '), money(N(p.amount))),
  'bands.pending': (p) => say(t('待评审评分确定金额，最高 ', 'Amount set by the review score, up to '), money(N(p.max))),
  'bands.below': (p) =>
    t(`评分 ${p.score} 低于最低档 ${p.lowest} 分，未入选`, `Score ${p.score} is below the lowest band (${p.lowest}): not selected`),
  'bands.band': (p) =>
    say(
      t(`评分 ${p.score} 达到 ${p.minScore} 分档：`, `Score ${p.score} reaches the ${p.minScore} band: `),
      money(N(p.max)),
      ' × ',
      rate(N(p.share)),
      ' = ',
      money(N(p.amount)),
      roundingNote(p.rounding as Rounding),
    ),
  'rate.not-applied': (p) => say(L(p.label), t('：条件不成立，不适用 ', ': the condition does not hold, so not '), rate(N(p.rate))),
  'rate.applied': (p) =>
    say(
      L(p.word),
      ' ',
      rate(N(p.rate)),
      t('（', ' ('),
      L(p.paramLabel),
      p.whenLabel ? say(t('；', '; '), L(p.whenLabel)) : '',
      t('）', ')'),
    ),
  'award.cap-unknown': (p) => say(L(p.label), t('待申请时确定', ' depends on facts given in the application')),
  'award.base-unknown': (p) => say(L(p.label), t('待申请时填写；最高 ', ' is given in the application; at most '), money(N(p.cap))),
  'award.base': (p) => say(L(p.word), t('：', ': '), L(p.label), ' = ', money(N(p.base))),
  'award.share': (p) => say(money(N(p.base)), ' × ', rate(N(p.rate)), ' = ', money(N(p.share)), roundingNote(p.rounding as Rounding)),
  'award.cap': (p) =>
    p.above
      ? say(t('超过上限（', 'Above the cap ('), L(p.label), t('：', ': '), money(N(p.cap)), t('），按上限资助', '): the cap applies'))
      : say(t('未超过上限（', 'Within the cap ('), L(p.label), t('：', ': '), money(N(p.cap)), t('）', ')')),
  'award.split': (p) =>
    say(
      t('资助分担：', 'Who pays: '),
      join(
        (p.parts as Array<{ label: Label; rate?: number; amount: number }>).map((x) =>
          say(
            x.label,
            x.rate === undefined ? t('承担其余 ', ' pays the rest, ') : say(t('承担 ', ' pays '), rate(x.rate), ' = '),
            money(x.amount),
          ),
        ),
        '；',
        '; ',
      ),
    ),
  'cap-scope.headroom': (p) =>
    say(
      L(p.scope),
      t('最高 ', ' at most '),
      money(N(p.cap)),
      t('，已获 ', '; already received '),
      money(N(p.prior)),
      t('，剩余 ', '; left '),
      money(N(p.headroom)),
    ),
  'cap-scope.cut': (p) =>
    say(t('按', 'Cut to the cap '), L(p.scope), t('上限，资助额由 ', ' from '), money(N(p.from)), t(' 核减至 ', ' to '), money(N(p.to))),
  'cumulative.cut': (p) =>
    say(t('按累计资助上限，资助额由 ', 'Cut by the cumulative cap from '), money(N(p.from)), t(' 核减至 ', ' to '), money(N(p.to))),
};

/**
 * The words of a trace line in both languages, made from its key and parameters when it is read.
 * A line stored before keys existed carries its `message` and is shown as it is.
 */
export function traceMessage(line: TraceLine): Label {
  if (line.message) return line.message;
  const render = TRACE_MESSAGES[line.key ?? ''];
  return render ? render(line.params ?? {}) : t(line.key ?? '', line.key ?? '');
}
