import { readFileSync } from 'node:fs';

/** Reads a JSON file, with an error that says which file and what to do. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read the ${what} file '${file}': check the path`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`the ${what} file '${file}' is not valid JSON: ${(error as Error).message}`);
  }
}
