import type { Readable } from 'node:stream';

/**
 * Destroys `stream` if it has not ended `ms` after it was made: a client that stops reading an
 * export must not hold its snapshot open for ever (on SQLite an open read keeps the WAL from being
 * checkpointed; on PostgreSQL an old snapshot holds back VACUUM). Destroying the stream ends the
 * pages' generator, whose `finally` closes the snapshot; the client sees a broken download.
 */
export function endWithin<T extends Readable>(stream: T, ms: number): T {
  const timer = setTimeout(() => stream.destroy(new Error(`export not taken within ${ms} ms`)), ms);
  timer.unref();
  stream.once('close', () => clearTimeout(timer));
  return stream;
}
