import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (十八): min(50% × the project's approved total investment,
// 3,000,000 yuan), rounded down to the yuan. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'industry-exchange-event', '2025-06-01');

describe('（十八）打造产业交流高端平台', () => {
  it('对符合条件的活动，按不超过项目审定总投入的50%，给予最高300万元资助: 4,000,000 yuan approved → 2,000,000 yuan', () => {
    // 4,000,000 yuan × 50% = 2,000,000 yuan (below the 3,000,000 yuan cap).
    const d = evaluate(application({ 'investment.approvedTotal': yuan(4_000_000) }));
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(2_000_000));
    expect(d.award?.rateBasisPoints).toBe(5000);
  });

  it('按不超过项目审定总投入的50%: 1,000,000.01 yuan → 500,000 yuan (rounded down to the yuan)', () => {
    // 1,000,000.01 yuan × 50% = 500,000.005 yuan → 500,000 yuan.
    const d = evaluate(application({ 'investment.approvedTotal': 100_000_001 }));
    expect(d.award?.amount).toBe(yuan(500_000));
  });

  it('给予最高300万元资助: 6,000,000 yuan approved → exactly 3,000,000 yuan', () => {
    // 6,000,000 yuan × 50% = 3,000,000 yuan = the cap.
    const d = evaluate(application({ 'investment.approvedTotal': yuan(6_000_000) }));
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('给予最高300万元资助: 9,200,000 yuan approved → capped at 3,000,000 yuan', () => {
    // Declared 9,800,000 yuan, approved 9,200,000 yuan: × 50% = 4,600,000 yuan > 3,000,000 yuan → 3,000,000 yuan.
    const d = evaluate(application());
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('围绕人工智能高质量发展: an event about another subject is ineligible (ai-theme)', () => {
    const d = evaluate(application({ 'event.theme': 'other' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['ai-theme']);
  });

  it('打造具有国际影响力的行业交流和大赛等活动: a national event is ineligible (international-influence)', () => {
    const d = evaluate(application({ 'event.level': 'national' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['international-influence']);
  });

  it('行业交流和大赛等活动: an event ending before it starts is ineligible (event-dates)', () => {
    const d = evaluate(application({ 'event.startDate': '2025-04-27', 'event.endDate': '2025-04-26' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['event-dates']);
  });

  it('项目审定总投入: an approved investment above the declared investment is ineligible (approved-within-declared)', () => {
    const d = evaluate(application({ 'investment.approvedTotal': yuan(10_000_000) }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['approved-within-declared']);
  });
});
