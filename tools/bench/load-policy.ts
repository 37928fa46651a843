/**
 * Loads the policy for the benchmark. While measure files are still being written, policy.json
 * may name measures that do not exist yet; then (and only then) the policy is compiled from an
 * in-memory copy whose budgets and exclusivity groups drop the missing codes, and the caller is
 * told which were dropped. Any other problem in the schemas is thrown as usual.
 */
import { compilePolicy, type CompiledPolicy } from '@pioneer/engine';
import { loadPolicyFolder, PolicyCheckError, readPolicyBundle } from '@pioneer/policy-loader';

type Json = Record<string, unknown>;
type Listing = { measures: string[] };

export interface LoadedPolicy {
  policy: CompiledPolicy;
  /** Measure codes policy.json names but no measure file defines (empty when the folder is whole). */
  missing: string[];
}

const DANGLING = /^reference to undefined measure '([^']+)'$/;

export function loadPolicyForBench(dir: string): LoadedPolicy {
  try {
    return { policy: loadPolicyFolder(dir), missing: [] };
  } catch (error) {
    if (!(error instanceof PolicyCheckError)) throw error;
    const dangling = error.problems.map((p) => DANGLING.exec(p.message)?.[1]);
    if (dangling.some((code) => code === undefined)) throw error;
    const { bundle } = readPolicyBundle(dir);
    if (!bundle) throw error;
    const known = new Set(bundle.measures.map((m) => String(((m.json as Json)['x-measure'] as Json | undefined)?.code)));
    const info = structuredClone(bundle.policy.json) as Json;
    for (const key of ['budgets', 'exclusivityGroups']) {
      const entries = (info[key] as Listing[] | undefined) ?? [];
      info[key] = entries.map((e) => ({ ...e, measures: e.measures.filter((code) => known.has(code)) })).filter((e) => e.measures.length > 0);
    }
    const result = compilePolicy({ ...bundle, policy: { ...bundle.policy, json: info } });
    if (!result.policy) throw new PolicyCheckError(result.problems);
    return { policy: result.policy, missing: [...new Set(dangling as string[])] };
  }
}
