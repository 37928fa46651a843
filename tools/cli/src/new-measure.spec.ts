import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Decision, MatchResult } from '@pioneer/engine';
import { main } from './main';
import { copyPolicy, FIXTURES, run, SHENZHEN } from './test-folders';

/**
 * The promise to admins: a new measure is a schema file, not code. Drop a made-up measure of an
 * existing family into a copy of the real policy, and it checks, evaluates and matches.
 */
describe('a new measure file needs no code change', () => {
  const dir = copyPolicy(SHENZHEN);
  copyFileSync(
    path.join(FIXTURES, 'new-measure', 'data-labelling-voucher.json'),
    path.join(dir, 'measures', 'data-labelling-voucher.json'),
  );
  const applicant = {
    name: '深圳市标注科技有限公司',
    creditCode: '91440300MA5F00003G',
    kind: 'enterprise',
    district: 'longhua',
    registeredOn: '2022-08-01',
    employees: 45,
  };
  const file = path.join(dir, 'labelling.json');
  writeFileSync(
    file,
    JSON.stringify({ applicant, contractAmount: 60_000_000, declarations: { truthful: true, noDuplicateFunding: true } }),
  );

  it('passes pioneer check', async () => {
    expect((await run(main, ['check', '--policy', dir])).code).toBe(0);
  });

  it('evaluates: 600,000 yuan × 50% (small firm) = 300,000 yuan, under the 500,000 yuan cap', async () => {
    const { code, output } = await run(main, [
      'evaluate',
      'data-labelling-voucher',
      file,
      '--policy',
      dir,
      '--as-of',
      '2025-07-01',
      '--json',
    ]);
    const decision = JSON.parse(output) as Decision;
    expect(code).toBe(0);
    expect(decision.status).toBe('eligible');
    expect(decision.award?.amount).toBe(30_000_000);
    expect(decision.award?.rateBasisPoints).toBe(5000);
  });

  it('rejects an invalid application naming the field', async () => {
    writeFileSync(file, JSON.stringify({ applicant, contractAmount: -1, declarations: { truthful: true, noDuplicateFunding: true } }));
    const { output } = await run(main, ['evaluate', 'data-labelling-voucher', file, '--policy', dir, '--as-of', '2025-07-01', '--json']);
    const decision = JSON.parse(output) as Decision;
    expect(decision.status).toBe('invalid');
    expect(decision.errors.map((e) => e.pointer)).toEqual(['/contractAmount']);
  });

  it('is matched with the small-firm rate and its cap as the estimate', async () => {
    const profile = path.join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ applicant }));
    const { output } = await run(main, ['match', profile, '--policy', dir, '--as-of', '2025-07-01', '--json']);
    const match = (JSON.parse(output) as MatchResult[]).find((m) => m.measure === 'data-labelling-voucher');
    expect(match).toMatchObject({ status: 'eligible', rateBasisPoints: 5000, estimate: { min: 0, max: 50_000_000 } });
  });
});
