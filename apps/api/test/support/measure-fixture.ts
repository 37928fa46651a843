/* eslint-disable @typescript-eslint/no-explicit-any -- test data is arbitrary JSON */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicies, MEASURES } from '@pioneer/contracts';
import { type CompiledPolicy, type Decision, usccCheckCharacter } from '@pioneer/engine';
import { findUp } from '../../src/find-up.util';

type Json = Record<string, any>;

/** A measure the suite exercises, chosen from the schemas (never named in code), with its example. */
export interface MeasureFixture {
  code: string;
  policy: CompiledPolicy;
  example: Json;
  applicantPath: string;
  /** What the engine decides for the example on the test date. */
  expected: Decision;
}

export const clone = <T>(value: T): T => structuredClone(value);

export function setPath(data: Json, dotPath: string, value: unknown): Json {
  const copy = clone(data);
  const keys = dotPath.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[keys[keys.length - 1]] = value;
  return copy;
}

export function getPath(data: Json, dotPath: string): unknown {
  return dotPath.split('.').reduce<any>((node, key) => node?.[key], data);
}

/** A valid credit code that no example uses. */
export const otherApplicantId = (seed: string): string => {
  const first17 = `91440300${seed.padEnd(9, '0').slice(0, 9).toUpperCase().replace(/[^0-9A-HJ-NPQRTUWXY]/g, '1')}`;
  return first17 + usccCheckCharacter(first17);
};

/**
 * The first measure (catalogue order) with a form, an example application and an eligible,
 * money-paying decision on `asOf`: the suite needs an award to check it is stored.
 */
export function pickMeasure(asOf: string, wanted: (fixture: MeasureFixture) => boolean = () => true): MeasureFixture {
  const found = examples(asOf).find((f) => f.expected.status === 'eligible' && !!f.expected.award?.amount && !f.expected.award.benefit && wanted(f));
  if (!found) throw new Error('no measure with an example application that pays money on the test date (and the qualities the test asks for)');
  return found;
}

/** A measure in an annual budget, decided without a rubric: the approval path with a known amount. */
export const pickBudgetedMeasure = (asOf: string): MeasureFixture => pickMeasure(asOf, (f) => !!f.policy.budgetOf(f.code) && !f.policy.measure(f.code).rubric);

/** A measure scored on a rubric whose example is eligible and waits on the scores for its amount. */
export function pickRubricMeasure(asOf: string): MeasureFixture {
  const found = examples(asOf).find((f) => !!f.policy.measure(f.code).rubric && f.expected.status === 'eligible' && f.expected.award?.amount === null && !f.expected.award?.benefit);
  if (!found) throw new Error('no measure with a rubric and an eligible example waiting on scores');
  return found;
}

/** Every measure with a form and an example application, with the engine's decision on `asOf`. */
function examples(asOf: string): MeasureFixture[] {
  const policies = loadPolicies();
  const out: MeasureFixture[] = [];
  const examplesDirs = readdirSync(findUp('schemas/policies')!).map((name) => path.join(findUp('schemas/policies')!, name, 'examples', 'applications'));
  for (const entry of MEASURES) {
    if (!entry.hasForm) continue;
    const file = examplesDirs.map((dir) => path.join(dir, `${entry.code}.json`)).find((f) => existsSync(f));
    if (!file) continue;
    const policy = policies.find((p) => p.measures.has(entry.code))!;
    const example = JSON.parse(readFileSync(file, 'utf8')) as Json;
    const expected = policy.evaluate(entry.code, example, { asOf });
    out.push({ code: entry.code, policy, example, applicantPath: policy.info.subjects.applicantId, expected });
  }
  return out;
}
