/**
 * Serialises every unit of work on SQLite's one connection, and commits the writes queued at the
 * same moment together (group commit): one `BEGIN IMMEDIATE … COMMIT`, so one fsync with
 * `synchronous=FULL`, for as many writes as were waiting — each in its own savepoint, so a write
 * that fails is rolled back alone and the others still commit. A write's caller hears back only
 * after the COMMIT: nothing is acknowledged before it is on disk, and if the COMMIT fails every
 * write of the group fails.
 *
 * Reads run between groups, never inside one: they see only committed data.
 */

/** What the scheduler needs from a connection: statements without parameters. */
export interface GroupCommitConnection {
  exec(sql: string): Promise<unknown>;
}

interface Task {
  kind: 'read' | 'write';
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Outcome of one write inside a group, delivered after the group's COMMIT. */
type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

export class GroupCommitQueue {
  private readonly tasks: Task[] = [];
  private draining = false;
  /** Groups committed, and the writes they carried (for tests and benchmarks). */
  readonly stats = { groups: 0, writes: 0 };

  /** `maxGroup` bounds how long one group can hold the write lock. */
  constructor(
    private readonly connection: GroupCommitConnection,
    private readonly maxGroup = 64,
  ) {}

  read<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue('read', work);
  }

  /** `work` runs inside the group's transaction, in a savepoint of its own. */
  write<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue('write', work);
  }

  /** Units queued or running. */
  get size(): number {
    return this.tasks.length + (this.draining ? 1 : 0);
  }

  private enqueue<T>(kind: Task['kind'], run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.tasks.push({ kind, run, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let task = this.tasks.shift(); task; task = this.tasks.shift()) {
        if (task.kind === 'read') await settle(task, task.run);
        else await this.commitGroup(task);
      }
    } finally {
      this.draining = false;
    }
  }

  /** Runs `first` and every write queued behind it (also those queued while the group runs). */
  private async commitGroup(first: Task): Promise<void> {
    const group: Array<{ task: Task; outcome: Settled }> = [];
    let current: Task | undefined = first;
    // better-sqlite3 answers synchronously, so a unit of work runs on microtasks alone and the
    // requests that arrived meanwhile are still unread: let them in first, so they join this group.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      await this.connection.exec('BEGIN IMMEDIATE');
      for (; current; current = this.nextWrite(group.length)) group.push({ task: current, outcome: await this.inSavepoint(current) });
      await this.connection.exec('COMMIT');
    } catch (error) {
      // BEGIN, a savepoint or the COMMIT itself failed: nothing of the group is on disk.
      await this.connection.exec('ROLLBACK').catch(() => undefined);
      for (const { task } of group) task.reject(error);
      current?.reject(error);
      return;
    }
    this.stats.groups++;
    this.stats.writes += group.length;
    for (const { task, outcome } of group) {
      if (outcome.ok) task.resolve(outcome.value);
      else task.reject(outcome.error);
    }
  }

  private nextWrite(taken: number): Task | undefined {
    return taken < this.maxGroup && this.tasks[0]?.kind === 'write' ? this.tasks.shift() : undefined;
  }

  private async inSavepoint(task: Task): Promise<Settled> {
    await this.connection.exec('SAVEPOINT unit');
    try {
      const value = await task.run();
      await this.connection.exec('RELEASE unit');
      return { ok: true, value };
    } catch (error) {
      await this.connection.exec('ROLLBACK TO unit');
      await this.connection.exec('RELEASE unit');
      return { ok: false, error };
    }
  }
}

async function settle(task: Task, run: () => Promise<unknown>): Promise<void> {
  try {
    task.resolve(await run());
  } catch (error) {
    task.reject(error);
  }
}
