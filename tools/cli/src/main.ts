import { parseArgs } from './args';
import { AUDIT_USAGE, auditCommand } from './audit.command';
import { checkCommand } from './check.command';
import { EVALUATE_USAGE, evaluateCommand } from './evaluate.command';
import { MATCH_USAGE, matchCommand } from './match.command';
import { POLICY_OPTION_HELP } from './policy-option';
import { TEST_USAGE, testCommand } from './test.command';

const HELP = [
  'pioneer — try a schema edit before anything else exists',
  '',
  '  pioneer check [--policy <code|folder>]  validate every schema and the policies together; each problem names the file, the JSON pointer and what is wrong',
  `  ${EVALUATE_USAGE}`,
  `  ${MATCH_USAGE}`,
  `  ${TEST_USAGE}`,
  `  ${AUDIT_USAGE}`,
  '',
  `  ${POLICY_OPTION_HELP}. Without it every policy is read: evaluate finds the policy`,
  '  from the measure code (codes are unique across policies) and match runs across all of them, naming each policy.',
  '',
  'Examples: npx pioneer evaluate compute-voucher schemas/policies/shenzhen-ai-2024/examples/applications/compute-voucher.json --as-of 2025-06-01',
  '          npx pioneer match schemas/policies/shenzhen-ai-2024/examples/profiles/startup.json --lang en',
];

/** Runs one command; returns the exit code. `out` is injectable so tests read the output. */
export async function main(argv: string[], out: (line: string) => void = (line) => console.log(line)): Promise<number> {
  const args = parseArgs(argv);
  const [command, ...rest] = args.positional;
  const sub = { ...args, positional: rest };
  switch (command) {
    case 'check':
      return checkCommand(sub, out);
    case 'evaluate':
      return evaluateCommand(sub, out);
    case 'match':
      return matchCommand(sub, out);
    case 'test':
      return testCommand(sub, out);
    case 'audit':
      return auditCommand(sub, out);
    case undefined:
    case 'help':
      HELP.forEach((line) => out(line));
      return command ? 0 : 2;
    default:
      HELP.forEach((line) => out(line));
      throw new Error(`unknown command '${command}'`);
  }
}
