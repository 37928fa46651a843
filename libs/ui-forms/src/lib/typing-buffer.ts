/**
 * How long typing must pause before the form hears of it. Each change the form hears re-runs
 * rjsf's whole-form work (defaults, validation once tried, every field's comparison) and the
 * page's live estimate: per keystroke that cost ~140 ms a key at 4× CPU throttle on the largest
 * form (issue 10). Typed in a burst, a field reports once, when the burst ends; leaving the field
 * or pressing Enter reports at once.
 */
export const TYPING_PAUSE_MS = 180;

/** Holds the latest value typed and hands it on once typing pauses, or at once when flushed. */
export class TypingBuffer<V> {
  private pending: { value: V; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(
    private readonly deliver: (value: V) => void,
    private readonly pauseMs = TYPING_PAUSE_MS,
  ) {}

  /** Whether a value typed has not been handed on yet (the form's value is then older than the field's). */
  get holding(): boolean {
    return this.pending !== null;
  }

  put(value: V): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = { value, timer: setTimeout(() => this.flush(), this.pauseMs) };
  }

  /** Hands on the value held, if any: before the form is submitted or the field is left. */
  flush(): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = null;
    this.deliver(pending.value);
  }

  /** Drops the value held (the field is gone). */
  cancel(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
