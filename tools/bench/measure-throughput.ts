/**
 * A small throughput harness: warm every contender up, then time them in alternating rounds
 * (A B, B A, A B, …) so that drift — GC pressure, CPU frequency, JIT tiering — falls on every
 * side alike. Each call gets the next input of a fixed list, so no single path stays hot.
 */
import { performance } from 'node:perf_hooks';

export interface Contender {
  name: string;
  /** One operation on input number `i` (the contender picks `inputs[i % inputs.length]`). */
  run: (i: number) => unknown;
  /** true when `run` returns a promise that must be awaited (json-rules-engine). */
  async?: boolean;
}

export interface Throughput {
  name: string;
  /** Median of the per-round rates, operations per second. */
  opsPerSecond: number;
  /** (max − min) / median of the per-round rates: how steady the measurement was. */
  spread: number;
  operations: number;
  rounds: number[];
}

export interface RaceOptions {
  warmupMs: number;
  rounds: number;
  roundMs: number;
  /** Calls between two looks at the clock (keeps timer overhead out of the figure). */
  batch?: number;
  progress?: (line: string) => void;
}

/** Keeps results observable so the JIT cannot drop the work that produced them. */
let sink = 0;
export function blackhole(): number {
  return sink;
}
function consume(value: unknown): void {
  if (value === undefined || value === null) sink++;
}

async function runFor(
  contender: Contender,
  ms: number,
  batch: number,
  start: number,
): Promise<{ ops: number; elapsed: number; next: number }> {
  let i = start;
  const began = performance.now();
  const deadline = began + ms;
  let now = began;
  if (contender.async) {
    do {
      for (let k = 0; k < batch; k++) consume(await contender.run(i++));
      now = performance.now();
    } while (now < deadline);
  } else {
    do {
      for (let k = 0; k < batch; k++) consume(contender.run(i++));
      now = performance.now();
    } while (now < deadline);
  }
  return { ops: i - start, elapsed: now - began, next: i };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times the contenders against each other; see the file comment for the method. */
export async function race(contenders: Contender[], options: RaceOptions): Promise<Throughput[]> {
  const batch = options.batch ?? 32;
  const say = options.progress ?? (() => undefined);
  const cursor = contenders.map(() => 0);
  for (const [n, c] of contenders.entries()) {
    say(`warming up ${c.name} (${options.warmupMs} ms)`);
    cursor[n] = (await runFor(c, options.warmupMs, batch, 0)).next;
  }
  const rates = contenders.map(() => [] as number[]);
  const totals = contenders.map(() => 0);
  for (let round = 0; round < options.rounds; round++) {
    const order = contenders.map((_, n) => n);
    if (round % 2) order.reverse();
    const parts: string[] = [];
    for (const n of order) {
      const { ops, elapsed, next } = await runFor(contenders[n], options.roundMs, batch, cursor[n]);
      cursor[n] = next;
      totals[n] += ops;
      const rate = (ops / elapsed) * 1000;
      rates[n].push(rate);
      parts.push(`${contenders[n].name} ${formatRate(rate)}/s`);
    }
    say(`round ${round + 1}/${options.rounds}: ${parts.join(', ')}`);
  }
  return contenders.map((c, n) => {
    const mid = median(rates[n]);
    return {
      name: c.name,
      opsPerSecond: mid,
      spread: (Math.max(...rates[n]) - Math.min(...rates[n])) / mid,
      operations: totals[n],
      rounds: rates[n],
    };
  });
}

/** 1234567 → "1,234,567"; rates are shown to the whole operation. */
export function formatRate(rate: number): string {
  return Math.round(rate)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
