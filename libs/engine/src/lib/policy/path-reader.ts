/** A reader of one dot path of an application, split once. */
export function pathReader(path: string | undefined): (app: unknown) => unknown {
  if (!path) return () => undefined;
  const keys = path.split('.');
  return (app) => {
    let value: unknown = app;
    for (const key of keys) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
}
