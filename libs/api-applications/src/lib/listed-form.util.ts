import { MEASURES } from '@pioneer/contracts';
import type { CompiledPolicy } from '@pioneer/engine';
import { readPath } from './policy-registry.service';

const pathsByMeasure = new Map<string, string[]>();

/** The form fields a list shows or filters on, and the policy's subjects (who applies, where). */
function listedPaths(policy: CompiledPolicy, measure: string): string[] {
  let paths = pathsByMeasure.get(measure);
  if (!paths) {
    const entry = MEASURES.find((m) => m.code === measure);
    const subjects = Object.values(policy.info.subjects).filter((p): p is string => typeof p === 'string');
    paths = [...new Set([...(entry?.listFields ?? []), ...(entry?.filterFields ?? []), ...subjects])];
    pathsByMeasure.set(measure, paths);
  }
  return paths;
}

/**
 * The part of a form a list page carries: the fields the measure's list shows or filters on and
 * the policy's subjects; every other field is left out (GET one application for the whole form),
 * so a page's size does not grow with what the forms hold.
 */
export function listedForm(policy: CompiledPolicy, measure: string, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of listedPaths(policy, measure)) {
    const value = readPath(data, path);
    if (value === undefined) continue;
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return out;
}
