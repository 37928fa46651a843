import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAjv } from '@pioneer/engine';
import { DEFAULT_SCHEMAS_ROOT } from '@pioneer/policy-loader';
import { readJsonFile } from './read-json';

/** The published schemas of the evaluate command's input files (schemas/inputs). */
export const INPUT_SCHEMAS = {
  history: 'inputs/funding-history.schema.json',
  scores: 'inputs/reviewer-scores.schema.json',
} as const;

/**
 * Reads an input file and checks it against its published schema, so a wrong file is a message
 * naming the file, the place and the problem — never a crash deep in the engine.
 */
export function readInputFile(file: string, what: keyof typeof INPUT_SCHEMAS): unknown {
  const data = readJsonFile(file, what);
  const schemaFile = path.join(DEFAULT_SCHEMAS_ROOT, INPUT_SCHEMAS[what]);
  const validate = createAjv().compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  if (validate(data)) return data;
  const problems = (validate.errors ?? []).slice(0, 10).map((e) => {
    const where = e.instancePath || '/';
    const detail = e.keyword === 'additionalProperties' ? ` ('${String(e.params.additionalProperty)}')` : '';
    return `  ${where}: ${e.message}${detail}`;
  });
  throw new Error(`the ${what} file '${file}' does not match schemas/${INPUT_SCHEMAS[what]}:\n${problems.join('\n')}`);
}
