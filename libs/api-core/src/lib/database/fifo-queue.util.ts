/**
 * Runs tasks one at a time, in the order they were queued. A failed task does not stop the
 * queue. This is how every SQLite transaction is serialised: TypeORM and better-sqlite3 share one
 * connection, and two transactions interleaving on it would nest as savepoints (see TOOLCHAIN.md).
 */
export class FifoQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return result;
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.waiting;
  }
}
