import { startOfDay } from '@pioneer/api-core';

/** The instants (ISO, UTC) a calendar year starts and ends in `timeZone` (a Shenzhen year starts eight hours before the UTC one). */
export function yearBounds(year: number, timeZone: string): { from: string; to: string } {
  return { from: startOfDay(`${year}-01-01`, timeZone), to: startOfDay(`${year + 1}-01-01`, timeZone) };
}
