import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Between, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.types';
import { Clock } from '../clock/clock.service';
import { runSql, TableSql } from '../database/table-sql';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { ChainChecker, type ChainReport, eventHash, GENESIS_HASH } from './audit-chain.util';

/** What a write did, for the audit log. */
export interface AuditEntry {
  /** `<entity>.<verb>`, e.g. `application.submit`. */
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}

/** Any constant: the advisory lock that orders audit events on PostgreSQL (taken by audit_chain_tip, migration 1765350000000). */
const CHAIN_LOCK = 7_402_316;

const EVENTS = new TableSql(AuditEventEntity);
/** The chain's last link: MAX over the unique index is one index lookup on both databases (the query-plan test checks it). */
const LAST_LINK = 'SELECT seq, hash FROM audit_events WHERE seq = (SELECT MAX(m.seq) FROM audit_events m)';

/** Events read per round trip while verifying. */
const VERIFY_PAGE = 1_000;

/**
 * Records every write in the audit log, inside the write's own transaction (pass its manager):
 * the change and its audit event commit together or not at all. Each event is chained to the
 * previous one by hash; on PostgreSQL an advisory lock held to the commit orders the events of
 * concurrent transactions (SQLite's writes are serialised already), and the unique `seq` index
 * refuses a fork should anything slip past.
 */
@Injectable()
export class AuditService {
  /**
   * PostgreSQL transactions that claimed the chain, by their manager (one per transaction), with
   * the link their next event follows. Gone with the transaction's manager.
   */
  private readonly claimed = new WeakMap<EntityManager, { seq: number; hash: string }>();

  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, principal: Principal, entry: AuditEntry): Promise<void> {
    const last = this.claimed.get(manager) ?? (await this.tip(manager));
    const event = {
      id: randomUUID(),
      seq: last.seq + 1,
      at: this.clock.timestamp(),
      actor: principal.subject,
      role: principal.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: entry.details,
      prevHash: last.hash,
    };
    const hash = eventHash(event);
    await EVENTS.insert(manager, Object.assign(new AuditEventEntity(), event, { hash }));
    if (this.claimed.has(manager)) this.claimed.set(manager, { seq: event.seq, hash });
  }

  /**
   * PostgreSQL, inside a write: makes this transaction the chain's next writer now rather than at
   * its first event. A write that also contends on a hot row (an approval's budget) claims the
   * chain before taking that row, so the row's lock is held only for the statements after it and
   * not also while waiting for the chain. SQLite's writes are serialised: nothing to claim.
   */
  async claimChain(manager: EntityManager): Promise<void> {
    if (manager.connection.options.type !== 'postgres' || this.claimed.has(manager)) return;
    this.claimed.set(manager, await this.tip(manager));
  }

  /** The chain's last link, after taking the chain's lock on PostgreSQL (held to the commit). */
  private async tip(manager: EntityManager): Promise<{ seq: number; hash: string }> {
    const postgres = manager.connection.options.type === 'postgres';
    const [last] = (await runSql(
      manager,
      postgres ? 'SELECT seq, hash FROM audit_chain_tip($1)' : LAST_LINK,
      postgres ? [CHAIN_LOCK] : [],
    )) as Array<{ seq: number | string; hash: string }>;
    return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  /** The audit trail of one entity, oldest first. */
  trail(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, { where: { entityType, entityId }, order: { seq: 'ASC' } });
  }

  /**
   * One page of the whole log, newest first. The chain's `seq` runs 1…n without a gap (the unique
   * index refuses a fork), so the count is its largest value and a page is a range of it: both
   * read the index, never the table.
   */
  async page(manager: EntityManager, page: number, perPage: number): Promise<{ events: AuditEventEntity[]; total: number }> {
    const [last] = (await runSql(manager, 'SELECT MAX(seq) AS n FROM audit_events', [])) as Array<{ n: number | string | null }>;
    const total = Number(last?.n ?? 0);
    const newest = total - (page - 1) * perPage;
    if (newest < 1) return { events: [], total };
    const events = await manager.find(AuditEventEntity, { where: { seq: Between(Math.max(1, newest - perPage + 1), newest) }, order: { seq: 'DESC' } });
    return { events, total };
  }

  /** Checks the whole chain, a page at a time; reports the first broken link. */
  verify(manager: EntityManager): Promise<ChainReport> {
    return verifyAuditLog(manager);
  }
}

/** Checks the audit log's whole chain in `seq` order, a page at a time; reports the first broken link. */
export async function verifyAuditLog(manager: EntityManager): Promise<ChainReport> {
  const checker = new ChainChecker();
  for (let after = 0; ;) {
    const page = await manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.seq > :after', { after })
      .orderBy('e.seq', 'ASC')
      .limit(VERIFY_PAGE)
      .getMany();
    for (const event of page) {
      const broken = checker.add(event);
      if (broken) return broken;
    }
    if (page.length < VERIFY_PAGE) return checker.intact();
    after = page[page.length - 1].seq;
  }
}
