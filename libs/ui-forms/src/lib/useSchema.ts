import { use } from 'react';
import type { JsonSchema } from './json-schema';

/** Loads a measure's schema on first use: each measure's schema is its own chunk, fetched when its form or record opens. */
export type SchemaLoader = () => Promise<{ schema: JsonSchema }>;

const loaded = new WeakMap<SchemaLoader, Promise<JsonSchema>>();

/** The schema a loader gives (suspends until it is there; call under a Suspense boundary). */
export function useSchema(load: SchemaLoader): JsonSchema {
  if (!loaded.has(load)) loaded.set(load, load().then((module) => module.schema));
  return use(loaded.get(load)!);
}
