import path from 'node:path';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { exampleApplication, exampleFile, goldenPolicy, withChanges, type Application } from '../../../testing/golden';

const folder = path.resolve(__dirname, '..');
const policy = goldenPolicy(folder);
const asOf = '2025-06-01';

/** Every share-of-base and matching measure whose base is a form field, with its example. */
const measures = [...policy.measures.values()]
  .filter((m) => m.info.family === 'share-of-base' || m.info.family === 'matching')
  .map((m) => {
    const award = m.schema['x-award'] as { base: { var?: string } };
    return {
      measure: m,
      basePath: award.base.var,
      example: existsSync(exampleFile(folder, m.code)) ? exampleApplication(folder, m.code) : undefined,
    };
  });

const withBase = (example: unknown, basePath: string, fen: number) => withChanges(example as Application, { [basePath]: fen });

describe('share-of-base awards: integer fen, 0 ≤ award ≤ cap, monotone in the base', () => {
  it('covers every share-of-base measure with an example whose base is a field', () => {
    expect(measures.length).toBeGreaterThanOrEqual(8);
    for (const { measure, basePath, example } of measures) {
      expect({ code: measure.code, basePath: typeof basePath, example: typeof example }).toEqual({
        code: measure.code,
        basePath: 'string',
        example: 'object',
      });
      expect({ code: measure.code, status: policy.evaluate(measure.code, example, { asOf }).status }).toEqual({
        code: measure.code,
        status: 'eligible',
      });
    }
  });

  it.each(measures.map((m) => [m.measure.code, m]))('%s', (_code, { measure, basePath, example }) => {
    const capParam = (measure.schema['x-award'] as { cap: { param?: string } }).cap.param;
    const cap = capParam ? (measure.versions[0].values[capParam] as number) : Number.MAX_SAFE_INTEGER;
    const amount = (base: number) => policy.evaluate(measure.code, withBase(example, basePath!, base), { asOf }).award?.amount;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), fc.integer({ min: 0, max: 100_000_000_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const x = amount(low);
        const y = amount(high);
        if (x === undefined || x === null || y === undefined || y === null) return true; // ineligible at this base: no award to check
        return Number.isSafeInteger(x) && x >= 0 && x <= cap && y <= cap && x <= y;
      }),
      { numRuns: 200 },
    );
  });
});
