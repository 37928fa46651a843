/** The benchmark's summary: an aligned table, then one verdict line per goal. */
import { formatRate, median, type Throughput } from './measure-throughput';

export interface ComparedRow {
  title: string;
  ours: Throughput;
  peer: Throughput;
  /** Pioneer must be at least this many times faster. */
  goalRatio: number;
}

export interface AbsoluteRow {
  title: string;
  ours: Throughput;
  /** Operations per second Pioneer must reach. */
  goalRate: number;
  note: string;
}

/** Ratios below 1 need two decimals to be read against a goal such as 0.6×. */
const fixed = (ratio: number) => ratio.toFixed(ratio < 1 ? 2 : 1);

const pct = (spread: number) => `±${Math.round((spread * 100) / 2)}%`;

/**
 * Median of the per-round ratios: each round times both sides back to back, so a round's ratio
 * is taken under one machine state, and a busy neighbour moves it far less than the raw rates.
 */
export function pairedRatio(r: ComparedRow): number {
  return median(r.ours.rounds.map((rate, i) => rate / r.peer.rounds[i]));
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

export function printReport(compared: ComparedRow[], absolute: AbsoluteRow[]): boolean {
  const rows = [['benchmark', 'Pioneer ops/s', 'peer', 'peer ops/s', 'ratio', 'goal']];
  for (const r of compared) {
    rows.push([
      r.title,
      `${formatRate(r.ours.opsPerSecond)} ${pct(r.ours.spread)}`,
      r.peer.name,
      `${formatRate(r.peer.opsPerSecond)} ${pct(r.peer.spread)}`,
      `${fixed(pairedRatio(r))}×`,
      `≥ ${r.goalRatio}×`,
    ]);
  }
  for (const r of absolute) {
    rows.push([r.title, `${formatRate(r.ours.opsPerSecond)} ${pct(r.ours.spread)}`, '—', '—', '—', `≥ ${formatRate(r.goalRate)}/s`]);
  }
  const lines = table(rows);
  const rule = '─'.repeat(lines[0].length);
  console.log(`\n${lines[0]}\n${rule}\n${lines.slice(1).join('\n')}\n${rule}`);
  console.log('ops/s: median of the timed rounds, ± half the range between the slowest and fastest round;');
  console.log('ratio: median of the per-round ratios (both sides timed back to back in each round).\n');

  let allMet = true;
  for (const r of compared) {
    const ratio = pairedRatio(r);
    const met = ratio >= r.goalRatio;
    allMet &&= met;
    console.log(`${met ? 'MET    ' : 'NOT MET'}  ${r.title}: ${fixed(ratio)}× ${r.peer.name} (goal ≥ ${r.goalRatio}×)`);
  }
  for (const r of absolute) {
    const met = r.ours.opsPerSecond >= r.goalRate;
    allMet &&= met;
    console.log(
      `${met ? 'MET    ' : 'NOT MET'}  ${r.title}: ${formatRate(r.ours.opsPerSecond)}/s (goal ≥ ${formatRate(r.goalRate)}/s); ${r.note}`,
    );
  }
  return allMet;
}
