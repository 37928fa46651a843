import type { FundingRecord, ReviewerScores } from '@pioneer/engine';
import type { ParsedArgs } from './args';
import { formatDecision } from './format';
import { asOfOf, langOf, policyOfMeasure } from './policy-option';
import { INPUT_SCHEMAS, readInputFile } from './read-input';
import { readJsonFile } from './read-json';

export const EVALUATE_USAGE =
  'pioneer evaluate <measure> <application.json> [--policy <code|folder>] [--as-of YYYY-MM-DD] [--history history.json] [--scores scores.json] [--lang zh-CN|en] [--json]';

/** The checked contents of --history or --scores, or an empty list when the option is absent. */
function inputOption(args: ParsedArgs, name: 'history' | 'scores'): unknown[] {
  const value = args.options[name];
  if (value === undefined) return [];
  if (value === true) throw new Error(`--${name} takes a JSON file (see schemas/${INPUT_SCHEMAS[name]})`);
  return readInputFile(value, name) as unknown[];
}

/** `pioneer evaluate`: the decision and its trace for one application. Exit 0 eligible, 1 otherwise. */
export function evaluateCommand(args: ParsedArgs, out: (line: string) => void): number {
  const [measure, file] = args.positional;
  if (!measure || !file) throw new Error(`usage: ${EVALUATE_USAGE}`);
  const policy = policyOfMeasure(args, measure);
  const application = readJsonFile(file, 'application');
  const history = inputOption(args, 'history') as FundingRecord[];
  const scores = inputOption(args, 'scores') as ReviewerScores[];
  const decision = policy.evaluate(measure, application, { asOf: asOfOf(args), history, scores });
  if (args.options.json) out(JSON.stringify(decision, null, 2));
  else formatDecision(decision, langOf(args)).forEach((line) => out(line));
  return decision.status === 'eligible' ? 0 : 1;
}
