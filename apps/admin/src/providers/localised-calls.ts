/**
 * A client's calls, each run through `call` (which turns API errors into HttpErrors in the current
 * language), including the calls of the groups nested in it (`backoffice.exportJobs`): mapping only
 * the top level would turn a nested group into a function, and `group.call()` would throw
 * "is not a function" at the click that uses it.
 */
export function localisedCalls<T extends object>(calls: T, call: <R>(work: () => Promise<R>) => Promise<R>): T {
  const entries = Object.entries(calls).map(([name, member]: [string, unknown]) => {
    if (typeof member === 'function') return [name, (...args: unknown[]) => call(() => (member as (...a: unknown[]) => Promise<unknown>)(...args))];
    if (typeof member === 'object' && member !== null) return [name, localisedCalls(member, call)];
    return [name, member];
  });
  return Object.fromEntries(entries) as T;
}
