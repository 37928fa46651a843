/**
 * The instant (ISO, UTC) a calendar day (YYYY-MM-DD) starts in `timeZone`: stored timestamps are
 * UTC, but a Shenzhen day starts at 00:00 Beijing time, eight hours before the UTC one. The
 * zone's offset is read at that day's UTC midnight (a zone that moves its clocks within those
 * hours is off by the move).
 */
export function startOfDay(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, date);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(utcMidnight))
      .map((p) => [p.type, Number(p.value)]),
  );
  // The zone's wall clock at UTC midnight, read as if it were UTC, differs from it by the zone's offset.
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return new Date(utcMidnight - (wall - utcMidnight)).toISOString();
}

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
