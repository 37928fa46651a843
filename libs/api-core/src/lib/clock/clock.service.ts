import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

/**
 * The time, in one place: timestamps are ISO strings (UTC, milliseconds), and a submission's
 * date, which picks the parameter version in force, is the calendar day in the configured
 * time zone. A fixed "now" (PIONEER_NOW) makes demos and tests repeatable.
 */
@Injectable()
export class Clock {
  private readonly day: Intl.DateTimeFormat;

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
    return this.day.format(typeof instant === 'string' ? new Date(instant) : instant);
  }

  today(): string {
    return this.dateOf(this.now());
  }
}
