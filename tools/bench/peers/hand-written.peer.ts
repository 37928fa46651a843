/**
 * The compute-voucher rules written by hand in plain TypeScript, over the same precompiled
 * validator Pioneer uses: the fastest a team could decide these applications with no engine at
 * all. It is the floor Pioneer's `evaluate` is measured against (goal: at least 0.6× its speed).
 *
 * Parameters are those of version 2024.1 of compute-voucher.json, written in as constants. What it
 * leaves out, knowingly: no trace, no reasons, no policy checks (P1, P3, P6), no version lookup,
 * no evidence/补正 handling — everything that makes a rule change a schema edit instead of a release.
 */
import type { ComputeVoucherApp } from '../compute-voucher-inputs';
import { COMPUTE_VOUCHER_2024_1, type PeerDecision } from './json-rules-engine.peer';

/** Whole months from one YYYY-MM-DD date to another (as the schema language defines monthsBetween). */
function monthsBetween(from: string, to: string): number {
  const y1 = +from.slice(0, 4),
    m1 = +from.slice(5, 7),
    d1 = +from.slice(8, 10);
  const y2 = +to.slice(0, 4),
    m2 = +to.slice(5, 7),
    d2 = +to.slice(8, 10);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (months > 0 && d2 < d1) months -= 1;
  if (months < 0 && d2 > d1) months += 1;
  return months;
}

/** The date `months` later, clamped to the end of a shorter month (as addMonths does). */
function addMonths(date: string, months: number): string {
  const index = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(+date.slice(8, 10), new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const KINDS = new Set(['enterprise', 'university', 'research-institute']);

export function decideByHand(
  isValid: (application: unknown) => boolean,
  a: ComputeVoucherApp,
  asOf: string,
  params = COMPUTE_VOUCHER_2024_1,
): PeerDecision {
  if (!isValid(a)) return { status: 'invalid', failed: [], amount: null, rateBp: null };
  const failed: string[] = [];
  if (!KINDS.has(a.applicant.kind as string)) failed.push('applicant-kind');
  if (a.compute.purpose !== 'large-model-training') failed.push('large-model-training');
  if (a.contract.providerCreditCode === a.applicant.creditCode) failed.push('rented-from-third-party');
  if (!((a.contract.startDate as string) <= (a.contract.endDate as string))) failed.push('contract-period');
  if (!((a.contract.signedOn as string) <= asOf)) failed.push('signed-before-applying');
  if (!(asOf <= addMonths(a.contract.signedOn as string, params.contractWindowMonths))) failed.push('signed-within-window');
  if (failed.length) return { status: 'ineligible', failed: failed.sort(), amount: null, rateBp: null };
  const startup = a.applicant.kind === 'enterprise' && monthsBetween(a.applicant.registeredOn as string, asOf) < params.startupMaxAgeMonths;
  const rateBp = startup ? params.startupRateBp : params.rateBp;
  const yuan = (BigInt(a.contract.amount as number) * BigInt(rateBp)) / 1_000_000n; // fen × bp / 10^4 / 100, floored
  return { status: 'eligible', failed: [], amount: Math.min(Number(yuan) * 100, params.capFen), rateBp };
}
