/**
 * Loads the policy for the benchmark. While measure files are still being written, the folder
 * may not compile: policy.json may name measures that have no file yet, and a measure file may
 * still have problems. Then, for development only, the policy is compiled from an in-memory copy
 * without the measure files that have problems, whose budgets and exclusivity groups drop the
 * codes no remaining file defines; the caller is told what was left out and says so loudly.
 * Any other problem (policy.json itself, the shared schemas, unreadable JSON) is thrown as usual.
 */
import { compilePolicy, type CompiledPolicy } from '@pioneer/engine';
import { loadPolicyFolder, PolicyCheckError, readPolicyBundle } from '@pioneer/policy-loader';

type Json = Record<string, unknown>;
type Listing = { measures: string[] };

export interface LoadedPolicy {
  policy: CompiledPolicy;
  /** Measure files left out because they do not compile yet (empty when the folder is whole). */
  skippedFiles: string[];
  /** Measure codes policy.json names but no compiled measure defines. */
  missing: string[];
}

const DANGLING = /^reference to undefined measure '([^']+)'$/;

export function loadPolicyForBench(dir: string): LoadedPolicy {
  try {
    return { policy: loadPolicyFolder(dir), skippedFiles: [], missing: [] };
  } catch (error) {
    if (!(error instanceof PolicyCheckError)) throw error;
    const { bundle } = readPolicyBundle(dir);
    if (!bundle) throw error;
    const measureFiles = new Set(bundle.measures.map((m) => m.file));
    const skipped = new Set(error.problems.filter((p) => measureFiles.has(p.file)).map((p) => p.file));
    const fatal = error.problems.filter((p) => !skipped.has(p.file) && !(p.file === bundle.policy.file && DANGLING.test(p.message)));
    if (fatal.length) throw error;

    const measures = bundle.measures.filter((m) => !skipped.has(m.file));
    const known = new Set(measures.map((m) => String(((m.json as Json)['x-measure'] as Json | undefined)?.code)));
    const missing = new Set<string>();
    const info = structuredClone(bundle.policy.json) as Json;
    for (const key of ['budgets', 'exclusivityGroups']) {
      const entries = (info[key] as Listing[] | undefined) ?? [];
      entries.forEach((e) => e.measures.filter((code) => !known.has(code)).forEach((code) => missing.add(code)));
      info[key] = entries
        .map((e) => ({ ...e, measures: e.measures.filter((code) => known.has(code)) }))
        .filter((e) => e.measures.length > 0);
    }
    const result = compilePolicy({ ...bundle, measures, policy: { ...bundle.policy, json: info } });
    if (!result.policy) throw new PolicyCheckError(result.problems);
    return { policy: result.policy, skippedFiles: [...skipped], missing: [...missing] };
  }
}
