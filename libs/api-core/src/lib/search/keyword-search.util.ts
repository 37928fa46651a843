/** The longest keyword a list's `q` takes: a search stays a handful of bounded LIKEs. */
export const MAX_KEYWORD = 100;

/**
 * `50%_off` → `%50\%\_off%`: the keyword as a LIKE pattern that matches it literally, lower-cased.
 * A user's `%`, `_` and `\` are text to find, not wildcards, so they are escaped with `\`
 * (the `ESCAPE '\'` of {@link containsAnyOf}: the same on SQLite and PostgreSQL).
 */
export function containsPattern(keyword: string): string {
  return `%${keyword.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `(LOWER(a) LIKE :q ESCAPE '\' OR LOWER(b) LIKE :q ESCAPE '\')`: any of the columns contains
 * the pattern bound as `:parameter` ({@link containsPattern}). LOWER on both sides makes the
 * match case-blind on both databases (PostgreSQL's LIKE is case-sensitive; SQLite's LOWER folds
 * ASCII only, which is what case means in codes, user names and the Latin in names).
 */
export function containsAnyOf(columns: readonly string[], parameter = 'q'): string {
  return `(${columns.map((column) => `LOWER(${column}) LIKE :${parameter} ESCAPE '\\'`).join(' OR ')})`;
}
