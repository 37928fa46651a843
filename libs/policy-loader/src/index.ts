/**
 * @pioneer/policy-loader — reads a policy folder from disk into a bundle for the engine (which
 * never touches the file system), and reports problems with file paths a person can open.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkPolicySet,
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

/**
 * A policy folder from what a person types: a path to a folder with a policy.json, or a policy
 * code (the `code` in a policy.json under schemas/policies, or its folder name). Throws naming the
 * codes there are when it is neither.
 */
export function resolvePolicyFolder(codeOrFolder: string, schemasRoot = DEFAULT_SCHEMAS_ROOT): string {
  const asPath = path.resolve(codeOrFolder);
  if (existsSync(path.join(asPath, 'policy.json'))) return asPath;
  const folders = listPolicyFolders(schemasRoot);
  const found = folders.find((dir) => path.basename(dir) === codeOrFolder || policyCodeOf(dir) === codeOrFolder);
  if (found) return found;
  throw new Error(
    `no policy '${codeOrFolder}': give a policy code (${folders.map(policyCodeOf).join(', ') || 'none under schemas/policies'}) or a folder with a policy.json`,
  );
}

function policyCodeOf(dir: string): string {
  try {
    const code = (JSON.parse(readFileSync(path.join(dir, 'policy.json'), 'utf8')) as { code?: unknown }).code;
    return typeof code === 'string' ? code : path.basename(dir);
  } catch {
    return path.basename(dir);
  }
}

/** What `checkPolicyFolders` found: each folder's problems, and the problems between policies. */
export interface PolicySetCheck {
  /** Each folder's problems, and its warnings: what compiles but looks unfinished (placeholders, unused parameters). */
  folders: Array<{ folder: string; problems: SchemaProblem[]; warnings: SchemaProblem[] }>;
  /** Codes used twice, `policy/measure` references to nothing; checked once every policy compiles (else they would only echo). */
  between: SchemaProblem[];
}

/** Checks each policy folder, then the policies together (`checkPolicySet`). */
export function checkPolicyFolders(folders: string[], schemasRoot?: string): PolicySetCheck {
  const compiled: CompiledPolicy[] = [];
  const result: PolicySetCheck = { folders: [], between: [] };
  for (const folder of folders) {
    const { bundle, problems } = readPolicyBundle(folder, schemasRoot);
    const outcome = bundle ? compilePolicy(bundle) : { problems, warnings: [] };
    if (outcome.policy) compiled.push(outcome.policy);
    result.folders.push({
      folder,
      problems: outcome.policy ? exampleProblems(folder, outcome.policy) : outcome.problems,
      warnings: outcome.warnings,
    });
  }
  if (compiled.length === folders.length) result.between = checkPolicySet(compiled);
  return result;
}

/** Loads every policy folder under schemas/ (throws PolicyCheckError on any problem, also between policies). */
export function loadAllPolicyFolders(schemasRoot = DEFAULT_SCHEMAS_ROOT): CompiledPolicy[] {
  const policies = listPolicyFolders(schemasRoot).map((dir) => loadPolicyFolder(dir, { schemasRoot }));
  const between = checkPolicySet(policies);
  if (between.length) throw new PolicyCheckError(between);
  return policies;
}

/**
 * `examples/applications/<measure>.json` is a valid application of that measure (tests, the demo
 * data and the docs read it by its file name): a file named after no measure, or an example the
 * form refuses, is a problem rather than silently ignored or taken as a measure code.
 */
export function exampleProblems(folder: string, policy: CompiledPolicy): SchemaProblem[] {
  const dir = path.join(folder, 'examples', 'applications');
  const problems: SchemaProblem[] = [];
  for (const source of readFolder(dir, problems)) {
    const code = path.basename(source.file, '.json');
    if (!policy.measures.has(code)) {
      problems.push({
        file: source.file,
        pointer: '',
        message: `an example application is named after its measure, and this policy has no measure '${code}' (known: ${[...policy.measures.keys()].join(', ')})`,
      });
      continue;
    }
    for (const issue of policy.validate(code, source.json))
      problems.push({ file: source.file, pointer: issue.pointer, message: `the example is not a valid application: ${issue.message.en}` });
  }
  return problems;
}
