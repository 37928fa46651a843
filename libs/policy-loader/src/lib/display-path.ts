import path from 'node:path';

/** A file as problems show it: relative to the working directory when inside it, so a person can open it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
