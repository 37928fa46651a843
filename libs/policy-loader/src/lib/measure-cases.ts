// Reads the data test cases beside a policy's measures (`<policy>/cases/<measure>/*.json`) and
// checks each against the published schemas/inputs/test-case.schema.json, so a mistyped case is a
// problem naming its file and JSON pointer, never a confusing failure of the measure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createAjv, type MeasureTestCase, type SchemaProblem } from '@pioneer/engine';
import type { ValidateFunction } from 'ajv';
import { displayPath } from './display-path';

/** A case file: where it is, which measure it tests, what it says. */
export interface MeasureCaseFile {
  /** Path relative to the working directory, as problems show it. */
  file: string;
  measure: string;
  testCase: MeasureTestCase;
}

const INPUT_SCHEMAS = ['funding-history.schema.json', 'reviewer-scores.schema.json', 'test-case.schema.json'];
const validators = new Map<string, ValidateFunction>();

/** The compiled test-case schema of a schemas root (compiled once per root). */
export function testCaseValidator(schemasRoot: string): ValidateFunction {
  let validate = validators.get(schemasRoot);
  if (!validate) {
    const ajv = createAjv();
    for (const name of INPUT_SCHEMAS) ajv.addSchema(JSON.parse(readFileSync(path.join(schemasRoot, 'inputs', name), 'utf8')));
    validate = ajv.getSchema('https://schemas.pioneer.dev/inputs/test-case.schema.json')!;
    validators.set(schemasRoot, validate);
  }
  return validate;
}

/** The problems of one case's JSON against the test-case schema, each at its JSON pointer. */
export function testCaseProblems(json: unknown, file: string, schemasRoot: string): SchemaProblem[] {
  const validate = testCaseValidator(schemasRoot);
  if (validate(json)) return [];
  return (validate.errors ?? []).slice(0, 20).map((error) => ({
    file,
    pointer: error.instancePath,
    message:
      error.keyword === 'additionalProperties'
        ? `${error.message} ('${String(error.params.additionalProperty)}'): see schemas/inputs/test-case.schema.json`
        : `${error.message}: see schemas/inputs/test-case.schema.json`,
  }));
}

/** The folder of a measure's cases. */
export function measureCasesFolder(policyDir: string, measure: string): string {
  return path.join(policyDir, 'cases', measure);
}

/** Reads every case of a policy (or of one measure), sorted by measure then file name. */
export function readMeasureCases(
  policyDir: string,
  schemasRoot: string,
  measure?: string,
): { cases: MeasureCaseFile[]; problems: SchemaProblem[] } {
  const root = path.join(policyDir, 'cases');
  const measures = measure ? [measure] : existsSync(root) ? readdirSync(root).sort() : [];
  const cases: MeasureCaseFile[] = [];
  const problems: SchemaProblem[] = [];
  for (const code of measures) {
    const dir = measureCasesFolder(policyDir, code);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const full = path.join(dir, name);
      const file = displayPath(full);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(full, 'utf8'));
      } catch (error) {
        problems.push({ file, pointer: '', message: `cannot read JSON: ${(error as Error).message}` });
        continue;
      }
      const found = testCaseProblems(json, file, schemasRoot);
      if (found.length) problems.push(...found);
      else cases.push({ file, measure: code, testCase: json as MeasureTestCase });
    }
  }
  return { cases, problems };
}
