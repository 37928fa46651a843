import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (八). The text gives only the 10,000,000 yuan maximum; version 2024.1
// sets the amount from the reviewers' score with the default bands (90+ 100%, 80+ 80%, 70+ 60%,
// 60+ 40% of the cap). Rubric weights: technology 35, ip 20, commercial-results 25,
// market-prospects 20, scale 0–10, trimmed mean of at least 3 reviewers.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'first-version-software', '2025-06-01');
const { review } = reviewers(['technology', 'ip', 'commercial-results', 'market-prospects']);

describe('（八）支持人工智能软件首版次应用', () => {
  it('给予软件开发商最高1000万元资助: score 100 → the full 10,000,000 yuan', () => {
    // Every reviewer 10 on every criterion → 100 → the 90 band, 100%: 10,000,000 yuan.
    const d = evaluate(application(), [review('r1', [10, 10, 10, 10]), review('r2', [10, 10, 10, 10]), review('r3', [10, 10, 10, 10])]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(10_000_000));
  });

  it('给予软件开发商最高1000万元资助: five reviewers, score 78.67 → 60% = 6,000,000 yuan', () => {
    // r1 9,8,9,8 → (315+160+225+160)/10 = 86; r2 all 8 → 80; r3 all 7 → 70; r4 all 9 → 90; r5 all 6 → 60.
    // Trimmed mean drops 90 and 60: (86 + 80 + 70) / 3 = 78.67 → the 70 band: 10,000,000 yuan × 60% = 6,000,000 yuan.
    const d = evaluate(application(), [
      review('r1', [9, 8, 9, 8]),
      review('r2', [8, 8, 8, 8]),
      review('r3', [7, 7, 7, 7]),
      review('r4', [9, 9, 9, 9]),
      review('r5', [6, 6, 6, 6]),
    ]);
    expect(d.score?.total).toBe(78.67);
    expect(d.award?.amount).toBe(yuan(6_000_000));
  });

  it('给予软件开发商最高1000万元资助: before review the amount is 0 to 10,000,000 yuan', () => {
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(10_000_000) });
  });

  it('给予软件开发商: a university is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'university', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('拥有自主知识产权: the software copyright registration number is required — it identifies the software (x-identity)', () => {
    const d = evaluate(application({ 'software.copyrightRegistrationNumber': undefined }));
    expect(d.status).toBe('invalid');
    expect(d.errors.map((e) => e.pointer)).toEqual(['/software/copyrightRegistrationNumber']);
  });

  it('人工智能软件首版次应用: a release that is not a first version is ineligible (first-version)', () => {
    const d = evaluate(application({ 'software.isFirstVersion': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['first-version']);
  });

  it('已实现首次商业化应用: a first contract signed after the date of application is ineligible (first-commercial-application)', () => {
    const d = evaluate(application({ 'firstContract.signedOn': '2025-07-01' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['first-commercial-application']);
  });

  it('首次商业化应用: a "sale" to the developer itself is ineligible (commercial-customer)', () => {
    const d = evaluate(application({ 'firstContract.customerCreditCode': '91440300MA5F00003G' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['commercial-customer']);
  });
});
