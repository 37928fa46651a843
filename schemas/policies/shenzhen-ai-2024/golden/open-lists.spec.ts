import path from 'node:path';
import { exampleApplication, goldenMeasure, goldenPolicy } from '../../../testing/golden';

// Issue 8, item 9: lists the text ends with 等 are parameters, and "other" goes to the reviewers.
// The matcher shows such a rule as undecided (possible), never as a refusal.
const policy = goldenPolicy(path.resolve(__dirname, '..'));

describe('open lists (…等): parameters with an "other → reviewer decides" path', () => {
  it('聚焦人工智能的数学原理、基础架构、核心算法等前沿方向: the named directions are a parameter of the version in force', () => {
    for (const code of ['basic-research-project', 'major-special-project']) {
      const measure = policy.measure(code);
      expect(measure.parameters.focusDirections.type).toBe('string-list');
      expect(measure.versions[0].values.focusDirections).toEqual([
        'math-principles',
        'infrastructure',
        'core-algorithms',
        'embodied-intelligence',
        'autonomous-driving',
        'ai-chips',
      ]);
    }
  });

  it('支持构建第三方算子库、预训练模型、模型智能体等开源软件: the matcher marks an "other" kind as undecided (for the reviewers), not failed', () => {
    const { applicant } = exampleApplication(path.resolve(__dirname, '..'), 'open-source-reward');
    const result = policy
      .match({ applicant, software: { category: 'other' } }, '2025-06-01')
      .find((r) => r.measure === 'open-source-reward');
    expect(result?.status).toBe('possible');
    expect(result?.failed).toEqual([]);
    expect(result?.undecided.find((r) => r.code === 'listed-category')?.reason?.['zh-CN']).toContain('由评审认定');
  });

  it('（四）开展模型服务、智能体开发应用等: another use of the model is referred to the reviewers, not refused (listed-use)', () => {
    const model = goldenMeasure(path.resolve(__dirname, '..'), 'model-voucher', '2025-09-15');
    const d = model.evaluate(model.application({ 'service.kind': 'other' }));
    expect(d.status).toBe('eligible');
    expect(d.rules.find((r) => r.code === 'listed-use')?.passed).toBeNull();
  });
});
