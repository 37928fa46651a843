import type { ParsedArgs } from './args';
import { formatMatches } from './format';
import { asOfOf, langOf, loadPolicies } from './policy-option';
import { readJsonFile } from './read-json';

export const MATCH_USAGE = 'pioneer match <profile.json> [--policy <code|folder>] [--as-of YYYY-MM-DD] [--lang zh-CN|en] [--json]';

/** `pioneer match`: every measure of every policy (or of --policy) against an applicant profile, each result naming its policy. */
export function matchCommand(args: ParsedArgs, out: (line: string) => void): number {
  const [file] = args.positional;
  if (!file) throw new Error(`usage: ${MATCH_USAGE}`);
  const policies = loadPolicies(args);
  const profile = readJsonFile(file, 'profile');
  const asOf = asOfOf(args);
  const lang = langOf(args);
  if (args.options.json) {
    out(
      JSON.stringify(
        policies.flatMap((policy) => policy.match(profile, asOf)),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const policy of policies) {
    const { name, jurisdiction } = policy.info;
    out(`== ${name[lang]} (${jurisdiction[lang]} · ${policy.info.code}) ==`);
    formatMatches(policy.match(profile, asOf), lang).forEach((line) => out(line));
  }
  return 0;
}
