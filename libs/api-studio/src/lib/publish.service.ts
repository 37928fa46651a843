import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { ApiError } from '@pioneer/api-core';
import { compactJson } from '@pioneer/policy-loader';
import { createTwoFilesPatch } from 'diff';
import { previewGenerator } from './generator-preview.util';
import { MeasureFilesService } from './measure-files.service';
import { MeasureTrialService, type StudioCaseResult } from './measure-trial.service';
import { placeMeasure } from './measure-placement.util';
import type { EditBody } from './studio-request.dto';

/** One file publishing changed, with its unified diff against what was there. */
export interface PublishedFile {
  path: string;
  change: 'added' | 'changed' | 'removed';
  diff: string;
}

export interface PublishReport {
  files: PublishedFile[];
  cases: Array<Pick<StudioCaseResult, 'file' | 'name' | 'passed'>>;
}

const refuse = (code: string, zh: string, en: string, details: string[]) =>
  new ApiError(
    422,
    code,
    { 'zh-CN': zh, en },
    details.map((line) => ({ pointer: '', message: { 'zh-CN': line, en: line } })),
  );

/**
 * Publish: check the edit as `pioneer check` does, run the measure's cases, run the generator on a
 * staged copy, and only when all three succeed write the measure file (laid out like every other),
 * its new cases and the generated files. One publish at a time.
 */
@Injectable()
export class PublishService {
  /** The publish under way, if any: the next one starts after it, so two never write at once. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly files: MeasureFilesService,
    private readonly trial: MeasureTrialService,
  ) {}

  publish(policyDir: string, code: string, edit: EditBody): Promise<PublishReport> {
    const next = this.tail.then(() => this.publishNow(policyDir, code, edit));
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async publishNow(policyDir: string, code: string, edit: EditBody): Promise<PublishReport> {
    const policy = this.trial.compiled(policyDir, code, edit);
    const cases = this.trial.runCases(policyDir, code, edit, policy);
    const failed = cases.filter((c) => !c.passed);
    if (failed.length)
      throw refuse(
        'cases-failed',
        `${failed.length} 个测试用例未通过，未写入任何文件：请修改措施或用例的 expected`,
        `${failed.length} test case(s) failed, so nothing was written: change the measure or the cases' expected`,
        failed.map(
          (c) =>
            `${c.file}: ${c.differences.map((d) => `${d.key} ${JSON.stringify(d.expected)} → ${JSON.stringify(d.actual)}`).join('; ')}`,
        ),
      );
    const repo = path.resolve(this.files.schemasRoot, '..');
    const sources = this.sourceFiles(repo, policyDir, code, edit);
    const staging = mkdtempSync(path.join(tmpdir(), 'pioneer-studio-'));
    try {
      cpSync(this.files.schemasRoot, path.join(staging, 'schemas'), { recursive: true });
      for (const name of ['.prettierrc', '.prettierignore'])
        if (existsSync(path.join(repo, name))) cpSync(path.join(repo, name), path.join(staging, name));
      for (const file of sources) writeInto(staging, file.path, file.content);
      const generated = await previewGenerator(this.files.toolRoot, repo, staging).catch((error: Error) => {
        throw refuse(
          'generator-failed',
          '代码生成失败，未写入任何文件',
          'The generator failed, so nothing was written',
          error.message.split('\n'),
        );
      });
      const report = [...sources, ...generated.written].map((file) => this.describe(repo, file.path, file.content));
      for (const removed of generated.removed) report.push(this.describe(repo, removed, null));
      for (const file of [...sources, ...generated.written]) writeInto(repo, file.path, file.content);
      for (const removed of generated.removed) rmSync(path.join(repo, removed), { force: true });
      return { files: report.filter((f) => f.diff !== ''), cases: cases.map(({ file, name, passed }) => ({ file, name, passed })) };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  /**
   * The measure file, the new cases and, for a new measure placed in a budget or exclusivity group,
   * policy.json: laid out like the repository's schema files (an unchanged value keeps its line).
   */
  private sourceFiles(repo: string, policyDir: string, code: string, edit: EditBody): Array<{ path: string; content: string }> {
    const measureFile = path.join(policyDir, 'measures', `${code}.json`);
    const files = [{ path: path.relative(repo, measureFile), content: compactJson(edit.measure) }];
    const policyFile = path.join(policyDir, 'policy.json');
    const policy = this.files.readJson(policyFile);
    const placed = placeMeasure(policy, code, edit.placement);
    if (placed !== policy) files.push({ path: path.relative(repo, policyFile), content: compactJson(placed) });
    for (const c of edit.newCases) {
      const file = path.join(policyDir, 'cases', code, `${c.name}.json`);
      files.push({
        path: path.relative(repo, file),
        content: compactJson({ $schema: '../../../../inputs/test-case.schema.json', ...c.testCase }),
      });
    }
    return files;
  }

  private describe(repo: string, file: string, content: string | null): PublishedFile {
    const full = path.join(repo, file);
    const before = existsSync(full) ? readFileSync(full, 'utf8') : null;
    const change = content === null ? 'removed' : before === null ? 'added' : 'changed';
    const diff =
      before === content
        ? ''
        : createTwoFilesPatch(`a/${file}`, `b/${file}`, before ?? '', content ?? '', undefined, undefined, { context: 3 });
    return { path: file.split(path.sep).join('/'), change, diff };
  }
}

/** Writes a file under `root` through a temporary name, so a reader never sees half a file. */
function writeInto(root: string, file: string, content: string): void {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(`${full}.studio-tmp`, content);
  renameSync(`${full}.studio-tmp`, full);
}
