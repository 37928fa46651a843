import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { Errors } from '@pioneer/api-core';
import { compilePolicy, formOnly, inlineRefs, type CompiledPolicy, type SchemaProblem } from '@pioneer/engine';
import { displayPath, listPolicyFolders, readMeasureCases, readPolicyBundle, type MeasureCaseFile } from '@pioneer/policy-loader';
import { placeMeasure, type Placement } from './measure-placement.util';
import { badStudioRequest, issue } from './studio-request.dto';
import { STUDIO_SETTINGS, type StudioSettings } from './studio-settings';

type Json = Record<string, unknown>;

/** Where a measure lives: its policy folder and its file. */
export interface MeasureLocation {
  policyDir: string;
  file: string;
}

/** A policy compiled with one measure replaced by an unsaved edit; `policy` is absent when it has problems. */
export interface EditedPolicy {
  policy?: CompiledPolicy;
  problems: SchemaProblem[];
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Reads the repository's policy folders, and compiles them as they are or with one measure edited. */
@Injectable()
export class MeasureFilesService {
  constructor(@Inject(STUDIO_SETTINGS) private readonly settings: StudioSettings) {}

  /** The checkout whose generator publish runs. */
  get toolRoot(): string {
    return this.settings.toolRoot;
  }

  get schemasRoot(): string {
    return path.join(this.settings.repoRoot, 'schemas');
  }

  policyFolders(): string[] {
    return listPolicyFolders(this.schemasRoot);
  }

  /** The policy folder by code, or a 404 listing the ones there are. */
  policyFolder(code: string): string {
    const folder = this.policyFolders().find((dir) => path.basename(dir) === code);
    if (!folder) throw Errors.notFound({ 'zh-CN': `政策“${code}”`, en: `Policy '${code}'` });
    return folder;
  }

  /** The measure's folder and file; a 404 when no policy has it (a 400 for a code that cannot be one). */
  locate(code: string): MeasureLocation {
    if (!KEBAB.test(code))
      throw Errors.badRequest(
        'bad-measure-code',
        `措施编码“${code}”须为小写字母、数字和连字符`,
        `The measure code '${code}' must be kebab-case`,
      );
    const found = this.owner(code);
    if (found) return found;
    throw Errors.notFound({ 'zh-CN': `措施“${code}”`, en: `Measure '${code}'` });
  }

  /**
   * Where an edit goes: a new measure (placed in a policy) has no file yet, and its code must be
   * free in every policy; an existing measure is where it is.
   */
  locateFor(code: string, placement: Placement | undefined): MeasureLocation {
    if (!placement) return this.locate(code);
    const policyDir = this.policyFolder(placement.policy);
    const owner = this.owner(code);
    if (owner && owner.policyDir !== policyDir)
      throw Errors.conflict(
        'measure-code-taken',
        `措施编码“${code}”已由政策“${path.basename(owner.policyDir)}”使用：编码在所有政策中须唯一`,
        `The measure code '${code}' is used by policy '${path.basename(owner.policyDir)}': codes are unique across policies`,
      );
    this.assertPlacement(policyDir, placement);
    return { policyDir, file: path.join(policyDir, 'measures', `${code}.json`) };
  }

  /** The budget and exclusivity group must be the policy file's: a 400 naming each that is not. */
  private assertPlacement(policyDir: string, placement: Placement): void {
    const policy = this.readJson(path.join(policyDir, 'policy.json'));
    const issues = (['budget', 'exclusivityGroup'] as const).flatMap((key) => {
      const wanted = placement[key];
      const list = (key === 'budget' ? policy.budgets : policy.exclusivityGroups) as Array<{ code: string }> | undefined;
      if (wanted === undefined || list?.some((entry) => entry.code === wanted)) return [];
      const known = (list ?? []).map((entry) => entry.code).join(', ');
      return [issue(`/placement/${key}`, `政策文件中没有“${wanted}”（可选：${known}）`, `'${wanted}' is not in the policy file (one of: ${known})`)];
    });
    if (issues.length) badStudioRequest(issues);
  }

  /** The policy whose folder has this measure file, if any. */
  owner(code: string): MeasureLocation | undefined {
    for (const policyDir of this.policyFolders()) {
      const file = path.join(policyDir, 'measures', `${code}.json`);
      if (existsSync(file)) return { policyDir, file };
    }
    return undefined;
  }

  /** The measure meta-schema (the editor's completion and the list of formula families). */
  metaSchema(): Json {
    return this.readJson(path.join(this.schemasRoot, 'meta', 'measure.schema.json'));
  }

  /** The formula families a measure may have (the meta-schema's `x-measure.family`). */
  families(): string[] {
    const info = (this.metaSchema().$defs as Record<string, Json> | undefined)?.measureInfo?.properties as Record<string, { enum?: string[] }> | undefined;
    return info?.family?.enum ?? [];
  }

  /**
   * The form an edit generates, as the backoffice's and the portal's form read it (every `$ref`
   * inlined, the engine's keywords left out): the studio's live preview. Null when a `$ref` does
   * not resolve (the problems say why).
   */
  formOf(policyDir: string, measure: Json): Json | null {
    const { bundle } = readPolicyBundle(policyDir, this.schemasRoot);
    if (!bundle) return null;
    const schemas = new Map<string, Json>();
    for (const source of [...bundle.common, ...bundle.meta]) schemas.set(String((source.json as Json).$id), source.json as Json);
    try {
      return formOnly(inlineRefs(measure, schemas));
    } catch {
      return null;
    }
  }

  readJson(file: string): Json {
    return JSON.parse(readFileSync(file, 'utf8')) as Json;
  }

  modifiedAt(file: string): string {
    return statSync(file).mtime.toISOString();
  }

  measureFiles(policyDir: string): string[] {
    const dir = path.join(policyDir, 'measures');
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(dir, name));
  }

  cases(policyDir: string, code: string): { cases: MeasureCaseFile[]; problems: SchemaProblem[] } {
    return readMeasureCases(policyDir, this.schemasRoot, code);
  }

  /** The measure's example application, when the policy has one (the try-it panel starts from it). */
  example(policyDir: string, code: string): Json | null {
    const file = path.join(policyDir, 'examples', 'applications', `${code}.json`);
    return existsSync(file) ? this.readJson(file) : null;
  }

  /**
   * Compiles the policy with the measure `code` as given (added when new, and placed in the chosen
   * budget and exclusivity group), exactly as `pioneer check` compiles the files.
   */
  compileWith(policyDir: string, code: string, measure: Json | undefined, placement?: Placement): EditedPolicy {
    const { bundle, problems } = readPolicyBundle(policyDir, this.schemasRoot);
    if (!bundle) return { problems };
    bundle.policy = { ...bundle.policy, json: placeMeasure(bundle.policy.json as Json, code, placement) };
    if (measure) {
      const file = displayPath(path.join(policyDir, 'measures', `${code}.json`));
      const index = bundle.measures.findIndex((source) => source.file === file);
      if (index >= 0) bundle.measures[index] = { file, json: measure };
      else bundle.measures.push({ file, json: measure });
    }
    const result = compilePolicy(bundle);
    return result.policy ? { policy: result.policy, problems: [] } : { problems: result.problems };
  }
}
