/**
 * Request bodies built to make one eligibility check as expensive as possible while staying under
 * the API's 1 MiB body limit: what an anonymous-looking client (any valid token) can send to
 * `POST /api/measures/<code>/eligibility`, which validates and evaluates a partial form.
 */

type Json = Record<string, unknown>;

export interface HostileBody {
  name: string;
  body: string;
}

/** Just under the default PIONEER_BODY_LIMIT (1,048,576 bytes), so the API reads each body in full. */
export const BODY_BYTES = 1_000_000;

/** Repeats `unit` (joined by commas) as often as fits in `bytes` minus the rest of the body. */
function fill(unit: string, bytes: number): string {
  return Array(Math.max(1, Math.floor(bytes / (unit.length + 1))))
    .fill(unit)
    .join(',');
}

/**
 * The shapes: arrays of 20k and of ~330k empty objects where the form expects a few attachments
 * (how the cost grows with the count); one string of a million characters; an array nested ~500k
 * deep; an object with ~80k unknown keys; and, for scale, the valid example itself.
 */
export function hostileBodies(example: Json, arrayField: string): HostileBody[] {
  const [section, key] = arrayField.split('.');
  const withRaw = (raw: string) => {
    const marker = '"__RAW__"';
    const text = JSON.stringify({ ...example, [section]: { ...(example[section] as Json), [key]: '__RAW__' } });
    return text.replace(marker, raw);
  };
  const base = JSON.stringify(example).length;
  const depth = Math.floor((BODY_BYTES - base) / 2);
  return [
    { name: 'the valid example (for scale)', body: JSON.stringify(example) },
    { name: `${arrayField}: 20k empty objects`, body: withRaw(`[${Array(20_000).fill('{}').join(',')}]`) },
    { name: `${arrayField}: ~330k empty objects`, body: withRaw(`[${fill('{}', BODY_BYTES - base)}]`) },
    { name: `${arrayField}: one 1 MB string`, body: withRaw(JSON.stringify('x'.repeat(BODY_BYTES - base - 10))) },
    { name: `${arrayField}: array nested ${Math.round(depth / 1000)}k deep`, body: withRaw(`${'['.repeat(depth)}${']'.repeat(depth)}`) },
    {
      name: `${section}: ~80k unknown keys`,
      body: JSON.stringify({ ...example, [section]: Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`k${i}`, 0])) }),
    },
  ];
}
