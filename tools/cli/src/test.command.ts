import path from 'node:path';
import { moneyLabel, runCase, type CaseDifference, type CompiledPolicy, type Lang } from '@pioneer/engine';
import { DEFAULT_SCHEMAS_ROOT, formatProblem, loadPolicyFolder, readMeasureCases } from '@pioneer/policy-loader';
import type { ParsedArgs } from './args';
import { formatDecision } from './format';
import { langOf, policyFolders } from './policy-option';

export const TEST_USAGE = 'pioneer test [measure] [--policy <code|folder>] [--lang zh-CN|en]';

const WORDS = {
  'zh-CN': { expected: '预期', actual: '实际', none: '无', passed: '通过', failed: '失败', fen: '分' },
  en: { expected: 'expected', actual: 'actual', none: 'none', passed: 'passed', failed: 'failed', fen: 'fen' },
} as const;

/** A compared value as a person reads it: amounts in 元/万元 with the exact fen beside them. */
function shown(difference: CaseDifference, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return WORDS[lang].none;
  if (difference.key === 'amount' && typeof value === 'number') return `${moneyLabel(value)[lang]} (${value} ${WORDS[lang].fen})`;
  if (difference.key === 'rateBasisPoints' && typeof value === 'number') return `${value / 100}%`;
  if (Array.isArray(value)) return value.length ? value.join(', ') : WORDS[lang].none;
  return String(value);
}

/** The policy folders to test: --policy, else the one holding the measure, else all. */
function foldersToTest(args: ParsedArgs, measure: string | undefined): Array<{ folder: string; policy: CompiledPolicy }> {
  const folders = policyFolders(args);
  const loaded = folders.map((folder) => ({ folder, policy: loadPolicyFolder(folder) }));
  if (!measure) return loaded;
  const holding = loaded.filter(({ policy }) => policy.measures.has(measure));
  if (holding.length === 0)
    throw new Error(
      `no measure '${measure}' in ${folders.map((f) => path.basename(f)).join(', ')}: run \`npx pioneer test\` without a measure to test them all`,
    );
  return holding;
}

/**
 * `pioneer test [measure]`: runs the data test cases (`<policy>/cases/<measure>/*.json`); a failing
 * case prints each expected-vs-actual difference, then the decision and its trace. Exit 1 on any
 * failure or unreadable case.
 */
export function testCommand(args: ParsedArgs, out: (line: string) => void): number {
  const [measure] = args.positional;
  const lang = langOf(args);
  const words = WORDS[lang];
  let passed = 0;
  let failed = 0;
  for (const { folder, policy } of foldersToTest(args, measure)) {
    const { cases, problems } = readMeasureCases(folder, DEFAULT_SCHEMAS_ROOT, measure);
    for (const problem of problems) out(`✗ ${formatProblem(problem)}`);
    failed += problems.length;
    const uncovered = [...policy.measures.keys()].filter(
      (code) => (!measure || code === measure) && !cases.some((c) => c.measure === code),
    );
    for (const code of uncovered)
      out(
        `! ${code}: ${lang === 'zh-CN' ? '没有测试用例，请在' : 'no test case: add one in'} ${path.join(path.relative(process.cwd(), folder), 'cases', code)}/`,
      );
    for (const { file, measure: code, testCase } of cases) {
      const result = runCase(policy, code, testCase);
      out(`${result.passed ? '✓' : '✗'} ${file} — ${testCase.name[lang]}`);
      if (result.passed) {
        passed++;
        continue;
      }
      failed++;
      for (const difference of result.differences)
        out(
          `    ${difference.key}: ${words.expected} ${shown(difference, difference.expected, lang)}, ${words.actual} ${shown(difference, difference.actual, lang)}`,
        );
      formatDecision(result.decision, lang).forEach((line) => out(`    ${line}`));
    }
  }
  out(`${passed} ${words.passed}, ${failed} ${words.failed}`);
  if (failed)
    out(
      lang === 'zh-CN'
        ? '若措施改动是有意的，请更新用例的 expected；否则修改措施文件，再运行 `npx pioneer test`。'
        : 'If the measure changed on purpose, update the case’s expected; otherwise fix the measure file, then run `npx pioneer test` again.',
    );
  return failed ? 1 : 0;
}
