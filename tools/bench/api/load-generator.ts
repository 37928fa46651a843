/**
 * A closed-loop HTTP load generator on undici: `connections` workers share one keep-alive pool of
 * as many sockets, and each runs one operation after another (an operation may be several
 * requests: create, then submit). Fixed duration or fixed count, so every run stops by itself.
 * Latency is per operation, from its first byte sent to its last response read.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { percentile } from './percentile.util';

/** One HTTP call made by an operation. */
export type Call = (
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options?: { body?: string; headers?: Record<string, string> },
) => Promise<{ status: number; text: string }>;

/** One unit of work; throws when a response is not the one expected (counted as an error). */
export type Operation = (call: Call, i: number) => Promise<void>;

export interface LoadOptions {
  connections: number;
  /** Stop starting operations after this long (ms)… */
  durationMs?: number;
  /** …or after this many operations… */
  operations?: number;
  /** …or once this says so (checked before each operation). */
  stopWhen?: () => boolean;
  /** Run (unrecorded) this long first, so the JIT and the database caches are warm. */
  warmupMs?: number;
  /** Give up on a response after this long (default 60 s); the operation counts as an error. */
  requestTimeoutMs?: number;
}

export interface LoadResult {
  operations: number;
  requests: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  /** Successful operations per second. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  statuses: Record<number, number>;
}

async function drive(pool: Pool, connections: number, operation: Operation, until: { ms?: number; count?: number; stop?: () => boolean }): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let requests = 0;
  let errors = 0;
  let started = 0;
  let firstError: string | undefined;
  const call: Call = async (method, path, options = {}) => {
    requests++;
    const response = await pool.request({
      method,
      path,
      body: options.body,
      headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
    });
    const text = await response.body.text();
    statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    return { status: response.statusCode, text };
  };
  const began = performance.now();
  const deadline = until.ms === undefined ? Infinity : began + until.ms;
  const more = () => performance.now() < deadline && (until.count === undefined || started < until.count) && !until.stop?.();
  const worker = async () => {
    while (more()) {
      const i = started++;
      const t = performance.now();
      try {
        await operation(call, i);
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedMs = performance.now() - began;
  latencies.sort((a, b) => a - b);
  return {
    operations: latencies.length + errors,
    requests,
    errors,
    firstError,
    elapsedMs,
    perSecond: (latencies.length * 1000) / elapsedMs,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.length ? latencies[latencies.length - 1] : Number.NaN,
    statuses,
  };
}

/** Runs `operation` against `origin` (http://127.0.0.1:port) as the options say; see the file comment. */
export async function runLoad(origin: string, options: LoadOptions, operation: Operation): Promise<LoadResult> {
  if (options.durationMs === undefined && options.operations === undefined && options.stopWhen === undefined)
    throw new Error('runLoad: give durationMs, operations or stopWhen, so the run ends');
  const timeout = options.requestTimeoutMs ?? 60_000;
  const pool = new Pool(origin, {
    connections: options.connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    headersTimeout: timeout,
    bodyTimeout: timeout,
  });
  try {
    if (options.warmupMs) await drive(pool, options.connections, operation, { ms: options.warmupMs });
    return await drive(pool, options.connections, operation, { ms: options.durationMs, count: options.operations, stop: options.stopWhen });
  } finally {
    // destroy, not close: a request still waiting on a stuck server must not hold the run open.
    await pool.destroy();
  }
}

/** Throws unless `status` is `expected`: an operation's way of counting a wrong answer as an error. */
export function expectStatus(what: string, response: { status: number; text: string }, expected: number): void {
  if (response.status !== expected)
    throw new Error(`${what}: HTTP ${response.status} (expected ${expected}): ${response.text.slice(0, 300)}`);
}
