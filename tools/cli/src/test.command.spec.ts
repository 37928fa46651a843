import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from './main';
import { copyPolicy, run, SHENZHEN } from './test-folders';

const CASE = 'cases/compute-voucher/example.json';

/** A copy of the shipped policy whose compute-voucher example case is changed by `edit`. */
function withEditedCase(edit: (testCase: { expected: Record<string, unknown> }) => void): string {
  const dir = copyPolicy(SHENZHEN);
  const testCase = JSON.parse(readFileSync(path.join(dir, CASE), 'utf8'));
  edit(testCase);
  writeFileSync(path.join(dir, CASE), JSON.stringify(testCase));
  return dir;
}

describe('pioneer test', () => {
  it('passes every case of the shipped policy, and every measure has at least one', async () => {
    const { code, output } = await run(main, ['test', '--lang', 'en']);
    expect(code).toBe(0);
    expect(output).not.toContain('no test case');
    expect(output).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('runs only the named measure', async () => {
    const { code, output } = await run(main, ['test', 'compute-voucher', '--lang', 'en']);
    expect(code).toBe(0);
    expect(
      output
        .split('\n')
        .filter((line) => line.startsWith('✓'))
        .every((line) => line.includes('/compute-voucher/')),
    ).toBe(true);
  });

  it('prints expected vs actual (in 元 and fen) and the trace when a case fails', async () => {
    const dir = withEditedCase((c) => (c.expected.amount = 450_000_000));
    const { code, output } = await run(main, ['test', 'compute-voucher', '--policy', dir, '--lang', 'en']);
    expect(code).toBe(1);
    expect(output).toContain('✗');
    expect(output).toContain('amount: expected 4,500,000 yuan (450000000 fen), actual 4,000,000 yuan (400000000 fen)');
    expect(output).toContain('Trace:');
    expect(output).toMatch(/^3 passed, 1 failed$/m);
  });

  it('names the file and JSON pointer of a case that does not match the test-case schema', async () => {
    const dir = withEditedCase((c) => (c.expected.status = 'approved'));
    const { code, output } = await run(main, ['test', 'compute-voucher', '--policy', dir]);
    expect(code).toBe(1);
    expect(output).toMatch(/compute-voucher\/example\.json#\/expected\/status: must be equal to one of the allowed values/);
  });

  it('refuses an unknown measure, saying what to run instead', async () => {
    await expect(run(main, ['test', 'no-such-measure'])).rejects.toThrow(/no measure 'no-such-measure'.*pioneer test/);
  });
});
