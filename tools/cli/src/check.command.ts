import path from 'node:path';
import { checkPolicyFolder, formatProblem, listPolicyFolders } from '@pioneer/policy-loader';
import type { ParsedArgs } from './args';

/** `pioneer check [--policy dir]`: every schema problem as file#pointer: message; exit 1 if any. */
export function checkCommand(args: ParsedArgs, out: (line: string) => void): number {
  const folders = typeof args.options.policy === 'string' ? [path.resolve(args.options.policy)] : listPolicyFolders();
  if (folders.length === 0) {
    out('No policy found under schemas/policies. Create schemas/policies/<code>/policy.json, or pass --policy <folder>.');
    return 1;
  }
  let total = 0;
  for (const folder of folders) {
    const problems = checkPolicyFolder(folder);
    total += problems.length;
    const name = path.relative(process.cwd(), folder) || folder;
    if (problems.length === 0) out(`✓ ${name}: no problems`);
    else {
      out(`✗ ${name}: ${problems.length} problem(s)`);
      for (const problem of problems) out(`  ${formatProblem(problem)}`);
    }
  }
  if (total)
    out(
      'Fix each problem at the file and JSON pointer shown, then run `npx pioneer check` again (docs/schema-language.md describes every keyword).',
    );
  return total ? 1 : 0;
}
