import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (十四), zero-rent incubators: a benefit of 6 months to 3 years rent-free,
// not money. The text does not define an SME or a startup; version 2024.1 uses the defaults
// (SME: fewer than 300 employees or revenue below 100,000,000 yuan, the 2011 classification for
// software and IT services; startup: registered less than 36 months before applying).
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'zero-rent-incubator', '2025-06-01');
const SIX_TO_THIRTY_SIX = { unit: 'months', min: 6, max: 36, label: { 'zh-CN': '免租期', en: 'Rent-free period' } };

describe('（十四）推动产业集聚发展: “零租”孵化器', () => {
  it('对符合条件的人工智能中小微企业和初创企业，给予6个月至3年不等的免租优惠: a startup gets 6 to 36 rent-free months', () => {
    // Registered 2024-08-19, 9 months before 2025-06-01; 18 employees.
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.benefit).toEqual(SIX_TO_THIRTY_SIX);
    expect(d.award?.amount).toBe(0);
  });

  it('人工智能中小微企业: an older SME (120 employees, 50,000,000 yuan revenue) qualifies', () => {
    // Registered 2018-01-01 (not a startup); 120 < 300 employees.
    const d = evaluate(
      application({ 'applicant.registeredOn': '2018-01-01', 'applicant.employees': 120, 'applicant.annualRevenue': yuan(50_000_000) }),
    );
    expect(d.status).toBe('eligible');
    expect(d.award?.benefit).toEqual(SIX_TO_THIRTY_SIX);
  });

  it('初创企业: a startup too big to be an SME (400 employees, 200,000,000 yuan revenue) still qualifies', () => {
    const d = evaluate(application({ 'applicant.employees': 400, 'applicant.annualRevenue': yuan(200_000_000) }));
    expect(d.status).toBe('eligible');
  });

  it('人工智能中小微企业: the thresholds exclude their own value (300 employees and 100,000,000 yuan is not an SME)', () => {
    // 以下 excludes the number itself: 300 employees is not fewer than 300, and 100,000,000 yuan is not below 100,000,000 yuan.
    const d = evaluate(
      application({ 'applicant.registeredOn': '2019-01-01', 'applicant.employees': 300, 'applicant.annualRevenue': yuan(100_000_000) }),
    );
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['sme-or-startup']);
  });

  it('对符合条件的人工智能中小微企业和初创企业: a research institute is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'research-institute', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('中小微企业和初创企业: a large enterprise registered in 2015 is ineligible (sme-or-startup)', () => {
    const d = evaluate(
      application({ 'applicant.registeredOn': '2015-01-01', 'applicant.employees': 500, 'applicant.annualRevenue': yuan(300_000_000) }),
    );
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['sme-or-startup']);
  });

  it('人工智能中小微企业: a company outside AI is ineligible (ai-business)', () => {
    const d = evaluate(application({ 'business.field': 'non-ai' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['ai-business']);
  });

  it('依托重点区打造“零租”孵化器: space in an incubator that is not a zero-rent incubator is ineligible (zero-rent-incubator)', () => {
    const d = evaluate(application({ 'incubator.recognisedZeroRent': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['zero-rent-incubator']);
  });

  it('给予6个月至3年不等的免租优惠: asking for 48 months, or for 3, is ineligible (months-in-range)', () => {
    for (const months of [48, 3]) {
      const d = evaluate(application({ 'space.requestedMonths': months }));
      expect(d.status).toBe('ineligible');
      expect(failedRules(d)).toEqual(['months-in-range']);
    }
    expect(evaluate(application({ 'space.requestedMonths': 36 })).status).toBe('eligible');
    expect(evaluate(application({ 'space.requestedMonths': 6 })).status).toBe('eligible');
  });
});
