/**
 * `@pioneer/sdk/offline`: load one measure's offline engine by its code, when the code is known
 * only at run time. Each measure is its own chunk: `await loadOfflineMeasure('compute-voucher')`
 * downloads that measure only. When the code is known when writing the page, import
 * `@pioneer/sdk/offline/<code>` directly.
 */
import { OFFLINE_MEASURES } from './generated/offline/loaders.gen';
import type { OfflineMeasure } from './lib/offline/offline-measure';

export type { OfflineMeasure, OfflineContext, SchemaError } from './lib/offline/offline-measure';

/** The codes with an offline engine. */
export const OFFLINE_MEASURE_CODES: readonly string[] = Object.keys(OFFLINE_MEASURES);

/** The offline engine of a measure; rejects naming the known codes when there is none. */
export async function loadOfflineMeasure(code: string): Promise<OfflineMeasure> {
  const load = Object.prototype.hasOwnProperty.call(OFFLINE_MEASURES, code) ? OFFLINE_MEASURES[code] : undefined;
  if (!load) throw new Error(`@pioneer/sdk has no measure '${code}' (known: ${OFFLINE_MEASURE_CODES.join(', ')})`);
  return load();
}
