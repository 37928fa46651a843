import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Issue 8, item 8: four outcomes, not "eligible, 0 yuan". Eligible; ineligible (a rule of the text
// fails); to be completed (补正: evidence missing, nothing refuses the application); not selected
// (the reviewers' score reaches no band). Missing evidence never hides the reason for a refusal.
const folder = path.resolve(__dirname, '..');
const compute = goldenMeasure(folder, 'compute-voucher', '2025-06-01');
const openSource = goldenMeasure(folder, 'open-source-reward', '2025-06-01');
const { all } = reviewers(['downloads', 'performance', 'industry-influence']);

describe('outcomes: eligible, ineligible, to be completed (补正), not selected', () => {
  it('（二）按不超过服务合同金额的50%: invoices missing → to be completed, with the estimate 4,000,000 yuan', () => {
    // 8,000,000 yuan × 50% = 4,000,000 yuan, shown as the estimate until the invoices are given.
    const d = compute.evaluate(compute.application({ 'attachments.invoices': undefined }));
    expect(d.status).toBe('to-be-completed');
    expect(d.errors.map((e) => e.pointer)).toEqual(['/attachments/invoices']);
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: yuan(4_000_000), max: yuan(4_000_000) });
  });

  it('（二）租用智能算力开展大模型训练: inference with invoices missing → ineligible for the purpose, and the missing invoices are said too', () => {
    const d = compute.evaluate(compute.application({ 'attachments.invoices': undefined, 'compute.purpose': 'inference' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['large-model-training']);
    expect(d.errors.map((e) => e.pointer)).toEqual(['/attachments/invoices']);
    expect(d.award).toBeNull();
  });

  it('（二）服务合同金额: a form error outside the evidence (no contract amount) is still invalid', () => {
    const d = compute.evaluate(compute.application({ 'contract.amount': undefined }));
    expect(d.status).toBe('invalid');
    expect(d.errors.map((e) => e.pointer)).toEqual(['/contract/amount']);
  });

  it('（十一）可根据下载量、性能、行业影响力等情况，给予开源主体最高100万元奖励: score 40 → not selected, no award', () => {
    // Every reviewer 4 of 10 on every criterion → 40, below the lowest band (60).
    const d = openSource.evaluate(openSource.application(), [all('r1', 4), all('r2', 4), all('r3', 4)]);
    expect(d.status).toBe('not-selected');
    expect(d.award).toBeNull();
    expect(failedRules(d)).toEqual([]);
  });
});
