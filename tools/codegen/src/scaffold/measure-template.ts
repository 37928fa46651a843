import type { MeasureFamily } from '@pioneer/engine';
import { pascalCase } from '../ir/names';

type Json = Record<string, unknown>;
type Label = { 'zh-CN': string; en: string };

/** What the template needs of the policy the measure joins. */
export interface PolicyFacts {
  code: string;
  validity: { from: string; to?: string };
  section: string;
  unit: string;
  /** Every responsible unit when there are several (the studio lets an admin choose them); default `[unit]`. */
  units?: string[];
}

export interface MeasureTemplateOptions {
  code: string;
  family: MeasureFamily;
  clause?: string;
}

/** The placeholder clause: valid for the meta-schema, and plainly not a real clause number. */
export const PLACEHOLDER_CLAUSE = '0-todo';

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });
/** A text to replace: every one starts 【待填写】 / [TODO], so a search finds them all. */
const todo = (zh: string, en: string): Label => label(`【待填写】${zh}`, `[TODO] ${en}`);
const ref = (file: string, zh: string, en: string) => ({ $ref: `../../../common/${file}`, 'x-label': label(zh, en) });
const money = (zh: string, en: string, help?: Label) => ({
  ...ref('money.json', `${zh}（分）`, `${en} (fen)`),
  ...(help ? { 'x-help': help } : {}),
  'x-ui': { list: true, widget: 'money' },
});
const date = (zh: string, en: string) => ref('date.json', zh, en);
const text = (zh: string, en: string, maxLength = 200) => ({ type: 'string', minLength: 1, maxLength, 'x-label': todo(zh, en) });

const PLACEHOLDER_VALUES = 'placeholders: 0 pays nothing until the real number is set';

const applicantKindRule = {
  code: 'applicant-kind',
  label: label('申请主体类型', 'Kind of applicant'),
  when: { in: [{ var: 'applicant.kind' }, ['enterprise']] },
  reason: todo('申请主体须为企业（按原文修改可申请的主体类型）', 'The applicant must be an enterprise (set the kinds the clause allows)'),
};

const bandsParameter = {
  type: 'bands',
  label: label('评审得分档次', 'Score bands'),
  description: todo(
    '原文未规定评审办法时由实施细则确定；默认：90分以上100%，80分以上80%，70分以上60%，60分以上40%',
    'Set by the implementation rules when the text gives no review method; default: 90+ → 100%, 80+ → 80%, 70+ → 60%, 60+ → 40%',
  ),
  source: 'implementation-rule',
};
const BANDS = [
  { minScore: 90, share: '100%' },
  { minScore: 80, share: '80%' },
  { minScore: 70, share: '60%' },
  { minScore: 60, share: '40%' },
];

// The text rarely sets a scoring method: a new rubric starts as an implementation-rule default.
const rubric = {
  source: 'implementation-rule',
  criteria: [
    { code: 'merit', label: todo('评审要素一', 'First criterion'), description: todo('评审要点', 'What reviewers look at'), weight: 60 },
    {
      code: 'feasibility',
      label: todo('评审要素二', 'Second criterion'),
      description: todo('评审要点', 'What reviewers look at'),
      weight: 40,
    },
  ],
  scale: { min: 0, max: 10 },
  combine: { method: 'trimmed-mean', minReviewers: 3 },
};

const ROUNDING = { mode: 'floor', unit: 'yuan' };

interface FamilyParts {
  parameters: Json;
  values: Json;
  eligibility: Json[];
  award: Json;
  rubric?: Json;
  /** Form sections between `applicant`/`project` and `attachments`. */
  fields: Json;
  project: boolean;
}

