import { moneyLabel } from '@pioneer/engine';
import type { Emitter, GeneratedFile, MeasureIR, PolicyIR } from '../../ir/ir.types';
import { mdBanner } from '../../pipeline/banner';

const FAMILY: Record<string, string> = {
  'share-of-base': '按比例 · share of a base',
  matching: '配套 · matching',
  'fixed-tiers': '定额档次 · fixed tiers',
  discretionary: '择优评审 · discretionary, scored',
  benefit: '非资金 · non-monetary benefit',
  informational: '信息类 · informational',
};

function measureSection(m: MeasureIR): string {
  const lines = [
    `### (${m.clause}) ${m.name['zh-CN']} · ${m.name.en}`,
    '',
    `- Code: \`${m.names.code}\` · family: ${FAMILY[m.family]} · units: ${m.units.map((u) => u.label['zh-CN']).join('、')}`,
    `- 资助 / Award: ${m.formula['zh-CN']} · ${m.formula.en}`,
  ];
  if (m.budget) {
    const years = Object.entries(m.budget.yearAmounts ?? {}).map(([year, amount]) => `; ${year}: ${moneyLabel(amount)['zh-CN']}`).join('');
    lines.push(`- 年度总额 / Annual budget: ${moneyLabel(m.budget.annualAmount)['zh-CN']}${years} (${m.budget.label.en}${m.budget.measures.length > 1 ? `, shared with ${m.budget.measures.filter((c) => c !== m.names.code).join(', ')}` : ''})`);
  }
  if (m.exclusivityGroup) lines.push(`- 不得重复享受 / Exclusivity group: \`${m.exclusivityGroup.code}\` (${m.exclusivityGroup.label.en})`);
  if (m.eligibility.length) lines.push(`- 条件 / Eligibility: ${m.eligibility.map((r) => `${r.label['zh-CN']} (${r.label.en})`).join('; ')}`);
  if (m.rubric) lines.push(`- 评分 / Rubric: ${m.rubric.criteria.map((c) => `${c.label['zh-CN']} ${c.weight}`).join(', ')} · ${m.rubric.combine.method}, ≥ ${m.rubric.combine.minReviewers} reviewers`);
  const latest = m.versions[m.versions.length - 1];
  if (latest) lines.push(`- 参数版本 / Parameters: ${latest.version}, ${latest.effectiveFrom} – ${latest.effectiveTo ?? '…'}`);
  if (m.hasForm) lines.push(`- API: \`/api${m.names.route}\``);
  lines.push('', `> ${m.clauseText['zh-CN']}`, '');
  return lines.join('\n');
}

function policyCatalogue(policy: PolicyIR): GeneratedFile {
  const sources = [`${policy.folder}/policy.json`, `${policy.folder}/measures/*.json`];
  const body = [
    mdBanner(sources),
    `# ${policy.name['zh-CN']} · ${policy.name.en}`,
    '',
    `In force ${policy.validity.from} to ${policy.validity.to}. ${policy.measures.length} measures.`,
    '',
    '| clause | measure | family | award |',
    '|---|---|---|---|',
    ...policy.measures.map((m) => `| ${m.clause} | ${m.name['zh-CN']} · ${m.name.en} | ${m.family} | ${m.formula['zh-CN'].replace(/\|/g, '\\|')} |`),
    '',
    ...policy.sections.flatMap((s) => [`## ${s.label['zh-CN']} · ${s.label.en}`, '', ...policy.measures.filter((m) => m.section.code === s.code).map(measureSection)]),
  ].join('\n');
  return { path: `docs/generated/${policy.code}.measures.gen.md`, content: body };
}

/** The measures catalogue: every measure with its clause, the formula in words, caps and budget. */
export const docsEmitter: Emitter = {
  name: 'docs',
  outputs: ['docs/generated'],
  emit: (ir) => ir.policies.map(policyCatalogue),
};
