import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, PioneerApiError, type OfflineMeasure } from '../src/index';
import { REPO_ROOT, startApi, type ApiProcess } from './support/api-process';

// Parity of the SDK's offline engine (libs/sdk/src/generated/offline, one measure per entry
// point) with the API's POST /estimate, over real HTTP on SQLite: every measure's example
// application, each number in it changed (0, a hundredth, ×10, ×1000) so caps, tiers and
// minimums are crossed, on dates before, inside and after the policy's validity. Statuses,
// amounts in fen, rules and trace must be the same; an invalid form is a 400 naming the same
// pointers as the offline validation.
const policies = path.join(REPO_ROOT, 'schemas/policies');
/** Every example application of every policy folder: [measure code, its file]. */
const examples = readdirSync(policies).flatMap((policy) => {
  const dir = path.join(policies, policy, 'examples/applications');
  return existsSync(dir) ? readdirSync(dir).map((file) => [file.replace(/\.json$/, ''), path.join(dir, file)] as const) : [];
});
const DATES = ['2024-01-02', '2025-06-01', '2026-11-30'];
const ADMIN = 'sdk-parity-admin-token';

type Json = Record<string, unknown>;

/** The example with one number changed, for each number in it and each factor. */
function variants(example: Json): Json[] {
  const out: Json[] = [example];
  const visit = (node: unknown, at: Array<string | number>) => {
    if (typeof node === 'number') {
      for (const factor of [0, 0.01, 10, 1000]) {
        const copy = structuredClone(example);
        let parent = copy as Record<string | number, unknown>;
        for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[at[at.length - 1]] = Math.round(node * factor);
        out.push(copy);
      }
    } else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) visit(value, [...at, Array.isArray(node) ? Number(key) : key]);
  };
  visit(example, []);
  return out;
}

describe('the SDK offline engine decides as the API does (POST /estimate), to the fen', () => {
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApi({ PIONEER_TOKENS: JSON.stringify({ [ADMIN]: 'admin' }), PIONEER_RATE_LIMIT: '100000' });
  }, 120000);

  afterAll(() => api?.stop());

  it.each(examples)('%s', async (code, file) => {
    const client = createClient({ baseUrl: api.base, token: ADMIN, retries: 0 });
    const offline = (await import(path.join(REPO_ROOT, `libs/sdk/src/generated/offline/${code}.gen`))).default as OfflineMeasure;
    const example = JSON.parse(readFileSync(file, 'utf8')) as Json;
    const statuses = new Set<string>();
    let compared = 0;
    for (const application of variants(example)) {
      for (const asOf of DATES) {
        const local = offline.estimate(application, { asOf });
        statuses.add(local.status);
        try {
          const remote = await client.applications(code).estimate(application, { asOf });
          expect({ asOf, application, decision: remote }).toEqual({ asOf, application, decision: local });
        } catch (error) {
          if (!(error instanceof PioneerApiError)) throw error;
          expect({ asOf, application, status: error.status, pointers: error.issues?.map((i) => i.pointer).sort() }).toEqual({
            asOf,
            application,
            status: local.status === 'invalid' ? 400 : 'an answer, not an error',
            pointers: local.status === 'invalid' ? local.errors.map((e) => e.pointer).sort() : undefined,
          });
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(DATES.length);
    // Dates outside the policy's validity are decided too: more than one outcome is compared.
    expect(statuses.size).toBeGreaterThan(1);
  });
});
