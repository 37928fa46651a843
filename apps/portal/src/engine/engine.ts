import { loadPolicies as compilePolicies } from '@pioneer/contracts';
import type { CompiledPolicy } from '@pioneer/engine';
import { apiToday } from './api-today';

/**
 * The engine with every policy, compiled from the generated bundles and precompiled validators
 * (no code compiled in the browser), once: what the matcher needs. Only the lazily loaded matcher
 * imports this module, so no other screen downloads the bundles; a form loads its one measure
 * (measure-engine.ts).
 */
let policies: Promise<CompiledPolicy[]> | undefined;
export function loadPolicies(): Promise<CompiledPolicy[]> {
  policies ??= Promise.resolve().then(() => compilePolicies());
  return policies;
}

/** Both, for a screen that estimates over every policy. */
export const loadEngine = () => Promise.all([loadPolicies(), apiToday()]).then(([all, asOf]) => ({ policies: all, asOf }));
