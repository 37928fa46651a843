import path from 'node:path';
import { listPolicyFolders, loadPolicyFolder } from '@pioneer/policy-loader';
import type { CompiledPolicy, Lang } from '@pioneer/engine';
import type { ParsedArgs } from './args';

/** The policy named by --policy, or the only one under schemas/policies. */
export function policyFolder(args: ParsedArgs): string {
  const given = args.options.policy;
  if (typeof given === 'string') return path.resolve(given);
  const folders = listPolicyFolders();
  if (folders.length !== 1)
    throw new Error(`several policies exist; choose one with --policy (${folders.map((f) => path.basename(f)).join(', ')})`);
  return folders[0];
}

export function loadPolicy(args: ParsedArgs): CompiledPolicy {
  return loadPolicyFolder(policyFolder(args));
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
