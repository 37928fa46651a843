import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { GroupCommitQueue } from './group-commit.util';
import { openSnapshot, type SnapshotReader } from './snapshot-reader';

/**
 * The one way the API touches its database: `read` and `write` units of work.
 *
 * - PostgreSQL: `write` is one READ COMMITTED transaction; concurrent writers (also from other
 *   API processes) are made safe by conditional updates (`UPDATE … WHERE status = …`), which the
 *   database re-checks under the row lock.
 * - SQLite: one connection serves everything, so every unit of work, read or write, goes
 *   through one queue: no transaction ever interleaves with another request's queries. The
 *   writes waiting at the same moment commit as one group (`GroupCommitQueue`: one BEGIN
 *   IMMEDIATE and one fsync, a savepoint each), which is what makes SQLite keep up under load;
 *   BEGIN IMMEDIATE takes the write lock up front, so a second process on the same file waits
 *   (busy timeout) instead of failing half-way.
 *
 * Inside `write`, use the given manager only.
 */
@Injectable()
export class DatabaseService {
  /** SQLite only: the one query runner every write group runs on, marked as in a transaction. */
  private groupRunner?: QueryRunner & { isTransactionActive: boolean };
  /** SQLite only: the query runner reads run on between groups; kept, so its prepared statements are reused. */
  private readRunner?: QueryRunner;
  private readonly queue = new GroupCommitQueue({ exec: (sql) => this.writer().query(sql) });

  constructor(readonly dataSource: DataSource) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'postgres') return work(this.dataSource.manager);
    return this.queue.read(() => work((this.readRunner ??= this.dataSource.createQueryRunner()).manager));
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'postgres') return this.postgresWrite(work);
    return this.queue.write(() => work(this.writer().manager));
  }

  /** One READ COMMITTED transaction on a connection of the pool, committed unless its last statement did (`commitWith`). */
  private async postgresWrite<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner() as QueryRunner & { isTransactionActive: boolean; transactionDepth: number };
    try {
      // One statement where TypeORM's startTransaction sends two (START, then SET TRANSACTION):
      // every write on PostgreSQL saves a round trip.
      await runner.query('START TRANSACTION ISOLATION LEVEL READ COMMITTED');
      runner.isTransactionActive = true;
      runner.transactionDepth = 1;
      const result = await work(runner.manager);
      if (runner.isTransactionActive) await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Reads for a long job from one snapshot, out of the writers' way (`snapshot-reader.ts`). Close it. */
  snapshot(): Promise<SnapshotReader> {
    return openSnapshot(this.dataSource);
  }

  /** Write groups committed on SQLite, and the writes they carried. */
  get groupCommits(): { groups: number; writes: number } {
    return { ...this.queue.stats };
  }

  private writer(): QueryRunner {
    if (!this.groupRunner) {
      this.groupRunner = this.dataSource.createQueryRunner() as QueryRunner & { isTransactionActive: boolean };
      // The queue opens and closes the transaction itself; marked active, save() and friends run
      // inside it instead of opening another (TypeORM's own would start with a deferred BEGIN).
      this.groupRunner.isTransactionActive = true;
    }
    return this.groupRunner;
  }

  /**
   * Whether the database answers (for the health check). Outside the queue: `SELECT 1` touches no
   * table, so it needs no lock and never waits behind writes, of this process or another.
   */
  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
