import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MatchResult } from '@pioneer/engine';
import { main } from './main';
import { DISTRICT, run, SHENZHEN } from './test-folders';

// Two policies ship (the city's and a fictional district overlay): no command needs --policy.
const districtExample = (measure: string) => path.join(DISTRICT, 'examples', 'applications', `${measure}.json`);

describe('pioneer with several policies', () => {
  it('evaluates a measure of either policy without --policy: the measure code finds its policy', async () => {
    const city = await run(main, [
      'evaluate',
      'compute-voucher',
      path.join(SHENZHEN, 'examples/applications/compute-voucher.json'),
      '--as-of',
      '2025-06-01',
    ]);
    expect(city.output).toContain('资助金额: 400万元');
    const district = await run(main, [
      'evaluate',
      'office-rent-subsidy',
      districtExample('office-rent-subsidy'),
      '--as-of',
      '2025-09-01',
      '--lang',
      'en',
    ]);
    expect(district.code).toBe(0);
    expect(district.output).toContain('Award: 210,000 yuan');
  });

  it("matches the city's compute voucher read from a funding history file (policy/measure records)", async () => {
    const history = path.join(mkdtempSync(path.join(tmpdir(), 'pioneer-history-')), 'history.json');
    const record = {
      policy: 'shenzhen-ai-2024',
      measure: 'compute-voucher',
      level: 'city',
      applicantId: '91440300MA5F00001A',
      projectRef: 'PC-2025-001',
      amount: 400_000_000,
      date: '2025-06-01',
    };
    writeFileSync(history, JSON.stringify([record]));
    const args = ['evaluate', 'compute-voucher-top-up', districtExample('compute-voucher-top-up'), '--as-of', '2025-09-01', '--lang', 'en'];
    expect((await run(main, args)).code).toBe(1);
    const { code, output } = await run(main, [...args, '--history', history]);
    expect(code).toBe(0);
    expect(output).toContain('Award: 1,200,000 yuan');
  });

  it('accepts a policy code or a folder in --policy, and names the codes when neither matches', async () => {
    const example = districtExample('model-filing-reward');
    expect(
      (await run(main, ['evaluate', 'model-filing-reward', example, '--as-of', '2025-09-01', '--policy', 'example-district-2025'])).code,
    ).toBe(0);
    expect((await run(main, ['evaluate', 'model-filing-reward', example, '--as-of', '2025-09-01', '--policy', DISTRICT])).code).toBe(0);
    await expect(run(main, ['evaluate', 'model-filing-reward', example, '--policy', 'shenzhen-ai-2024'])).rejects.toThrow(
      "unknown measure 'model-filing-reward'",
    );
    await expect(run(main, ['check', '--policy', 'shenzen'])).rejects.toThrow(
      "no policy 'shenzen': give a policy code (example-district-2025, shenzhen-ai-2024) or a folder with a policy.json",
    );
  });

  it('matches across every policy, each result naming its policy', async () => {
    const profile = path.join(DISTRICT, 'examples', 'profiles', 'enterprise.json');
    const json = JSON.parse((await run(main, ['match', profile, '--as-of', '2025-09-01', '--json'])).output) as MatchResult[];
    expect(new Set(json.map((m) => m.policy))).toEqual(new Set(['shenzhen-ai-2024', 'example-district-2025']));
    expect(json.find((m) => m.measure === 'compute-voucher-top-up')).toMatchObject({ policy: 'example-district-2025', status: 'possible' });
    const text = (await run(main, ['match', profile, '--as-of', '2025-09-01'])).output;
    expect(text).toContain('== 示例区人工智能产业配套扶持办法（虚构示例） (示例区（虚构） · example-district-2025) ==');
    expect(text).toContain('== 深圳市打造人工智能先锋城市的若干措施 (深圳市 · shenzhen-ai-2024) ==');
    const one = JSON.parse((await run(main, ['match', profile, '--json', '--policy', 'shenzhen-ai-2024'])).output) as MatchResult[];
    expect(new Set(one.map((m) => m.policy))).toEqual(new Set(['shenzhen-ai-2024']));
  });

  it('documents --policy in the help', async () => {
    const { output } = await run(main, ['help']);
    expect(output).toContain('--policy <code|folder>');
    expect(output).toContain('finds the policy');
  });
});
