import { createHash } from 'node:crypto';

/** One changed value of a form, as the audit log keeps it: where, and a fingerprint of each side. */
export interface FieldChange {
  pointer: string;
  /** First 16 hex digits of the SHA-256 of the JSON value; null where there was none. */
  before: string | null;
  after: string | null;
}

/** The most changes one audit event lists; `changedFields` still counts them all. */
const MAX_LISTED = 200;

const fingerprint = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Every leaf of a JSON value by pointer (an empty object or list is a leaf of its own). */
function leaves(value: unknown, pointer = '', out = new Map<string, unknown>()): Map<string, unknown> {
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : value !== null && typeof value === 'object' ? Object.entries(value) : null;
  if (!entries || entries.length === 0) out.set(pointer, value);
  else for (const [key, item] of entries) leaves(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  return out;
}

/**
 * What an edit changed, field by field: pointers with fingerprints of the old and new values, so
 * the audit log proves what changed (and lets anyone holding a value check it) without copying
 * the applicant's data into the log.
 */
export function formChanges(before: unknown, after: unknown): { changedFields: number; changes: FieldChange[] } {
  const old = leaves(before);
  const now = leaves(after);
  const changes: FieldChange[] = [];
  let changedFields = 0;
  for (const pointer of new Set([...old.keys(), ...now.keys()])) {
    const a = old.has(pointer) ? fingerprint(old.get(pointer)) : null;
    const b = now.has(pointer) ? fingerprint(now.get(pointer)) : null;
    if (a === b) continue;
    changedFields += 1;
    if (changes.length < MAX_LISTED) changes.push({ pointer, before: a, after: b });
  }
  return { changedFields, changes };
}
