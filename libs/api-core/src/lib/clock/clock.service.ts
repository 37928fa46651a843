import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { startOfDay } from './start-of-day.util';

/**
 * The time, in one place: timestamps are ISO strings (UTC, milliseconds), and a submission's
 * date, which picks the parameter version in force, is the calendar day in the configured
 * time zone. A fixed "now" (PIONEER_NOW) makes demos and tests repeatable.
 */
@Injectable()
export class Clock {
  private readonly day: Intl.DateTimeFormat;
  /** Calendar days by UTC minute: Intl formatting is slow, and every offset is whole minutes. */
  private readonly days = new Map<string, string>();

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.day = new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  now(): Date {
    return this.config.fixedNow ? new Date(this.config.fixedNow) : new Date();
  }

  /** The current instant as an ISO string, e.g. `2025-06-01T01:02:03.004Z`. */
  timestamp(): string {
    return this.now().toISOString();
  }

  /** The calendar day (YYYY-MM-DD) of an instant in the configured time zone. */
  dateOf(instant: Date | string): string {
    const date = typeof instant === 'string' ? new Date(instant) : instant;
    const minute = date.toISOString().slice(0, 16);
    let day = this.days.get(minute);
    if (day === undefined) {
      if (this.days.size >= 10_000) this.days.clear();
      day = this.day.format(date);
      this.days.set(minute, day);
    }
    return day;
  }

  /** The instant (ISO, UTC) a calendar day (YYYY-MM-DD) starts in the configured time zone. */
  startOf(day: string): string {
    return startOfDay(day, this.config.timeZone);
  }

  today(): string {
    return this.dateOf(this.now());
  }
}
