import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The first `relative` path found in `from` or a folder above it: the API finds the repository's
 * generated OpenAPI document and example applications the same way from source or from a build.
 */
export function findUp(relative: string, from = __dirname): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
