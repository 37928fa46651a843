/**
 * A run's progress, written one write at a time: the latest count wins (a page finished while a
 * write is in flight is written right after it, pages in between are not), and at least every
 * `beatMs` even when no page finishes (a slow page, the file's last flush), as the run's heartbeat.
 * `write` answers false once the run lost its claim; `onLost` hears of it.
 */
export class ProgressWriter {
  private rows = 0;
  private total?: number;
  private totalWritten = false;
  private written = -1;
  private inFlight?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private lost?: () => void;

  constructor(
    private readonly write: (rows: number, total?: number) => Promise<boolean>,
    private readonly beatMs: number,
  ) {}

  /** The rows the export holds; the heartbeat starts. */
  start(total: number): void {
    this.total = total;
    this.timer = setInterval(() => this.flush(true), this.beatMs).unref();
    this.flush(true);
  }

  report(rows: number): void {
    this.rows = rows;
    this.flush(false);
  }

  onLost(listener: () => void): void {
    this.lost = listener;
  }

  /** Stops the heartbeat once the last count is written; the rows written. */
  async end(): Promise<number> {
    clearInterval(this.timer);
    while (this.inFlight) await this.inFlight;
    if (this.timer && this.written !== this.rows) await this.once();
    return this.rows;
  }

  private flush(beat: boolean): void {
    if (this.inFlight || (!beat && this.written === this.rows)) return;
    this.inFlight = this.once().finally(() => {
      this.inFlight = undefined;
      if (this.written !== this.rows) this.flush(false);
    });
  }

  private async once(): Promise<void> {
    const rows = this.rows;
    // rows_total once, with the first write. A write that failed (the database busy for a moment) is
    // not a lost claim: the next one tells.
    const alive = await this.write(rows, this.totalWritten ? undefined : this.total).catch(() => true);
    this.totalWritten = true;
    this.written = rows;
    if (!alive) this.lost?.();
  }
}
