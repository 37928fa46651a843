import { formatProblem, PolicyCheckError } from '@pioneer/policy-loader';
import { generate, REPO_ROOT } from './generate';

/**
 * `npm run generate` writes generated code; `npm run generate:check` (`--check`) fails, listing
 * the files, when what is committed differs from what the schemas produce.
 */
export async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  console.log(check ? '▶ Checking generated code against schemas/' : '▶ Generating code from schemas/');
  try {
    const result = await generate({ write: !check, log: (line) => console.log(line) });
    const drift = [...result.written.map((f) => `changed  ${f}`), ...result.removed.map((f) => `stale    ${f}`)];
    if (check) {
      if (drift.length === 0) {
        console.log(`✓ ${result.unchanged.length} generated files are in step with schemas/`);
        return 0;
      }
      console.log(`✗ ${drift.length} generated file(s) differ from what schemas/ produce:`);
      drift.forEach((line) => console.log(`  ${line}`));
      console.log('Run `npm run generate` and commit the result.');
      return 1;
    }
    console.log(`✓ ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged.length} unchanged`);
    return 0;
  } catch (error) {
    if (error instanceof PolicyCheckError) {
      console.error(`✗ The schemas have ${error.problems.length} problem(s); nothing was generated:`);
      error.problems.forEach((p) => console.error(`  ${formatProblem(p)}`));
      console.error('Fix them (npx pioneer check shows the same list), then generate again.');
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`generate: ${(error as Error).message}`);
      process.exit(2);
    },
  );
}

export { REPO_ROOT };
