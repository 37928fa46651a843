import { Injectable } from '@nestjs/common';
import { ApiError, Errors, type ApiIssue } from '@pioneer/api-core';
import {
  problemKey,
  problemText,
  runCase,
  traceMessage,
  type ProblemKey,
  type CaseResult,
  type CompiledPolicy,
  type Decision,
  type Label,
  type SchemaProblem,
} from '@pioneer/engine';
import { formatProblem, testCaseProblems } from '@pioneer/policy-loader';
import { MeasureFilesService } from './measure-files.service';
import type { EditBody, TryBody } from './studio-request.dto';

/** A schema problem as the studio returns it: where, the line `pioneer check` prints for it, and its message key and parameters (the UI words it in either language). */
export interface StudioProblem extends SchemaProblem, ProblemKey {
  /** `file#/pointer: message`, word for word as `npx pioneer check` shows it. */
  text: string;
}

/** One case's outcome, with its decision's trace worded in both languages. */
export interface StudioCaseResult {
  file: string;
  name: Label;
  passed: boolean;
  differences: CaseResult['differences'];
  decision: Decision;
  trace: Label[];
}

const toStudioProblem = (problem: SchemaProblem): StudioProblem => ({ ...problem, ...problemKey(problem.message), text: formatProblem(problem) });

/** Schema problems as API issues: the pointer; in English `pioneer check`'s line word for word, in Chinese the same line worded in Chinese. */
const problemIssues = (problems: SchemaProblem[]): ApiIssue[] =>
  problems.map((p) => ({
    pointer: p.pointer,
    message: { 'zh-CN': `${p.file}#${p.pointer}: ${problemText(problemKey(p.message), 'zh-CN')}`, en: formatProblem(p) },
  }));

/** Checks, tries and tests an unsaved edit of a measure, compiling it as `pioneer check` does. */
@Injectable()
export class MeasureTrialService {
  constructor(private readonly files: MeasureFilesService) {}

  /** The problems of the policy with this edit (none: it compiles). */
  check(policyDir: string, code: string, edit: EditBody): StudioProblem[] {
    return this.files.compileWith(policyDir, code, edit.measure, edit.placement).problems.map(toStudioProblem);
  }

  /** The compiled policy with the edit, or a 422 listing every problem as `pioneer check` words it. */
  compiled(policyDir: string, code: string, edit: EditBody): CompiledPolicy {
    const { policy, problems } = this.files.compileWith(policyDir, code, edit.measure, edit.placement);
    if (policy) return policy;
    throw new ApiError(
      422,
      'measure-has-problems',
      {
        'zh-CN': `措施有 ${problems.length} 处问题（与 pioneer check 相同），请在所示位置修改后重试`,
        en: `The measure has ${problems.length} problem(s) (as pioneer check reports them): correct them at the places shown and try again`,
      },
      problemIssues(problems),
    );
  }

  /** The try-it panel: the decision the edited measure makes on an application. */
  evaluate(policyDir: string, code: string, body: TryBody): { decision: Decision; trace: Label[] } {
    this.assertInputs(body);
    const decision = this.compiled(policyDir, code, body).evaluate(code, body.application, {
      asOf: body.asOf,
      history: body.history,
      scores: body.scores,
    });
    return { decision, trace: decision.trace.map(traceMessage) };
  }

  /** Every saved case of the measure and every case added in the studio, run on the edit. */
  runCases(policyDir: string, code: string, edit: EditBody, policy = this.compiled(policyDir, code, edit)): StudioCaseResult[] {
    this.assertNewCases(edit);
    const { cases, problems } = this.files.cases(policyDir, code);
    if (problems.length)
      throw new ApiError(
        422,
        'bad-case-file',
        { 'zh-CN': '已保存的用例文件有误：请按 issues 修改文件', en: 'A saved case file is wrong: correct the file as issues say' },
        problemIssues(problems),
      );
    const all = [
      ...cases.map((c) => ({ file: c.file, testCase: c.testCase })),
      ...edit.newCases.map((c) => ({ file: `${c.name}.json`, testCase: c.testCase })),
    ];
    return all.map(({ file, testCase }) => {
      const result = runCase(policy, code, testCase);
      return {
        file,
        name: testCase.name,
        passed: result.passed,
        differences: result.differences,
        decision: result.decision,
        trace: result.decision.trace.map(traceMessage),
      };
    });
  }

  /** New cases must match the published test-case schema, each problem at its pointer in the request. */
  assertNewCases(edit: EditBody): void {
    const issues: ApiIssue[] = edit.newCases.flatMap((c, i) =>
      testCaseProblems(c.testCase, c.name, this.files.schemasRoot).map((p) => ({
        pointer: `/newCases/${i}/testCase${p.pointer}`,
        message: { 'zh-CN': p.message, en: p.message },
      })),
    );
    if (issues.length) throw Errors.validation(issues);
  }

  /** The try-it inputs are checked by the same schema as a case's (history and scores included). */
  private assertInputs(body: TryBody): void {
    const asCase = {
      name: { 'zh-CN': '试算', en: 'try-it' },
      asOf: body.asOf,
      application: body.application,
      history: body.history,
      scores: body.scores,
      expected: { status: 'eligible' },
    };
    const issues = testCaseProblems(asCase, 'try-it', this.files.schemasRoot).map((p) => ({
      pointer: p.pointer,
      message: { 'zh-CN': p.message, en: p.message },
    }));
    if (issues.length) throw Errors.validation(issues);
  }
}
