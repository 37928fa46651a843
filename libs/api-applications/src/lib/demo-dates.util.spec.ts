import { redated } from './demo-dates.util';

describe('redated', () => {
  const example = { project: { signedOn: '2025-03-01', endDate: '2025-12-31', name: '项目' }, applicant: { registeredOn: '2019-03-15' }, amount: 100 };

  it('moves every date field by the days from asOf to today, and nothing else', () => {
    const moved = redated(example, ['project.signedOn', 'project.endDate', 'applicant.registeredOn', 'project.name', 'missing.date'], '2025-06-01', '2026-12-01');
    // 548 days later (2026-12-01 − 2025-06-01), each date alike, so the periods between them are kept.
    expect(moved).toEqual({ project: { signedOn: '2026-08-31', endDate: '2027-07-02', name: '项目' }, applicant: { registeredOn: '2020-09-13' }, amount: 100 });
    expect(example.project.signedOn).toBe('2025-03-01');
  });

  it('leaves the example as it is on its own day, or when a day is not a date', () => {
    expect(redated(example, ['project.signedOn'], '2025-06-01', '2025-06-01')).toEqual(example);
    expect(redated(example, ['project.signedOn'], 'someday', '2025-06-01')).toBe(example);
  });
});
