import { formatRate, moneyLabel, traceMessage, type Decision, type Lang, type MatchResult, type MoneyRange } from '@pioneer/engine';

const STATUS: Record<string, { 'zh-CN': string; en: string }> = {
  invalid: { 'zh-CN': '申请表有误', en: 'invalid application' },
  'not-accepted': { 'zh-CN': '不予受理', en: 'not accepted' },
  ineligible: { 'zh-CN': '不符合条件', en: 'not eligible' },
  'to-be-completed': { 'zh-CN': '待补正（补齐材料后核定）', en: 'to be completed (decided once the missing items are given)' },
  'not-selected': { 'zh-CN': '未入选（评分未达到任何档次）', en: 'not selected (the score reached no band)' },
  eligible: { 'zh-CN': '符合条件', en: 'eligible' },
  possible: { 'zh-CN': '可能符合（需申请时核实）', en: 'possibly eligible (to be checked on application)' },
  informational: { 'zh-CN': '信息类措施', en: 'informational' },
  'not-open': { 'zh-CN': '未开放', en: 'not open' },
};

export function money(fen: number, lang: Lang): string {
  return moneyLabel(fen)[lang];
}

export function range(r: MoneyRange, lang: Lang): string {
  if (r.min === r.max) return money(r.max, lang);
  if (r.min === 0) return `${lang === 'zh-CN' ? '最高 ' : 'up to '}${money(r.max, lang)}`;
  return `${money(r.min, lang)} – ${money(r.max, lang)}`;
}

/** A decision as a person reads it: status, amount, failed rules, then the whole trace. */
export function formatDecision(d: Decision, lang: Lang): string[] {
  const zh = lang === 'zh-CN';
  const lines = [
    `${d.measure} · ${zh ? '版本' : 'version'} ${d.version ?? '—'} · ${d.asOf}`,
    `${zh ? '结论' : 'Decision'}: ${STATUS[d.status][lang]}`,
  ];
  if (d.award?.benefit)
    lines.push(`${d.award.benefit.label[lang]}: ${d.award.benefit.min}–${d.award.benefit.max} ${zh ? '个月' : 'months'}`);
  else if (d.award)
    lines.push(
      `${zh ? '资助金额' : 'Award'}: ${d.award.amount !== null ? money(d.award.amount, lang) : d.award.range ? range(d.award.range, lang) : '—'}`,
    );
  for (const share of d.award?.shares ?? []) lines.push(`  ${share.label[lang]}: ${money(share.amount, lang)}`);
  for (const e of d.errors) lines.push(`  ✗ ${e.message[lang]}`);
  for (const r of d.rules.filter((r) => r.passed === false)) lines.push(`  ✗ ${r.label[lang]}: ${r.reason?.[lang] ?? ''}`);
  if (d.trace.length) {
    lines.push(zh ? '计算过程:' : 'Trace:');
    for (const line of d.trace) lines.push(`  [${line.step}${line.ref ? ' ' + line.ref : ''}] ${traceMessage(line)[lang]}`);
  }
  return lines;
}

/** One line a measure, eligible first. */
export function formatMatches(results: MatchResult[], lang: Lang): string[] {
  const order = ['eligible', 'possible', 'ineligible', 'not-open', 'informational'];
  const sorted = [...results].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return sorted.flatMap((r) => {
    const mark = { eligible: '✓', possible: '?', ineligible: '✗' }[r.status as string] ?? '·';
    const rate = r.rateBasisPoints !== undefined ? ` · ${formatRate(r.rateBasisPoints)}` : '';
    const head = `${mark} (${r.clause}) ${r.name[lang]} — ${STATUS[r.status][lang]}${rate}${r.estimate ? ` · ${range(r.estimate, lang)}` : ''}`;
    const why = r.failed.map((f) => `    ✗ ${f.reason?.[lang]}`);
    return [head, ...why];
  });
}