function familyParts(family: MeasureFamily): FamilyParts {
  const cap = { type: 'money', label: label('单个项目资助上限', 'Maximum award'), source: 'policy-text' };
  switch (family) {
    case 'share-of-base':
      return {
        parameters: { rate: { type: 'rate', label: label('资助比例', 'Support rate'), source: 'policy-text' }, cap },
        values: { rate: '0%', cap: 0 },
        eligibility: [applicantKindRule],
        award: { family, base: { var: 'expenditure.amount' }, rates: [{ param: 'rate' }], cap: { param: 'cap' }, rounding: ROUNDING },
        fields: {
          expenditure: {
            type: 'object',
            required: ['description', 'amount'],
            additionalProperties: false,
            'x-label': todo('资助基数', 'What the rate applies to'),
            properties: {
              description: text('费用说明', 'What was paid for', 500),
              amount: money('费用金额', 'Amount paid', todo('以实际支付金额为准', 'The amount actually paid')),
            },
          },
        },
        project: true,
      };
    case 'matching':
      return {
        parameters: {
          matchingRatio: {
            type: 'rate',
            label: label('配套比例', 'Matching ratio'),
            description: label('配套金额 = 其他资金 × 本比例；100% 即 1:1。', 'Matching = the other funding × this ratio; 100% is 1:1.'),
            source: 'policy-text',
          },
          cap,
        },
        values: { matchingRatio: '0%', cap: 0 },
        eligibility: [
          applicantKindRule,
          {
            code: 'funding-received',
            label: label('已获得被配套资金', 'The funding to match was received'),
            when: { '<=': [{ var: 'otherFunding.allocatedOn' }, { ctx: 'asOf' }] },
            reason: todo('被配套的资金须在申请前已下达', 'The funding to match must be allocated before applying'),
          },
        ],
        award: {
          family,
          base: { var: 'otherFunding.amount' },
          rates: [{ param: 'matchingRatio', label: todo('配套', 'Matching') }],
          cap: { param: 'cap' },
          rounding: ROUNDING,
        },
        fields: {
          otherFunding: {
            type: 'object',
            required: ['funder', 'amount', 'allocatedOn'],
            additionalProperties: false,
            'x-label': todo('被配套的资金', 'Funding to match'),
            properties: {
              funder: text('出资方', 'Funder'),
              amount: money('到位资金', 'Amount received'),
              allocatedOn: date('下达日期', 'Date allocated'),
            },
          },
        },
        project: true,
      };
    case 'fixed-tiers':
      return {
        parameters: {
          higherAmount: { type: 'money', label: todo('较高档次资助额', 'Higher tier amount'), source: 'policy-text' },
          lowerAmount: { type: 'money', label: todo('较低档次资助额', 'Lower tier amount'), source: 'policy-text' },
          bands: bandsParameter,
        },
        values: { higherAmount: 0, lowerAmount: 0, bands: BANDS },
        eligibility: [applicantKindRule],
        award: {
          family,
          tiers: [
            {
              code: 'higher',
              label: todo('较高档次', 'Higher tier'),
              when: { '==': [{ var: 'tier.level' }, 'higher'] },
              amount: { param: 'higherAmount' },
            },
            { code: 'lower', label: todo('较低档次', 'Lower tier'), amount: { param: 'lowerAmount' } },
          ],
          upTo: true,
          scoreBands: 'bands',
          rounding: ROUNDING,
        },
        rubric,
        fields: {
          tier: {
            type: 'object',
            required: ['level'],
            additionalProperties: false,
            'x-label': todo('申报档次', 'Tier applied for'),
            properties: {
              level: {
                type: 'string',
                enum: ['higher', 'lower'],
                'x-label': todo('档次', 'Tier'),
                'x-enumLabels': { higher: todo('较高档次', 'Higher tier'), lower: todo('较低档次', 'Lower tier') },
                'x-ui': { filter: true, widget: 'radio' },
              },
            },
          },
        },
        project: true,
      };
    case 'discretionary':
      return {
        parameters: { cap, bands: bandsParameter },
        values: { cap: 0, bands: BANDS },
        eligibility: [applicantKindRule],
        award: { family, cap: { param: 'cap' }, scoreBands: 'bands', rounding: ROUNDING },
        rubric,
        fields: {
          proposal: {
            type: 'object',
            required: ['summary'],
            additionalProperties: false,
            'x-label': todo('申报内容', 'What is proposed'),
            properties: { summary: { ...text('申报内容简介', 'Summary', 2000), 'x-ui': { widget: 'textarea' } } },
          },
        },
        project: true,
      };
    case 'benefit':
      return {
        parameters: {
          minMonths: { type: 'integer', label: label('最短期限（月）', 'Shortest period (months)'), source: 'policy-text' },
          maxMonths: { type: 'integer', label: label('最长期限（月）', 'Longest period (months)'), source: 'policy-text' },
        },
        values: { minMonths: 0, maxMonths: 0 },
        eligibility: [
          applicantKindRule,
          {
            code: 'months-in-range',
            label: label('申请期限在规定范围内', 'Period within the limits'),
            when: {
              and: [
                { '>=': [{ var: 'request.months' }, { param: 'minMonths' }] },
                { '<=': [{ var: 'request.months' }, { param: 'maxMonths' }] },
              ],
            },
            reason: todo('申请的期限须在规定范围内', 'The period asked for must be within the limits'),
          },
        ],
        award: { family, unit: 'months', label: todo('优惠内容', 'Benefit'), min: { param: 'minMonths' }, max: { param: 'maxMonths' } },
        fields: {
          request: {
            type: 'object',
            required: ['months'],
            additionalProperties: false,
            'x-label': todo('申请内容', 'What is asked for'),
            properties: {
              months: {
                type: 'integer',
                minimum: 1,
                maximum: 120,
                'x-label': label('申请期限（月）', 'Months asked for'),
                'x-ui': { list: true },
              },
            },
          },
        },
        project: false,
      };
    default:
      throw new Error(`no template for family '${family}'`);
  }
}

