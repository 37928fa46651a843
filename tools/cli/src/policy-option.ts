import { listPolicyFolders, loadAllPolicyFolders, loadPolicyFolder, resolvePolicyFolder } from '@pioneer/policy-loader';
import { UnknownMeasureError, type CompiledPolicy, type Lang } from '@pioneer/engine';
import type { ParsedArgs } from './args';

export const POLICY_OPTION_HELP = '--policy <code|folder>: one policy, by its code (e.g. shenzhen-ai-2024) or a folder with a policy.json';

/** The folders --policy names (a code or a folder), else every policy under schemas/policies. */
export function policyFolders(args: ParsedArgs): string[] {
  const given = args.options.policy;
  if (given === true) throw new Error(`--policy needs a value: ${POLICY_OPTION_HELP}`);
  return typeof given === 'string' ? [resolvePolicyFolder(given)] : listPolicyFolders();
}

/** The policy --policy names, else every policy (checked together: codes are unique across them). */
export function loadPolicies(args: ParsedArgs): CompiledPolicy[] {
  if (args.options.policy === undefined) return loadAllPolicyFolders();
  return policyFolders(args).map((folder) => loadPolicyFolder(folder));
}

/**
 * The policy a measure belongs to: measure codes are unique across policies (`pioneer check`
 * enforces it), so no --policy is needed; with --policy the measure must be that policy's.
 */
export function policyOfMeasure(args: ParsedArgs, measure: string): CompiledPolicy {
  const policies = loadPolicies(args);
  const found = policies.find((p) => p.measures.has(measure));
  if (found) return found;
  const known = policies.flatMap((p) => [...p.measures.keys()]);
  throw new UnknownMeasureError(measure, known);
}

export function langOf(args: ParsedArgs): Lang {
  const lang = args.options.lang;
  if (lang === undefined) return 'zh-CN';
  if (lang === 'en' || lang === 'zh-CN') return lang;
  throw new Error(`--lang takes zh-CN or en, not '${String(lang)}'`);
}

/** Today in Beijing, YYYY-MM-DD, unless --as-of says otherwise. */
export function asOfOf(args: ParsedArgs): string {
  const given = args.options['as-of'];
  if (typeof given === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new Error(`--as-of takes a date written YYYY-MM-DD, not '${given}'`);
    return given;
  }
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
