/**
 * @pioneer/policy-loader — reads a policy folder from disk into a bundle for the engine (which
 * never touches the file system), and reports problems with file paths a person can open.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  compilePolicy,
  type CompiledPolicy,
  type CompileOptions,
  type PolicyBundle,
  type SchemaProblem,
  type SourceFile,
} from '@pioneer/engine';
import { displayPath } from './lib/display-path';

export { displayPath };
export { compactJson } from './lib/compact-json.util';

export { readMeasureCases, testCaseProblems, measureCasesFolder, type MeasureCaseFile } from './lib/measure-cases';

/** The repository's schemas/ folder. */
export const DEFAULT_SCHEMAS_ROOT = path.resolve(__dirname, '../../../schemas');

/** Thrown by loadPolicyFolder when the schemas have problems; its message lists them all. */
export class PolicyCheckError extends Error {
  constructor(readonly problems: SchemaProblem[]) {
    super(`${problems.length} problem(s) in the schemas:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** `file#/pointer: message`, the form every schema problem is shown in. */
export function formatProblem(problem: SchemaProblem): string {
  return `${problem.file}#${problem.pointer}: ${problem.message}`;
}

function readJson(file: string, problems: SchemaProblem[]): SourceFile | undefined {
  try {
    return { file: displayPath(file), json: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    problems.push({ file: displayPath(file), pointer: '', message: `cannot read JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function readFolder(dir: string, problems: SchemaProblem[]): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(path.join(dir, name), problems))
    .filter((f): f is SourceFile => f !== undefined);
}

/** Reads `policy.json`, `measures/*.json`, and the shared `common/` and `meta/` schemas. */
export function readPolicyBundle(
  policyDir: string,
  schemasRoot = DEFAULT_SCHEMAS_ROOT,
): { bundle?: PolicyBundle; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const policyFile = path.join(policyDir, 'policy.json');
  if (!existsSync(policyFile)) {
    problems.push({ file: displayPath(policyFile), pointer: '', message: 'no policy.json in this folder' });
    return { problems };
  }
  const policy = readJson(policyFile, problems);
  const bundle = {
    policy: policy!,
    measures: readFolder(path.join(policyDir, 'measures'), problems),
    common: readFolder(path.join(schemasRoot, 'common'), problems),
    meta: readFolder(path.join(schemasRoot, 'meta'), problems),
  };
  return policy && problems.length === 0 ? { bundle, problems } : { problems };
}

/** Checks a policy folder; an empty list means it compiles. */
export function checkPolicyFolder(policyDir: string, schemasRoot?: string): SchemaProblem[] {
  const { bundle, problems } = readPolicyBundle(policyDir, schemasRoot);
  return bundle ? compilePolicy(bundle).problems : problems;
}

/** Loads and compiles a policy folder, or throws PolicyCheckError listing every problem. */
export function loadPolicyFolder(policyDir: string, options: CompileOptions & { schemasRoot?: string } = {}): CompiledPolicy {
  const { bundle, problems } = readPolicyBundle(policyDir, options.schemasRoot);
  if (!bundle) throw new PolicyCheckError(problems);
  const result = compilePolicy(bundle, options);
  if (!result.policy) throw new PolicyCheckError(result.problems);
  return result.policy;
}

/** Every policy folder under `schemas/policies`. */
export function listPolicyFolders(schemasRoot = DEFAULT_SCHEMAS_ROOT): string[] {
  const root = path.join(schemasRoot, 'policies');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => existsSync(path.join(dir, 'policy.json')))
    .sort();
}
