// Runs every data test case (`<policy>/cases/<measure>/*.json`) as its own Jest test, so `npm test`
// fails on a case a policy officer wrote without any TypeScript, with the same differences
// `npx pioneer test` prints.
import path from 'node:path';
import { runCase, traceMessage } from '@pioneer/engine';
import { DEFAULT_SCHEMAS_ROOT, formatProblem, listPolicyFolders, loadPolicyFolder, readMeasureCases } from '@pioneer/policy-loader';

describe.each(listPolicyFolders().map((folder) => [path.basename(folder), folder]))('data test cases of %s', (_name, folder) => {
  const policy = loadPolicyFolder(folder);
  const { cases, problems } = readMeasureCases(folder, DEFAULT_SCHEMAS_ROOT);

  it('every case file matches schemas/inputs/test-case.schema.json', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('every measure has at least one case', () => {
    const uncovered = [...policy.measures.keys()].filter((code) => !cases.some((c) => c.measure === code));
    expect(uncovered).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.measure}/${path.basename(c.file)}: ${c.testCase.name.en}`, c]))('%s', (_title, { measure, testCase }) => {
    const result = runCase(policy, measure, testCase);
    // On failure Jest shows the differences beside the trace, as `pioneer test` does.
    const report = { differences: result.differences, trace: result.decision.trace.map((line) => traceMessage(line).en) };
    expect(report.differences.length ? report : { differences: [] }).toEqual({ differences: [] });
  });
});
