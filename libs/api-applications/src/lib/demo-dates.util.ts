const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayNumber = (date: string) => {
  const [, y, m, d] = DATE.exec(date)!;
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
};

/**
 * A copy of `example` with every date at `dateFields` (dot paths) moved by the days from `asOf` to
 * `today`. The examples are written as of the day their test case submits them; a demo started
 * later would otherwise present contracts signed too long ago to be eligible, and applications a
 * reviewer can only return. Every date moves by the same days, so each period a rule measures
 * (signed within 12 months of applying, registered less than 3 years) stays what the case tests.
 */
export function redated(example: Record<string, unknown>, dateFields: readonly string[], asOf: string, today: string): Record<string, unknown> {
  if (!DATE.test(asOf) || !DATE.test(today)) return example;
  const days = dayNumber(today) - dayNumber(asOf);
  const copy = structuredClone(example);
  for (const field of dateFields) {
    const keys = field.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = node?.[key] && typeof node[key] === 'object' ? (node[key] as Record<string, unknown>) : undefined;
    const last = keys[keys.length - 1];
    const value = node?.[last];
    if (node && typeof value === 'string' && DATE.test(value)) node[last] = new Date((dayNumber(value) + days) * DAY_MS).toISOString().slice(0, 10);
  }
  return copy;
}
