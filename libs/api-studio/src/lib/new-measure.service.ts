import path from 'node:path';
import { Injectable } from '@nestjs/common';
import type { ApiIssue } from '@pioneer/api-core';
import { MeasureFilesService } from './measure-files.service';
import type { Placement } from './measure-placement.util';
import { badStudioRequest, issue, type NewCase, type NewMeasureBody } from './studio-request.dto';
import { runToolScript } from './tool-process.util';

type Json = Record<string, unknown>;
type Coded = { code: string };

/** A new measure staged in the studio: edited and published like any other, nothing written yet. */
export interface StagedMeasure {
  policy: string;
  code: string;
  file: string;
  measure: Json;
  newCases: NewCase[];
  placement: Placement;
  example: Json | null;
  metaSchema: Json;
}

const codes = (list: unknown): string[] => (Array.isArray(list) ? (list as Coded[]).map((item) => item.code) : []);

/**
 * "New measure": the scaffold's template of a family (tools/codegen/src/scaffold, the same one
 * `nx g @pioneer/codegen:measure` writes), with the section, units, budget and exclusivity group
 * chosen from the policy file, and its first data test case.
 */
@Injectable()
export class NewMeasureService {
  constructor(private readonly files: MeasureFilesService) {}

  async stage(policyCode: string, body: NewMeasureBody): Promise<StagedMeasure> {
    const policyDir = this.files.policyFolder(policyCode);
    const policy = this.files.readJson(path.join(policyDir, 'policy.json'));
    this.assertChoices(policy, body);
    const placement: Placement = {
      policy: policyCode,
      ...(body.budget ? { budget: body.budget } : {}),
      ...(body.exclusivityGroup ? { exclusivityGroup: body.exclusivityGroup } : {}),
    };
    const owner = this.files.owner(body.code);
    if (owner) {
      const where = path.basename(owner.policyDir);
      badStudioRequest([
        issue('/code', `措施编码“${body.code}”已由政策“${where}”使用：编码在所有政策中须唯一`, `The measure code '${body.code}' is used by policy '${where}': codes are unique across policies`),
      ]);
    }
    const facts = { code: policyCode, validity: policy.validity, section: body.section, unit: body.units[0], units: body.units };
    const { measure, firstCase } = await runToolScript<{ measure: Json; firstCase: Json }>(
      this.files.toolRoot,
      'tools/codegen/src/scaffold/template-preview.ts',
      [JSON.stringify({ code: body.code, family: body.family, policy: facts })],
    );
    const { $schema: _schema, ...testCase } = firstCase; // publish writes the case's $schema itself
    const repo = path.resolve(this.files.schemasRoot, '..');
    return {
      policy: policyCode,
      code: body.code,
      file: path.relative(repo, path.join(policyDir, 'measures', `${body.code}.json`)).split(path.sep).join('/'),
      measure,
      newCases: [{ name: 'first', testCase: testCase as unknown as NewCase['testCase'] }],
      placement,
      example: (testCase.application as Json | undefined) ?? null,
      metaSchema: this.files.metaSchema(),
    };
  }

  /** Every choice must be one the policy file (and the meta-schema, for the family) offers: a 400 naming each field that is not. */
  private assertChoices(policy: Json, body: NewMeasureBody): void {
    const issues: ApiIssue[] = [];
    const offer = (pointer: string, value: string, allowed: string[], zh: string, en: string) => {
      if (!allowed.includes(value))
        issues.push(issue(pointer, `${zh}“${value}”不在政策文件中（可选：${allowed.join('、')}）`, `${en} '${value}' is not in the policy file (one of: ${allowed.join(', ')})`));
    };
    offer('/family', body.family, this.files.families(), '资助方式', 'Formula family');
    offer('/section', body.section, codes(policy.sections), '章节', 'Section');
    body.units.forEach((unit, i) => offer(`/units/${i}`, unit, codes(policy.units), '责任单位', 'Responsible unit'));
    if (body.budget) offer('/budget', body.budget, codes(policy.budgets), '预算', 'Budget');
    if (body.exclusivityGroup) offer('/exclusivityGroup', body.exclusivityGroup, codes(policy.exclusivityGroups), '互斥组', 'Exclusivity group');
    if (issues.length) badStudioRequest(issues);
  }
}
