import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (二) 训力券. Expected amounts are worked out by hand from the Chinese text.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'compute-voucher', '2025-06-01');

describe('（二）发放“训力券”', () => {
  it('按不超过服务合同金额的50%，给予最高1000万元资助: 8,000,000 yuan contract → 4,000,000 yuan', () => {
    // Registered 2019-03-15, more than 36 months before 2025-06-01: not a startup, 50%.
    // 8,000,000 yuan × 50% = 4,000,000 yuan (below the 10,000,000 yuan cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(4_000_000));
  });

  it('给予最高1000万元资助: 25,000,000 yuan contract → capped at 10,000,000 yuan', () => {
    // 25,000,000 yuan × 50% = 12,500,000 yuan > 10,000,000 yuan → 10,000,000 yuan.
    const d = evaluate(application({ 'contract.amount': yuan(25_000_000) }));
    expect(d.award?.amount).toBe(yuan(10_000_000));
  });

  it('按不超过服务合同金额的50%: 1,234,567.89 yuan contract → 617,283 yuan (rounded down to the yuan)', () => {
    // 1,234,567.89 yuan × 50% = 617,283.945 yuan → 617,283 yuan.
    const d = evaluate(application({ 'contract.amount': 123_456_789 }));
    expect(d.award?.amount).toBe(yuan(617_283));
  });

  it('对初创企业提高资助比例至60%: startup, 8,000,000 yuan contract → 4,800,000 yuan', () => {
    // Registered 2024-05-20, 12 months before 2025-06-01: a startup (default: under 36 months).
    // 8,000,000 yuan × 60% = 4,800,000 yuan.
    const d = evaluate(application({ 'applicant.registeredOn': '2024-05-20' }));
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(4_800_000));
    expect(d.award?.rateBasisPoints).toBe(6000);
  });

  it('对初创企业提高资助比例至60%，给予最高1000万元资助: startup, 20,000,000 yuan contract → capped at 10,000,000 yuan', () => {
    // 20,000,000 yuan × 60% = 12,000,000 yuan > 10,000,000 yuan → 10,000,000 yuan.
    const d = evaluate(application({ 'applicant.registeredOn': '2024-05-20', 'contract.amount': yuan(20_000_000) }));
    expect(d.award?.amount).toBe(yuan(10_000_000));
  });

  it('对初创企业提高资助比例至60%: registered exactly 36 months before is no longer a startup (implementation-rule default) → 50%', () => {
    // 2022-06-01 → 2025-06-01 is 36 whole months, not under 36: 8,000,000 yuan × 50% = 4,000,000 yuan.
    const d = evaluate(application({ 'applicant.registeredOn': '2022-06-01' }));
    expect(d.award?.amount).toBe(yuan(4_000_000));
    // 2022-06-02 → 2025-06-01 is 35 whole months: 8,000,000 yuan × 60% = 4,800,000 yuan.
    const younger = evaluate(application({ 'applicant.registeredOn': '2022-06-02' }));
    expect(younger.award?.amount).toBe(yuan(4_800_000));
  });

  it('对租用智能算力开展大模型训练的企业、高等院校和科研机构: a young university gets 50%, the startup rate is for enterprises', () => {
    // A university is not an enterprise, so not a startup: 8,000,000 yuan × 50% = 4,000,000 yuan.
    const d = evaluate(
      application({ 'applicant.kind': 'university', 'applicant.creditCode': '124403004557550007', 'applicant.registeredOn': '2024-09-01' }),
    );
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(4_000_000));
  });

  it('企业、高等院校和科研机构: another kind of applicant is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'park-operator' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('租用智能算力开展大模型训练: compute rented for inference is ineligible (large-model-training)', () => {
    const d = evaluate(application({ 'compute.purpose': 'inference' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['large-model-training']);
  });

  it('租用智能算力: own compute (provider = applicant) is ineligible (rented-from-third-party)', () => {
    const d = evaluate(application({ 'contract.providerCreditCode': '91440300MA5F00001A' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['rented-from-third-party']);
  });

  it('服务合同: a contract starting after it ends is ineligible (contract-period)', () => {
    const d = evaluate(application({ 'contract.startDate': '2026-01-01', 'contract.endDate': '2025-12-31' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['contract-period']);
  });
});
