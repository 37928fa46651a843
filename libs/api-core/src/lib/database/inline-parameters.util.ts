/**
 * Writes `$1…$n` of a PostgreSQL statement as literals, for the simple query protocol (which takes
 * no parameters but runs several statements in one round trip: `DatabaseService.commitWith`).
 * Strings go through `quote`, the driver's own `escapeLiteral`; numbers must be finite integers
 * (money is integer fen); arrays of strings become array literals, to be CAST by the statement.
 * Anything else is refused rather than guessed at.
 */
export function inlineParameters(text: string, values: readonly unknown[], quote: (value: string) => string): string {
  return text.replace(/\$(\d+)/g, (_, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= values.length) throw new Error(`inlineParameters: no value for $${digits}`);
    return literal(values[index], quote);
  });
}

function literal(value: unknown, quote: (value: string) => string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`inlineParameters: ${value} is not a whole number`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return quote(`{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  }
  throw new Error(`inlineParameters: cannot write a ${typeof value} as a literal`);
}
