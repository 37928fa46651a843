import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor, RateLimitOptions } from '@fastify/rate-limit';
import type { DatabaseService } from '../database/database.service';
import { runSql } from '../database/table-sql';
import { SIGN_IN_RATE_LIMIT } from './sign-in-rate-limit.decorator';

// The plugin's own in-memory store: not in its typings, but a stable file of the package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => FastifyRateLimitStore;

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];
type RouteParams = RateLimitOptions & { routeInfo?: { method?: string | string[]; url?: string; config?: Record<string, unknown> } };

/**
 * One attempt counted in the database: the window restarts once it is over, otherwise the hits
 * go up by one, atomically (an upsert under the row's lock), whichever API process counts it.
 * Written with $n; SQLite takes the same statement (upsert and RETURNING, 3.35+).
 */
const HIT = `INSERT INTO "rate_limit_windows" ("bucket", "started_at", "hits") VALUES ($1, $2, 1)
  ON CONFLICT ("bucket") DO UPDATE SET
    "hits" = CASE WHEN "rate_limit_windows"."started_at" + $3 <= $2 THEN 1 ELSE "rate_limit_windows"."hits" + 1 END,
    "started_at" = CASE WHEN "rate_limit_windows"."started_at" + $3 <= $2 THEN $2 ELSE "rate_limit_windows"."started_at" END
  RETURNING "hits", "started_at"`;
const SWEEP = `DELETE FROM "rate_limit_windows" WHERE "started_at" < $1`;

/**
 * The sign-in limit's store: counts in the database, so behind several replicas an attacker
 * guessing passwords gets PIONEER_SIGN_IN_RATE_LIMIT attempts a minute in all, not that many per
 * replica. Sign-in is rare and already writes (its session), so one more statement is cheap there;
 * the general per-principal limit stays in memory (it guards each process's own capacity).
 */
export class DatabaseWindowStore implements FastifyRateLimitStore {
  private sweptAt = 0;

  /** `now`: wall-clock ms (the process's clock: replicas' clocks agree to well within a window). */
  constructor(
    private readonly database: () => DatabaseService,
    private readonly scope: string,
    private readonly now: () => number = Date.now,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number): void {
    this.hit(`${this.scope} ${key}`, timeWindow).then(
      (result) => callback(null, result),
      (error: Error) => callback(error),
    );
  }

  child(): FastifyRateLimitStore {
    return this;
  }

  private hit(bucket: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    const now = this.now();
    return this.database().write(async (manager) => {
      // Windows over for a while are deleted, at most once a window per process: the table holds
      // the addresses of the last minute or so, however many tried.
      if (now - this.sweptAt >= timeWindow) {
        this.sweptAt = now;
        await runSql(manager, SWEEP, [now - timeWindow]);
      }
      const [row] = (await runSql(manager, HIT, [bucket.slice(0, 200), now, timeWindow])) as Array<{ hits: number | string; started_at: number | string }>;
      return { current: Number(row.hits), ttl: Math.max(0, Number(row.started_at) + timeWindow - now) };
    });
  }
}

/**
 * The rate-limit plugin's store: in memory per process for the general limit, in the database
 * (`DatabaseWindowStore`) for routes under the sign-in limit (`@SignInRateLimit()`).
 */
export function rateLimitStores(database: () => DatabaseService): FastifyRateLimitStoreCtor {
  return class RateLimitStores implements FastifyRateLimitStore {
    private readonly local: FastifyRateLimitStore;

    constructor(options: RateLimitOptions) {
      this.local = new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache);
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      this.local.incr(key, callback, timeWindow, max);
    }

    child(params: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (params as RouteParams).routeInfo;
      if (!route?.config?.[SIGN_IN_RATE_LIMIT]) return this.local.child(params);
      return new DatabaseWindowStore(database, `${[route.method].flat().join(',')} ${route.url}`);
    }
  };
}
