/**
 * The instants (ISO, UTC) a calendar year starts and ends in `timeZone`: stored timestamps are
 * UTC, but a Shenzhen year starts at 00:00 Beijing time, eight hours before the UTC one.
 */
export function yearBounds(year: number, timeZone: string): { from: string; to: string } {
  return { from: startOfYear(year, timeZone), to: startOfYear(year + 1, timeZone) };
}

function startOfYear(year: number, timeZone: string): string {
  const utcMidnight = Date.UTC(year, 0, 1);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(utcMidnight))
      .map((p) => [p.type, Number(p.value)]),
  );
  // The zone's wall clock at UTC midnight, read as if it were UTC, differs from it by the zone's offset.
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return new Date(utcMidnight - (wall - utcMidnight)).toISOString();
}
