/**
 * Applicant profiles for the matching benchmark: the policy's two example profiles plus a few
 * more so that every kind of applicant (and the startup boundary) takes its own path.
 */
import { POLICY_DIR, readJson } from './compute-voucher-inputs';

export interface BenchProfile {
  label: string;
  profile: { applicant: Record<string, unknown> };
}

const applicant = (fields: Record<string, unknown>) => ({
  applicant: { name: '深圳市示例单位', creditCode: '91440300MA5F00001A', district: 'nanshan', ...fields },
});

export function matchProfiles(): BenchProfile[] {
  return [
    { label: 'example startup', profile: readJson<BenchProfile['profile']>(`${POLICY_DIR}/examples/profiles/startup.json`) },
    { label: 'example university', profile: readJson<BenchProfile['profile']>(`${POLICY_DIR}/examples/profiles/university.json`) },
    {
      label: 'established enterprise',
      profile: applicant({ kind: 'enterprise', registeredOn: '2012-08-08', employees: 1200, annualRevenue: 250_000_000_000 }),
    },
    { label: 'enterprise at 35 months', profile: applicant({ kind: 'enterprise', registeredOn: '2022-07-15', employees: 40 }) },
    {
      label: 'research institute',
      profile: applicant({ kind: 'research-institute', creditCode: '124403004557550007', registeredOn: '2016-03-01' }),
    },
    { label: 'data-source unit', profile: applicant({ kind: 'data-source-unit', registeredOn: '2019-11-11', district: 'futian' }) },
    { label: 'park operator', profile: applicant({ kind: 'park-operator', registeredOn: '2020-02-02', district: 'longgang' }) },
    { label: 'other, sparse profile', profile: { applicant: { kind: 'other' } } },
  ];
}
