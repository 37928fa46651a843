import path from 'node:path';
import { checkPolicyFolders, formatProblem } from '@pioneer/policy-loader';
import type { ParsedArgs } from './args';
import { policyFolders } from './policy-option';

/** `pioneer check [--policy code|dir]`: every schema problem as file#pointer: message, then problems between policies; exit 1 if any. */
export function checkCommand(args: ParsedArgs, out: (line: string) => void): number {
  const folders = policyFolders(args);
  if (folders.length === 0) {
    out('No policy found under schemas/policies. Create schemas/policies/<code>/policy.json, or pass --policy <folder>.');
    return 1;
  }
  const result = checkPolicyFolders(folders);
  let total = 0;
  for (const { folder, problems, warnings } of result.folders) {
    total += problems.length;
    const name = path.relative(process.cwd(), folder) || folder;
    if (problems.length) {
      // Warnings wait until the problems are fixed: a misspelt parameter would also show as an unused one.
      out(`✗ ${name}: ${problems.length} problem(s)`);
      for (const problem of problems) out(`  ${formatProblem(problem)}`);
      continue;
    }
    out(`✓ ${name}: no problems${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
    for (const warning of warnings) out(`  ⚠ ${formatProblem(warning)}`);
  }
  if (result.between.length) {
    total += result.between.length;
    out(`✗ between policies: ${result.between.length} problem(s)`);
    for (const problem of result.between) out(`  ${formatProblem(problem)}`);
  }
  if (total)
    out(
      'Fix each problem at the file and JSON pointer shown, then run `npx pioneer check` again (docs/schema-language.md describes every keyword).',
    );
  return total ? 1 : 0;
}
