import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { FifoQueue } from './fifo-queue.util';

/**
 * The one way the API touches its database: `read` and `write` units of work.
 *
 * - PostgreSQL: `write` is one READ COMMITTED transaction; concurrent writers (also from other
 *   API processes) are made safe by conditional updates (`UPDATE … WHERE status = …`), which the
 *   database re-checks under the row lock.
 * - SQLite: one connection serves everything, so every unit of work, read or write, goes
 *   through one FIFO queue: no transaction ever interleaves with another request's queries.
 *   Writes open with BEGIN IMMEDIATE, taking the write lock up front, so a second process on
 *   the same file waits (busy timeout) instead of failing half-way.
 *
 * Inside `write`, use the given manager only.
 */
@Injectable()
export class DatabaseService {
  private readonly queue = new FifoQueue();

  constructor(readonly dataSource: DataSource) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'postgres') return work(this.dataSource.manager);
    return this.queue.run(() => work(this.dataSource.manager));
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'postgres') return this.dataSource.transaction('READ COMMITTED', work);
    return this.queue.run(() => this.sqliteTransaction(work));
  }

  private async sqliteTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner() as QueryRunner & { isTransactionActive: boolean };
    await runner.query('BEGIN IMMEDIATE');
    // TypeORM's own transactions open with a deferred BEGIN; marking this one active makes
    // save() and friends run inside it instead of opening another.
    runner.isTransactionActive = true;
    try {
      const result = await work(runner.manager);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      runner.isTransactionActive = false;
      await runner.release();
    }
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
