/**
 * The compute-voucher eligibility and award written for json-rules-engine, the way its README
 * shows: one Engine built once, a rule per eligibility condition reading the `application` fact
 * by JSONPath, a dynamic `isStartup` fact, and `await engine.run(facts)` per application. The
 * award is computed after the run from the `isStartup` fact, in exact integer fen.
 *
 * Condition paths are resolved two ways. By default (as its README shows) json-rules-engine
 * reads `$.a.b` with jsonpath-plus, which throws and catches an Error to return each scalar: most
 * of a run goes there. Its documented `pathResolver` option swaps in a plain dot-path walk; the
 * benchmark times both, since a team that cares about speed would set it.
 *
 * Parameters are those of version 2024.1 of compute-voucher.json, written in as a json-rules-
 * engine author would (the engine has no notion of versions in force).
 *
 * What differs from Pioneer, knowingly (all of it is work Pioneer does and this peer does not):
 * no trace, no bilingual reasons, no P1/P3/P6 policy checks, no parameter version lookup.
 */
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import type { ComputeVoucherApp } from '../compute-voucher-inputs';

export const COMPUTE_VOUCHER_2024_1 = {
  rateBp: 5000,
  startupRateBp: 6000,
  capFen: 1_000_000_000,
  startupMaxAgeMonths: 36,
  contractWindowMonths: 12,
};

export interface PeerDecision {
  status: 'invalid' | 'ineligible' | 'eligible';
  /** Codes of the failed eligibility rules, sorted. */
  failed: string[];
  /** Integer fen, when eligible. */
  amount: number | null;
  /** Rate applied, in basis points, when eligible. */
  rateBp: number | null;
}

/** Whole months from one YYYY-MM-DD date to another (as the schema language defines monthsBetween). */
function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (months > 0 && d2 < d1) months -= 1;
  if (months < 0 && d2 > d1) months += 1;
  return months;
}

/** The date `months` later, clamped to the end of a shorter month (as the schema language's addMonths). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const app = (path: string) => ({ fact: 'application', path });

const RULES: RuleProperties[] = [
  {
    name: 'applicant-kind',
    conditions: { all: [{ ...app('$.applicant.kind'), operator: 'in', value: ['enterprise', 'university', 'research-institute'] }] },
  },
  {
    name: 'large-model-training',
    conditions: { all: [{ ...app('$.compute.purpose'), operator: 'equal', value: 'large-model-training' }] },
  },
  {
    name: 'rented-from-third-party',
    conditions: { all: [{ ...app('$.contract.providerCreditCode'), operator: 'notEqual', value: app('$.applicant.creditCode') }] },
  },
  {
    name: 'contract-period',
    conditions: { all: [{ ...app('$.contract.startDate'), operator: 'onOrBefore', value: app('$.contract.endDate') }] },
  },
  {
    name: 'signed-before-applying',
    conditions: { all: [{ ...app('$.contract.signedOn'), operator: 'onOrBefore', value: { fact: 'asOf' } }] },
  },
  { name: 'signed-within-window', conditions: { all: [{ fact: 'signedWithinWindow', operator: 'equal', value: true }] } },
].map((rule) => ({ ...rule, event: { type: 'eligibility', params: { code: rule.name } } }));

export type PathStyle = 'jsonpath' | 'dot-path';

/** `$.a.b` read as a plain property walk (what a `pathResolver` such as selectn or lodash.get does). */
function dotPath(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.replace(/^\$\./, '').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function createComputeVoucherEngine(paths: PathStyle = 'jsonpath', params = COMPUTE_VOUCHER_2024_1): Engine {
  const engine = new Engine(RULES, paths === 'dot-path' ? { pathResolver: dotPath } : {});
  // Built-in lessThanInclusive is numeric only; dates are YYYY-MM-DD strings.
  engine.addOperator('onOrBefore', (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a <= b);
  engine.addFact('signedWithinWindow', async (_params: Record<string, unknown>, almanac: Almanac) => {
    const signedOn = await almanac.factValue<string>('application', {}, '$.contract.signedOn');
    const asOf = await almanac.factValue<string>('asOf');
    return asOf <= addMonths(signedOn, params.contractWindowMonths);
  });
  engine.addFact('isStartup', async (_params: Record<string, unknown>, almanac: Almanac) => {
    const kind = await almanac.factValue<string>('application', {}, '$.applicant.kind');
    if (kind !== 'enterprise') return false;
    const registeredOn = await almanac.factValue<string>('application', {}, '$.applicant.registeredOn');
    const asOf = await almanac.factValue<string>('asOf');
    return monthsBetween(registeredOn, asOf) < params.startupMaxAgeMonths;
  });
  return engine;
}

/**
 * Decides one application: the form check (the caller's validator; the benchmark hands both
 * sides the same one), then the engine run, then the award:
 * min(floor_to_yuan(amount × rate), cap).
 */
export async function decideWithJsonRulesEngine(
  engine: Engine,
  isValid: (application: unknown) => boolean,
  application: ComputeVoucherApp,
  asOf: string,
  params = COMPUTE_VOUCHER_2024_1,
): Promise<PeerDecision> {
  if (!isValid(application)) return { status: 'invalid', failed: [], amount: null, rateBp: null };
  const { failureEvents, almanac } = await engine.run({ application, asOf });
  if (failureEvents.length) {
    return { status: 'ineligible', failed: failureEvents.map((e) => String(e.params?.code)).sort(), amount: null, rateBp: null };
  }
  const startup = await almanac.factValue<boolean>('isStartup');
  const rateBp = startup ? params.startupRateBp : params.rateBp;
  const yuan = (BigInt(application.contract.amount as number) * BigInt(rateBp)) / 1_000_000n; // fen × bp / 10^4 / 100, floored
  return { status: 'eligible', failed: [], amount: Math.min(Number(yuan) * 100, params.capFen), rateBp };
}
