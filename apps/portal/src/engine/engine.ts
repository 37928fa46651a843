import { loadPolicies as compilePolicies } from '@pioneer/contracts';
import type { CompiledPolicy } from '@pioneer/engine';

/**
 * The engine with every policy, compiled from the generated bundles and precompiled validators
 * (no code compiled in the browser), once. Only the lazily loaded screens that estimate (the
 * matcher, a form) import this module, so the landing page never downloads the bundles.
 */
let policies: Promise<CompiledPolicy[]> | undefined;
export function loadPolicies(): Promise<CompiledPolicy[]> {
  policies ??= Promise.resolve().then(() => compilePolicies());
  return policies;
}

/** The policy a measure belongs to. */
export function policyOf(all: CompiledPolicy[], measure: string): CompiledPolicy | undefined {
  return all.find((policy) => policy.measureName(measure) !== undefined);
}

let today: Promise<string> | undefined;
/** The API's calendar day (what it decides on); the visitor's own Beijing date if the API cannot say. */
export function apiToday(): Promise<string> {
  const local = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  today ??= fetch('/api/clock')
    .then((response) => (response.ok ? (response.json() as Promise<{ today: string }>) : Promise.reject(new Error(String(response.status)))))
    .then((body) => body.today)
    .catch(local);
  return today;
}

/** Both, for a screen that estimates. */
export const loadEngine = () => Promise.all([loadPolicies(), apiToday()]).then(([all, asOf]) => ({ policies: all, asOf }));
