import { loadOfflineMeasure, type OfflineMeasure } from '@pioneer/sdk/offline';
import { apiToday } from './api-today';

/**
 * One measure's engine for its form: the SDK's generated offline engine (that measure's bundle and
 * precompiled validator, its own chunk), so opening a form downloads and compiles one measure, not
 * every policy (the matcher's `loadPolicies` does that). Nothing is compiled from strings: it runs
 * under the portal's CSP.
 */
export const loadMeasureEngine = (measure: string): Promise<{ engine: OfflineMeasure; asOf: string }> =>
  Promise.all([loadOfflineMeasure(measure), apiToday()]).then(([engine, asOf]) => ({ engine, asOf }));
