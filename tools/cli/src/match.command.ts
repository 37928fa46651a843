import type { ParsedArgs } from './args';
import { formatMatches } from './format';
import { asOfOf, langOf, loadPolicy } from './policy-option';
import { readJsonFile } from './read-json';

export const MATCH_USAGE = 'pioneer match <profile.json> [--as-of YYYY-MM-DD] [--lang zh-CN|en] [--json]';

/** `pioneer match`: every measure against an applicant profile, with reasons and estimates. */
export function matchCommand(args: ParsedArgs, out: (line: string) => void): number {
  const [file] = args.positional;
  if (!file) throw new Error(`usage: ${MATCH_USAGE}`);
  const policy = loadPolicy(args);
  const profile = readJsonFile(file, 'profile');
  const results = policy.match(profile, asOfOf(args));
  if (args.options.json) out(JSON.stringify(results, null, 2));
  else formatMatches(results, langOf(args)).forEach((line) => out(line));
  return 0;
}
