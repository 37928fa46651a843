import path from 'node:path';
import { failedRules, goldenMeasure } from '../../../testing/golden';

// Issue 8, item 6: time windows. A contract signed after the submission date, or an event not yet
// ended, is refused with a reason. Windows the text leaves open (how long before applying a
// contract may be signed, how long after an event one may apply) are implementation-rule
// parameters, default 12 months, compared by date (addMonths), not by rounded month counts.
const folder = path.resolve(__dirname, '..');
const compute = goldenMeasure(folder, 'compute-voucher', '2025-06-01');
const corpus = goldenMeasure(folder, 'corpus-voucher-purchase', '2025-06-01');
const model = goldenMeasure(folder, 'model-voucher', '2025-09-15');
const event = goldenMeasure(folder, 'industry-exchange-event', '2025-06-01');

describe('time windows', () => {
  it('（二）按不超过服务合同金额的50%: a contract signed after the submission date (2025-06-02 for 2025-06-01) is refused', () => {
    const d = compute.evaluate(compute.application({ 'contract.signedOn': '2025-06-02', 'contract.startDate': '2025-06-02' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['signed-before-applying']);
    expect(d.rules.find((r) => r.code === 'signed-before-applying')?.reason?.['zh-CN']).toBe('服务合同签订日期不得晚于申请日期');
  });

  it('（二）服务合同: signed 2024-06-01 is exactly 12 months before 2025-06-01 (accepted); 2024-05-31 is outside the window', () => {
    const on = (signedOn: string) =>
      compute.evaluate(compute.application({ 'contract.signedOn': signedOn, 'contract.startDate': signedOn }));
    expect(on('2024-06-01').status).toBe('eligible');
    expect(failedRules(on('2024-05-31'))).toEqual(['signed-within-window']);
  });

  it('（三）按不超过合同金额的30%: a corpus contract signed after the submission date is refused', () => {
    expect(failedRules(corpus.evaluate(corpus.application({ 'purchase.signedOn': '2025-07-01' })))).toEqual(['signed-before-applying']);
  });

  it('（四）按不超过模型购买费用的30%: a model purchase signed 2024-08-01, more than 12 months before 2025-09-15, is outside the window', () => {
    expect(failedRules(model.evaluate(model.application({ 'purchase.signedOn': '2024-08-01' })))).toEqual(['signed-within-window']);
  });

  it('（十八）对符合条件的活动，按不超过项目审定总投入的50%: an event not yet ended on the submission date is refused', () => {
    // Held 2025-05-30 to 2025-06-02; applying on 2025-06-01, before it ends.
    const d = event.evaluate(event.application({ 'event.startDate': '2025-05-30', 'event.endDate': '2025-06-02' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['event-ended']);
  });

  it('（十八）对符合条件的活动: applying 2026-05-01 for an event that ended 2025-04-26 is outside the 12-month window', () => {
    expect(failedRules(event.evaluate(event.application(), [], '2026-05-01'))).toEqual(['event-within-window']);
  });
});
