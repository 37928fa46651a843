import type { Lang } from '@pioneer/engine';

// Applicants are in Shenzhen and the API decides days in Beijing time: an instant's day is
// Beijing's, whatever zone the visitor's machine is set to (slicing the ISO text gave UTC's day,
// the day before for anything submitted before 08:00).
const DAY = { 'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }), en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Shanghai' }) };

/**
 * A calendar day as its readers write it: 2025年6月1日 / 1 Jun 2025. Takes a stored day
 * (YYYY-MM-DD, shown as that day) or an instant (shown as its day in Beijing time).
 */
export function formatDay(value: string, lang: Lang): string {
  // A bare day is noon in Beijing, so the zone never moves it to a neighbouring day.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+08:00`) : new Date(value);
  return Number.isNaN(instant.getTime()) ? value : DAY[lang].format(instant);
}
