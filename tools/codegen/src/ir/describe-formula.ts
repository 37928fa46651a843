import { capScopeWords, formatRate, moneyLabel, parseRate, type Label } from '@pioneer/engine';

type Json = Record<string, unknown>;

const join = (parts: Label[], zhSep: string, enSep: string): Label => ({
  'zh-CN': parts.map((p) => p['zh-CN']).join(zhSep),
  en: parts.map((p) => p.en).join(enSep),
});

/** A parameter's value as words: money in 元/万元, rates as percentages, others as written. */
function valueOf(name: string | undefined, values: Record<string, unknown>, types: Record<string, string>): Label | undefined {
  if (!name || !(name in values)) return undefined;
  const value = values[name];
  if (types[name] === 'money') return moneyLabel(value as number);
  if (types[name] === 'rate') {
    const text = formatRate(parseRate(value) ?? 0);
    return { 'zh-CN': text, en: text };
  }
  return { 'zh-CN': String(value), en: String(value) };
}

/**
 * A cap in words: a parameter's value, a product (`*`: "35元 × 租赁面积 × 申请补贴的租期"), or the
 * smallest of several (`min`: each, joined), so a per-unit limit is never silently left out.
 */
function capWords(
  expr: unknown,
  values: Record<string, unknown>,
  types: Record<string, string>,
  fieldLabel: FieldLabel,
): Label | undefined {
  if (!expr || typeof expr !== 'object') return typeof expr === 'number' ? moneyLabel(expr) : undefined;
  const node = expr as Json;
  if (typeof node.param === 'string') return valueOf(node.param, values, types);
  if (typeof node.var === 'string') return fieldLabel(node.var);
  const parts = (list: unknown, word: (e: unknown) => Label | undefined) => (Array.isArray(list) ? list.map(word) : []);
  if (Array.isArray(node['*'])) {
    const factors = parts(node['*'], (e) =>
      typeof e === 'number' ? { 'zh-CN': String(e), en: String(e) } : capWords(e, values, types, fieldLabel),
    );
    return factors.every(Boolean) ? join(factors as Label[], ' × ', ' × ') : undefined;
  }
  if (Array.isArray(node.min)) {
    const limits = parts(node.min, (e) => capWords(e, values, types, fieldLabel));
    return limits.every(Boolean) ? join(limits as Label[], '，且不超过 ', ', and at most ') : undefined;
  }
  return undefined;
}

/** A form field's label by dot path, for formulas that read the form (`*` of a per-unit limit). */
export type FieldLabel = (path: string) => Label | undefined;

function paramOf(expr: unknown): string | undefined {
  return expr && typeof expr === 'object' && typeof (expr as Json).param === 'string' ? ((expr as Json).param as string) : undefined;
}

/**
 * The award rule in words with the numbers of the given version, for the catalogue and help
 * texts: "服务合同金额 × 50%（初创企业 60%），最高 1,000万元".
 */
export function describeFormula(
  award: Json,
  values: Record<string, unknown>,
  types: Record<string, string>,
  baseLabel: Label | undefined,
  fieldLabel: FieldLabel = () => undefined,
): Label {
  const formula = describeFamily(award, values, types, baseLabel, fieldLabel);
  const scope = award.capScope as { per: string; budgetYear?: boolean; label: Label; cap: unknown } | undefined;
  if (!scope || scope.per === 'application') return formula;
  // Whose cap it is belongs in every place the formula is shown: catalogue, docs, backoffice help.
  const words = capScopeWords({ label: scope.label, budgetYear: scope.budgetYear === true });
  const cap = valueOf(paramOf(scope.cap), values, types);
  return {
    'zh-CN': `${formula['zh-CN']}（${words['zh-CN']}${cap ? `最高 ${cap['zh-CN']}` : ''}）`,
    en: `${formula.en} (${words.en}${cap ? ` at most ${cap.en}` : ''})`,
  };
}

function describeFamily(
  award: Json,
  values: Record<string, unknown>,
  types: Record<string, string>,
  baseLabel: Label | undefined,
  fieldLabel: FieldLabel,
): Label {
  const upTo = (cap: Label | undefined): Label =>
    cap ? { 'zh-CN': `，最高 ${cap['zh-CN']}`, en: `, up to ${cap.en}` } : { 'zh-CN': '', en: '' };
  switch (award.family) {
    case 'share-of-base':
    case 'matching': {
      const rates = (award.rates as Json[]).map((r) => {
        const rate = valueOf(r.param as string, values, types) ?? { 'zh-CN': '?', en: '?' };
        const when = r.label as Label | undefined;
        return r.when && when ? { 'zh-CN': `${when['zh-CN']} ${rate['zh-CN']}`, en: `${rate.en} (${when.en})` } : rate;
      });
      const base = baseLabel ?? { 'zh-CN': '基数', en: 'base' };
      const rateText = join(rates.reverse(), '；', '; ');
      const scored = award.scoreBands ? { 'zh-CN': '，按评审得分确定', en: ', set by the review score' } : { 'zh-CN': '', en: '' };
      const lead = award.family === 'matching' ? { 'zh-CN': '配套', en: 'Matching' } : { 'zh-CN': '', en: 'Share of' };
      return {
        'zh-CN': `${lead['zh-CN']}${base['zh-CN']} × ${rateText['zh-CN']}${upTo(capWords(award.cap, values, types, fieldLabel))['zh-CN']}${scored['zh-CN']}`,
        en: `${lead.en} ${base.en.charAt(0).toLowerCase()}${base.en.slice(1)} × ${rateText.en}${upTo(capWords(award.cap, values, types, fieldLabel)).en}${scored.en}`,
      };
    }
    case 'fixed-tiers': {
      const tiers = (award.tiers as Json[]).map((tier) => {
        const amount = valueOf(paramOf(tier.amount), values, types) ?? { 'zh-CN': '?', en: '?' };
        const label = tier.label as Label;
        return {
          'zh-CN': `${label['zh-CN']} ${award.upTo ? '最高 ' : ''}${amount['zh-CN']}`,
          en: `${label.en}: ${award.upTo ? 'up to ' : ''}${amount.en}`,
        };
      });
      return join(tiers, '；', '; ');
    }
    case 'discretionary': {
      const cap = valueOf(paramOf(award.cap), values, types);
      return { 'zh-CN': `按评审得分在上限内确定${upTo(cap)['zh-CN']}`, en: `Set by the review score within the cap${upTo(cap).en}` };
    }
    case 'benefit': {
      const label = award.label as Label;
      const min = valueOf(paramOf(award.min), values, types);
      const max = valueOf(paramOf(award.max), values, types);
      return {
        'zh-CN': `${label['zh-CN']}：${min?.['zh-CN'] ?? '?'} 至 ${max?.['zh-CN'] ?? '?'} 个月`,
        en: `${label.en}: ${min?.en ?? '?'} to ${max?.en ?? '?'} months`,
      };
    }
    default:
      return { 'zh-CN': '信息类措施，无申请', en: 'Informational: no application' };
  }
}