/**
 * A new measure file of a formula family: valid for `pioneer check` as it is, documented, with
 * every text and number the policy must supply marked 【待填写】/[TODO] (numbers are 0, so nothing
 * is paid before they are set). Layout as compute-voucher.json, the reference measure.
 */
export function measureTemplate(options: MeasureTemplateOptions, policy: PolicyFacts): Json {
  const { code, family } = options;
  const head: Json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://schemas.pioneer.dev/policies/${policy.code}/measures/${code}.json`,
    $comment: `Scaffolded by \`nx g @pioneer/codegen:measure --code ${code} --family ${family}\`. Replace every 【待填写】/[TODO] text and every 0 in x-versions, check clause, section, units and applicants, then run \`npx pioneer check\` and \`npm run generate\`. The language: docs/schema-language.md.`,
    title: `${pascalCase(code)}Application`,
    description: `[TODO] Application for … (one English sentence: it documents the generated type and the API).`,
    type: 'object',
    'x-measure': {
      code,
      clause: options.clause ?? PLACEHOLDER_CLAUSE,
      name: todo('措施名称', 'Measure name'),
      summary: todo('一句话概括：对象、标准、上限', 'One sentence: who, how much, up to what'),
      section: policy.section,
      units: policy.units ?? [policy.unit],
      family,
      ...(family === 'informational' ? {} : { applicants: ['enterprise'] }),
      clauseText: todo('原文条款全文', 'The clause, quoted in full'),
    },
  };
  if (family === 'informational') {
    return { ...head, 'x-award': { family, contact: todo('责任单位及办理方式', 'Responsible unit and how to apply') }, properties: {} };
  }
  const parts = familyParts(family);
  const version = {
    version: 'draft-1',
    effectiveFrom: policy.validity.from,
    ...(policy.validity.to ? { effectiveTo: policy.validity.to } : {}),
    note: todo(`参数为占位值（0 即不予资助），请按原文填写`, PLACEHOLDER_VALUES),
    values: parts.values,
  };
  return {
    ...head,
    'x-parameters': parts.parameters,
    'x-versions': [version],
    'x-eligibility': parts.eligibility,
    'x-award': parts.award,
    ...(parts.rubric ? { 'x-rubric': parts.rubric } : {}),
    required: ['applicant', ...(parts.project ? ['project'] : []), ...Object.keys(parts.fields), 'attachments', 'declarations'],
    additionalProperties: false,
    properties: {
      applicant: ref('organisation.json', '申请主体', 'Applicant'),
      ...(parts.project ? { project: ref('funded-project.json', '申报项目', 'Project') } : {}),
      ...parts.fields,
      attachments: {
        type: 'object',
        required: ['evidence'],
        additionalProperties: false,
        'x-label': label('证明材料', 'Evidence'),
        properties: {
          evidence: {
            type: 'array',
            minItems: 1,
            maxItems: 20,
            items: { $ref: '../../../common/attachment.json' },
            'x-label': todo('证明材料（按原文要求列出）', 'Evidence (list what the clause asks for)'),
          },
        },
      },
      declarations: ref('declaration.json', '承诺事项', 'Declarations'),
    },
  };
}
