import path from 'node:path';
import type { FundingRecord } from '@pioneer/engine';
import { failedRules, goldenMeasure, traceText, yuan } from '../../../testing/golden';

// Golden tests of Article 3 of the fictional district overlay: a one-off 200,000 yuan reward for
// a generative AI service filed within the window (version 2025.1: from 2025-07-01; version
// 2026.1: from 2026-01-01), applied for within 6 months of the filing; not for a project that has
// the city's model voucher (exclusivity group naming shenzhen-ai-2024/model-voucher).
const { application, evaluate, evaluateWith, award } = goldenMeasure(path.resolve(__dirname, '..'), 'model-filing-reward', '2025-09-01');

const cityModelVoucher = (over: Partial<FundingRecord> = {}): FundingRecord => ({
  policy: 'shenzhen-ai-2024',
  measure: 'model-voucher',
  level: 'city',
  applicantId: '91440300MA5F00001A',
  projectRef: 'MF-2025-003',
  amount: yuan(1_000_000),
  date: '2025-05-10',
  programme: '模型券 2025 第一批',
  ...over,
});

describe('第三条 窗口期内完成生成式人工智能服务备案的，给予一次性奖励20万元，并须在备案之日起6个月内申请', () => {
  it('给予一次性奖励20万元: filed 2025-08-15, applied 2025-09-01 → 200,000 yuan (version 2025.1)', () => {
    const d = evaluate(application());
    expect([d.status, d.version, d.award?.amount]).toEqual(['eligible', '2025.1', yuan(200_000)]);
  });

  it('窗口期内: filed 2025-06-30, before the window opens on 2025-07-01 → ineligible with the reason, not an invalid form', () => {
    const d = evaluate(application({ 'filing.filedOn': '2025-06-30' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['filed-in-window']);
    expect(traceText(d).join('\n')).toContain('备案日期须在本期备案窗口起始日之后');
  });

  it('窗口期内, version 2026.1: the window opens 2026-01-01, so a 2025-12-20 filing applied for on 2026-07-02 is refused', () => {
    // Applied 2026-07-02 → version 2026.1 (from 2026-07-01), windowOpensOn 2026-01-01 > 2025-12-20;
    // and 2025-12-20 + 6 months = 2026-06-20 < 2026-07-02, so it is also late: both reasons show.
    const d = evaluate(application({ 'filing.filedOn': '2025-12-20' }), [], '2026-07-02');
    expect(d.version).toBe('2026.1');
    expect(failedRules(d)).toEqual(['filed-in-window', 'applied-in-time']);
    expect(evaluate(application({ 'filing.filedOn': '2026-02-01' }), [], '2026-07-02').status).toBe('eligible');
  });

  it('备案之日起6个月内申请: filed 2025-08-15 → 2026-02-15 is the last day; 2026-02-16 is refused', () => {
    expect(evaluate(application(), [], '2026-02-15').status).toBe('eligible');
    expect(failedRules(evaluate(application(), [], '2026-02-16'))).toEqual(['applied-in-time']);
  });

  it('生成式人工智能服务备案: an algorithm filing is not this reward (generative-ai-filing)', () => {
    expect(failedRules(evaluate(application({ 'filing.kind': 'algorithm' })))).toEqual(['generative-ai-filing']);
  });

  it('同一项目已获市级模型券资助的，不再给予本项奖励: the city model voucher on record for the project refuses it (P1), naming it', () => {
    const d = evaluateWith(application(), { history: [cityModelVoucher()] });
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['P1-exclusivity']);
    expect(d.rules.find((r) => r.code === 'P1-exclusivity')?.reason?.['zh-CN']).toContain('已获：模型券 2025 第一批');
  });

  it('同一项目: the city model voucher of another project does not refuse it; nor does a national award in the group', () => {
    expect(evaluateWith(application(), { history: [cityModelVoucher({ projectRef: 'OTHER-1' })] }).status).toBe('eligible');
    expect(evaluateWith(application(), { history: [cityModelVoucher({ level: 'national' })] }).status).toBe('eligible');
  });

  it('一次性奖励: a second filing reward for the same project is refused (its own group, at the district level)', () => {
    const d = evaluateWith(application(), { history: [award({ amount: yuan(200_000), date: '2025-08-20', projectRef: 'MF-2025-003' })] });
    expect(failedRules(d)).toEqual(['P1-exclusivity']);
  });
});
