import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from './main';
import { run, SHENZHEN } from './test-folders';

const example = path.join(SHENZHEN, 'examples', 'applications', 'compute-voucher.json');

describe('pioneer evaluate and match on the shipped examples', () => {
  it('explains a compute voucher in Chinese by default, with amounts in 万元', async () => {
    const { code, output } = await run(main, ['evaluate', 'compute-voucher', example, '--as-of', '2025-06-01']);
    expect(code).toBe(0);
    expect(output).toContain('结论: 符合条件');
    expect(output).toContain('资助金额: 400万元');
    expect(output).toContain('800万元 × 50% = 400万元（按元向下取整）');
  });

  it('explains it in English with --lang en', async () => {
    const { output } = await run(main, ['evaluate', 'compute-voucher', example, '--as-of', '2025-06-01', '--lang', 'en']);
    expect(output).toContain('Award: 4,000,000 yuan');
  });

  it('refuses an application outside the validity window (P6)', async () => {
    const { code, output } = await run(main, ['evaluate', 'compute-voucher', example, '--as-of', '2026-12-18', '--lang', 'en']);
    expect(code).toBe(1);
    expect(output).toContain('outside the policy');
  });

  it('says what to do about a missing file or a bad option', async () => {
    await expect(run(main, ['evaluate', 'compute-voucher', 'nope.json'])).rejects.toThrow(
      "cannot read the application file 'nope.json': check the path",
    );
    await expect(run(main, ['evaluate', 'compute-voucher', example, '--lang', 'fr'])).rejects.toThrow('--lang takes zh-CN or en');
    await expect(run(main, ['evaluate', 'no-such-measure', example])).rejects.toThrow("unknown measure 'no-such-measure' (known: ");
  });

  it('matches a startup profile, listing the compute voucher at the startup rate', async () => {
    const profile = path.join(SHENZHEN, 'examples', 'profiles', 'startup.json');
    const { output } = await run(main, ['match', profile, '--as-of', '2025-06-01', '--json']);
    const compute = JSON.parse(output).find((m: { measure: string }) => m.measure === 'compute-voucher');
    expect(compute).toMatchObject({ status: 'possible', rateBasisPoints: 6000, estimate: { min: 0, max: 1_000_000_000 } });
  });
});

describe('pioneer evaluate --history and --scores: files checked against schemas/inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-inputs-'));
  const write = (name: string, json: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(json));
    return file;
  };
  const award = {
    measure: 'compute-voucher',
    level: 'city',
    applicantId: '91440300MA5F00001A',
    projectRef: 'PC-2025-001',
    amount: 100_000_000,
    date: '2025-01-15',
  };

  it('uses a valid history: a second compute voucher for the same project is refused (P1)', async () => {
    const history = write('history.json', [award]);
    const { code, output } = await run(main, [
      'evaluate',
      'compute-voucher',
      example,
      '--as-of',
      '2025-06-01',
      '--history',
      history,
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(output).toContain('P1 no double dipping');
  });

  it('says a history that is not an array is wrong, naming the file and the schema, instead of crashing', async () => {
    const history = write('object.json', award);
    await expect(run(main, ['evaluate', 'compute-voucher', example, '--history', history])).rejects.toThrow(
      `the history file '${history}' does not match schemas/inputs/funding-history.schema.json:\n  /: must be array`,
    );
  });

  it('names the entry and field at fault in a history or scores file', async () => {
    const history = write('bad-amount.json', [{ ...award, amount: '1000000' }]);
    await expect(run(main, ['evaluate', 'compute-voucher', example, '--history', history])).rejects.toThrow('/0/amount: must be integer');
    const scores = write('bad-scores.json', [{ reviewer: 'r1', scores: { downloads: 'ten' } }]);
    await expect(run(main, ['evaluate', 'compute-voucher', example, '--scores', scores])).rejects.toThrow(
      "the scores file '" + scores + "' does not match schemas/inputs/reviewer-scores.schema.json:\n  /0/scores/downloads: must be integer",
    );
  });

  it('asks for a file after --history or --scores', async () => {
    await expect(run(main, ['evaluate', 'compute-voucher', example, '--history'])).rejects.toThrow('--history takes a JSON file');
  });
});
