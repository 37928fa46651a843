import path from 'node:path';
import { goldenMeasure, yuan } from '../../../testing/golden';

// Issue 8, item 7: P3 对于已获得国家或省级财政支持的项目，我市各级财政对同一项目累计资助金额不得超过该项目经审计认定的投资额
// needs its inputs. Every project form asks for the national or provincial support already received
// (project.seniorSupport: level, programme, amount, date); (十二)'s national support and (九)'s
// national or provincial funding fields feed the cap too. Amounts worked out by hand.
const folder = path.resolve(__dirname, '..');
const compute = goldenMeasure(folder, 'compute-voucher', '2025-06-01');
const matching = goldenMeasure(folder, 'national-innovation-centre-matching', '2025-06-01');
const special = goldenMeasure(folder, 'major-special-project', '2025-06-01');
const provincialGrant = [{ level: 'provincial', programme: '广东省重点领域研发计划', amount: yuan(3_000_000), date: '2025-01-10' }];

describe('P3 累计资助金额不得超过该项目经审计认定的投资额: the inputs come from the form and the history', () => {
  it('已获得国家或省级财政支持的项目: provincial support declared in the form, no audited investment → to be completed (补正)', () => {
    const d = compute.evaluate(compute.application({ 'project.seniorSupport': provincialGrant }));
    expect(d.status).toBe('to-be-completed');
    expect(d.rules.find((r) => r.code === 'P3-cumulative-cap')?.passed).toBeNull();
  });

  it('不得超过该项目经审计认定的投资额: declared provincial support, audited 5,000,000 yuan, city already 2,000,000 yuan → 3,000,000 yuan', () => {
    // 8,000,000 yuan × 50% = 4,000,000 yuan; headroom 5,000,000 − 2,000,000 = 3,000,000 yuan → cut to 3,000,000 yuan.
    const app = compute.application({ 'project.seniorSupport': provincialGrant, 'project.auditedInvestment': yuan(5_000_000) });
    const history = [compute.award({ measure: 'model-voucher', amount: yuan(2_000_000), date: '2025-02-01', projectRef: 'PC-2025-001' })];
    const d = compute.evaluateWith(app, { history });
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(3_000_000));
    expect(d.award?.beforeCut).toBe(yuan(4_000_000));
  });

  it('（十二）对成功申报国家产业创新中心的…配套支持: its own national support brings P3 into play; without the audited investment it is to be completed', () => {
    const d = matching.evaluate(matching.application({ 'project.auditedInvestment': undefined }));
    expect(d.status).toBe('to-be-completed');
    // 20,000,000 yuan national support matched 1:1 = 20,000,000 yuan, the estimate meanwhile.
    expect(d.award?.range).toEqual({ min: yuan(20_000_000), max: yuan(20_000_000) });
  });

  it('（十二）最高1:1配套支持: audited investment 150,000,000 yuan leaves room for the whole 20,000,000 yuan', () => {
    const d = matching.evaluate(matching.application());
    expect(d.status).toBe('eligible');
    expect(d.rules.find((r) => r.code === 'P3-cumulative-cap')?.passed).toBe(true);
    expect(d.award?.amount).toBe(yuan(20_000_000));
  });

  it('（九）按不超过项目投资额的50%: 10,000,000 yuan of national or provincial money, audited 25,000,000, city already 10,000,000 → 15,000,000 yuan', () => {
    // 40,000,000 yuan × 50% = 20,000,000 yuan (below 30,000,000); headroom 25,000,000 − 10,000,000 = 15,000,000 yuan.
    const app = special.application({ 'investment.otherPublicFunding': yuan(10_000_000), 'project.auditedInvestment': yuan(25_000_000) });
    const history = [
      special.award({ measure: 'compute-voucher', amount: yuan(10_000_000), date: '2025-05-01', projectRef: 'XZW-2025-JB-01' }),
    ];
    const d = special.evaluateWith(app, { history });
    expect(d.award?.amount).toBe(yuan(15_000_000));
  });
});
