import type { MeasureFamily } from '@pioneer/engine';

type Json = Record<string, unknown>;

const attachment = { id: 'f1', name: 'evidence.pdf', sha256: 'a'.repeat(64) };

/** What each family's scaffolded form asks beyond the applicant, the project and the evidence. */
const familySections = (asOf: string): Record<Exclude<MeasureFamily, 'informational'>, Json> => ({
  'share-of-base': { expenditure: { description: '算力租用', amount: 10_000_000 } },
  matching: { otherFunding: { funder: '国家发展改革委', amount: 10_000_000, allocatedOn: asOf } },
  'fixed-tiers': { tier: { level: 'higher' } },
  discretionary: { proposal: { summary: '大模型应用' } },
  benefit: { request: { months: 12 } },
});

/** A complete application to the scaffolded form of a family, submitted on `asOf` (none for an informational measure). */
export function sampleApplication(family: MeasureFamily, asOf: string): Json {
  if (family === 'informational') return {};
  return {
    applicant: {
      name: '深圳市示例科技有限公司',
      creditCode: '91440300MA5F00003G',
      kind: 'enterprise',
      district: 'nanshan',
      registeredOn: '2021-01-01',
    },
    ...(family === 'benefit' ? {} : { project: { name: '示例项目', reference: 'P-1' } }),
    ...familySections(asOf)[family],
    attachments: { evidence: [attachment] },
    declarations: { truthful: true, noDuplicateFunding: true },
  };
}

/** What the engine decides on the sample while the scaffold's placeholders are in place. */
function placeholderExpectation(family: MeasureFamily): Json {
  if (family === 'informational') return { status: 'not-accepted', failedRules: ['informational'] };
  // A benefit's placeholder limits are 0 months, so no request is in range until they are set.
  if (family === 'benefit') return { status: 'ineligible', failedRules: ['months-in-range'] };
  return { status: 'eligible', failedRules: [] };
}

/**
 * The first data test case of a new measure (`cases/<code>/first.json`, schemas/inputs/test-case.schema.json):
 * a complete application and what the placeholders decide, so `npx pioneer test <code>` passes at once
 * and the officer changes `expected` as the real numbers go in.
 */
export function firstCaseTemplate(family: MeasureFamily, asOf: string): Json {
  return {
    $schema: '../../../../inputs/test-case.schema.json',
    name: {
      'zh-CN': '【待填写】一份完整的申请：填入真实数字后，写明应得的结论和金额（分）',
      en: '[TODO] A complete application: once the real numbers are in, state the decision and amount (fen) it must get',
    },
    asOf,
    application: sampleApplication(family, asOf),
    expected: placeholderExpectation(family),
  };
}
