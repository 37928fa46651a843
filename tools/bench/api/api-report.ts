/** bench:api's summary: one aligned table of figures and ratios, then one verdict line per goal. */

export interface ReportRow {
  benchmark: string;
  pioneer: string;
  peer: string;
  peerFigure: string;
  ratio: string;
  goal: string;
  /** undefined: no goal for this row. */
  met?: boolean;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

export const perSecond = (value: number): string => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')}/s` : '—');
export const ms = (value: number): string =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms` : '—';
export const mib = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} MiB` : '—');
export const times = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');

export function printApiReport(rows: ReportRow[], notes: string[]): void {
  const lines = table([
    ['benchmark', 'Pioneer', 'peer', 'peer figure', 'ratio', 'goal'],
    ...rows.map((r) => [r.benchmark, r.pioneer, r.peer, r.peerFigure, r.ratio, r.goal]),
  ]);
  const rule = '─'.repeat(lines[0].length);
  console.log(`\n${lines[0]}\n${rule}\n${lines.slice(1).join('\n')}\n${rule}`);
  for (const note of notes) console.log(note);
  console.log('');
  for (const r of rows) {
    if (r.met === undefined) continue;
    console.log(`${r.met ? 'MET    ' : 'NOT MET'}  ${r.benchmark}: ${r.ratio || r.pioneer} (goal ${r.goal})`);
  }
}
