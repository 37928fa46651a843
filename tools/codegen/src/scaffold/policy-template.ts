type Label = { 'zh-CN': string; en: string };
type Level = 'national' | 'provincial' | 'city' | 'district';

export interface PolicyTemplateOptions {
  code: string;
  level: Level;
  from: string;
  to: string;
}

const todo = (zh: string, en: string): Label => ({ 'zh-CN': `【待填写】${zh}`, en: `[TODO] ${en}` });

/**
 * A valid `policy.json` with every text the policy must supply marked 【待填写】/[TODO]: one
 * section, one responsible unit (the issuer), the usual subjects of the shared forms, no budgets
 * and no exclusivity groups yet. `pioneer check` warns until the placeholders are replaced.
 */
export function policyTemplate({ code, level, from, to }: PolicyTemplateOptions): Record<string, unknown> {
  return {
    $schema: '../../meta/policy.schema.json',
    code,
    name: todo('政策名称', 'Name of the policy'),
    issuer: 'issuer',
    level,
    jurisdiction: todo('适用地区（如 某某区）', 'Where it applies (e.g. a district)'),
    validity: { from, to, clauseText: todo('施行日期与有效期条款原文', 'The clause on when it takes effect and for how long') },
    sections: [{ code: 'measures', label: todo('章节名称', 'Section name') }],
    units: [{ code: 'issuer', label: todo('发文单位', 'Issuing unit') }],
    subjects: {
      applicantId: 'applicant.creditCode',
      projectRef: 'project.reference',
      auditedInvestment: 'project.auditedInvestment',
      district: 'applicant.district',
      evidence: 'attachments',
    },
    budgets: [],
    exclusivityGroups: [],
  };
}
