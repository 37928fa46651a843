import path from 'node:path';
import type { FundingRecord } from '@pioneer/engine';
import { exampleApplication, goldenPolicy, withChanges, yuan, traceText } from '../../../testing/golden';

const folder = path.resolve(__dirname, '..');
const policy = goldenPolicy(folder);
const example = exampleApplication(folder, 'compute-voucher') as { applicant: { creditCode: string }; project: { reference: string } };
const applicantId = example.applicant.creditCode;
const projectRef = example.project.reference;

/** The compute-voucher example with a contract of the given yuan and an audited investment. */
function application(contractYuan: number, auditedInvestmentYuan?: number) {
  const audited = auditedInvestmentYuan === undefined ? {} : { 'project.auditedInvestment': yuan(auditedInvestmentYuan) };
  return withChanges(example, { 'contract.amount': yuan(contractYuan), ...audited });
}

const record = (over: Partial<FundingRecord>): FundingRecord => ({
  level: 'city',
  applicantId,
  projectRef,
  amount: 0,
  date: '2025-01-15',
  ...over,
});

describe('P6 本措施自2024年12月18日起施行，有效期2年', () => {
  it('accepts on the first day, 2024-12-18, and on the last, 2026-12-17', () => {
    // The contract is signed before each date and within the 12-month window (time-window rules).
    const signed = (signedOn: string) =>
      withChanges(application(1_000_000), {
        'contract.signedOn': signedOn,
        'contract.startDate': signedOn,
        'contract.endDate': '2026-12-31',
      });
    expect(policy.evaluate('compute-voucher', signed('2024-12-01'), { asOf: '2024-12-18' }).status).toBe('eligible');
    expect(policy.evaluate('compute-voucher', signed('2026-06-01'), { asOf: '2026-12-17' }).status).toBe('eligible');
  });

  it('does not accept before (2024-12-17) or after (2026-12-18) the window, and says why', () => {
    for (const asOf of ['2024-12-17', '2026-12-18']) {
      const decision = policy.evaluate('compute-voucher', application(1_000_000), { asOf });
      expect(decision.status).toBe('not-accepted');
      expect(decision.award).toBeNull();
      const rule = decision.rules.find((r) => r.code === 'P6-validity');
      expect(rule?.passed).toBe(false);
      expect(rule?.reason?.['zh-CN']).toContain('不在措施有效期（2024-12-18 至 2026-12-17）内');
    }
  });

  it('marks every measure not open in the matcher outside the window', () => {
    const results = policy.match({ applicant: example.applicant }, '2027-01-01');
    expect(results.filter((r) => r.status !== 'informational').every((r) => r.status === 'not-open')).toBe(true);
  });
});

describe('P1 本措施与我市市级层面其他同类优惠措施不得重复享受', () => {
  it('refuses a second compute subsidy for the same applicant and project, with the reason', () => {
    const history = [record({ measure: 'compute-voucher', amount: 100_000_000, programme: '训力券 2025 第一批' })];
    const decision = policy.evaluate('compute-voucher', application(2_000_000), { asOf: '2025-06-01', history });
    expect(decision.status).toBe('ineligible');
    const rule = decision.rules.find((r) => r.code === 'P1-exclusivity');
    expect(rule?.passed).toBe(false);
    expect(rule?.reason?.['zh-CN']).toContain('不得重复享受');
    expect(rule?.reason?.en).toContain('训力券 2025 第一批');
  });

  it('refuses another city-level measure of the same kind declared by its group', () => {
    const history = [record({ exclusivityGroup: 'compute-cost', programme: '市算力补贴（其他政策）' })];
    expect(policy.evaluate('compute-voucher', application(2_000_000), { asOf: '2025-06-01', history }).status).toBe('ineligible');
  });

  it('allows the same measure for another project, and a district-level award of the same kind', () => {
    const otherProject = [record({ measure: 'compute-voucher', projectRef: 'PC-2024-009' })];
    const district = [record({ measure: 'compute-voucher', level: 'district' })];
    expect(policy.evaluate('compute-voucher', application(2_000_000), { asOf: '2025-06-01', history: otherProject }).status).toBe(
      'eligible',
    );
    expect(policy.evaluate('compute-voucher', application(2_000_000), { asOf: '2025-06-01', history: district }).status).toBe('eligible');
  });
});

describe('P3 对于已获得国家或省级财政支持的项目，我市各级财政对同一项目累计资助金额不得超过该项目经审计认定的投资额', () => {
  const national = record({ level: 'national', amount: 300_000_000, programme: '国家重点研发计划' });

  it('cuts the award to the headroom left under the audited investment, and explains the cut', () => {
    // Contract 8,000,000 yuan × 50% = 4,000,000 yuan. Audited investment 5,000,000 yuan; the
    // district already gave 2,000,000 yuan: Shenzhen headroom 5,000,000 − 2,000,000 = 3,000,000 yuan.
    const history = [national, record({ level: 'district', amount: 200_000_000, measure: undefined, programme: '南山区配套' })];
    const decision = policy.evaluate('compute-voucher', application(8_000_000, 5_000_000), { asOf: '2025-06-01', history });
    expect(decision.status).toBe('eligible');
    expect(decision.award?.amount).toBe(300_000_000);
    expect(decision.award?.beforeCut).toBe(400_000_000);
    const lines = traceText({ ...decision, trace: decision.trace.filter((l) => l.ref === 'P3-cumulative-cap') });
    expect(lines.join('\n')).toContain('剩余额度 300万元');
    expect(lines.join('\n')).toContain('资助额由 400万元 核减至 300万元');
  });

  it('leaves the award alone when the headroom is larger', () => {
    const decision = policy.evaluate('compute-voucher', application(8_000_000, 50_000_000), { asOf: '2025-06-01', history: [national] });
    expect(decision.award?.amount).toBe(400_000_000);
    expect(decision.award?.beforeCut).toBeUndefined();
  });

  it('经审计认定的投资额: a missing audited investment is to be completed (补正), not ineligible, and the award waits for it', () => {
    // 8,000,000 yuan × 50% = 4,000,000 yuan: the estimate shown until the investment is given.
    const decision = policy.evaluate('compute-voucher', application(8_000_000), { asOf: '2025-06-01', history: [national] });
    expect(decision.status).toBe('to-be-completed');
    const rule = decision.rules.find((r) => r.code === 'P3-cumulative-cap');
    expect(rule?.passed).toBeNull();
    expect(rule?.reason?.en).toContain('give its audited investment');
    expect(decision.award?.amount).toBeNull();
    expect(decision.award?.range).toEqual({ min: yuan(4_000_000), max: yuan(4_000_000) });
  });

  it('does not apply to a project with only city or district funding', () => {
    const decision = policy.evaluate('compute-voucher', application(8_000_000, 1_000_000), {
      asOf: '2025-06-01',
      history: [record({ level: 'district', amount: 100_000_000 })],
    });
    expect(decision.award?.amount).toBe(400_000_000);
  });
});

describe('P2 相关资助额度受年度总额控制', () => {
  it('gives each budgeted measure its annual total from the policy file', () => {
    // （二）每年发放最高5亿元“训力券”; （三）每年发放最高5000万元“语料券”, shared by 3a and 3b.
    expect(policy.budgetOf('compute-voucher')?.annualAmount).toBe(yuan(500_000_000));
    expect(policy.budgetOf('corpus-voucher-purchase')).toBe(policy.budgetOf('open-corpus-reward'));
    expect(policy.budgetOf('open-corpus-reward')?.annualAmount).toBe(yuan(50_000_000));
  });
});
