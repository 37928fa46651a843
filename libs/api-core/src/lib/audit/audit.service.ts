import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@pioneer/contracts';
import { Between, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.types';
import { Clock } from '../clock/clock.service';
import { commitWith } from '../database/commit-with';
import { runSql, TableSql } from '../database/table-sql';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { type AuditLogFilter, filteredAuditPage, narrows } from './audit-log-filter';
import { ChainChecker, type ChainReport, eventHash, eventTail, GENESIS_HASH, type UnlinkedEvent } from './audit-chain.util';

/** What a write did, for the audit log. */
export interface AuditEntry {
  /** `<entity>.<verb>`, e.g. `application.submit`: one of @pioneer/contracts' AUDIT_ACTIONS, which the log's filter offers. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}

/** Any constant: the advisory lock that orders audit events on PostgreSQL (taken by audit_chain_tip, migration 1765350000000). */
const CHAIN_LOCK = 7_402_316;

const EVENTS = new TableSql(AuditEventEntity);
/** The chain's last link: MAX over the unique index is one index lookup on both databases (the query-plan test checks it). */
const LAST_LINK = 'SELECT seq, hash FROM audit_events WHERE seq = (SELECT MAX(m.seq) FROM audit_events m)';
/** PostgreSQL: claims the chain, links the event and inserts it, in one round trip (migration 1765700000000). */
const APPEND = 'SELECT seq FROM audit_append($1, $2, $3, $4, $5, $6, $7, $8, CAST($9 AS jsonb), $10)';

/** Events read per round trip while verifying. */
const VERIFY_PAGE = 1_000;

/**
 * Records every write in the audit log, inside the write's own transaction (pass its manager):
 * the change and its audit event commit together or not at all. Each event is chained to the
 * previous one by hash. On PostgreSQL an advisory lock held to the commit orders the events of
 * concurrent transactions, and the event is linked inside the database (`audit_append`), so the
 * lock is taken by the write's last statement and held for its commit alone; SQLite's writes are
 * serialised already. The unique `seq` index refuses a fork should anything slip past.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, principal: Principal, entry: AuditEntry): Promise<void> {
    const event = this.unlinked(principal, entry);
    if (manager.connection.options.type === 'postgres') {
      await runSql(manager, APPEND, appendParameters(event));
      return;
    }
    const [last] = (await runSql(manager, LAST_LINK, [])) as Array<{ seq: number | string; hash: string }>;
    const linked = { ...event, seq: last ? Number(last.seq) + 1 : 1, prevHash: last?.hash ?? GENESIS_HASH };
    await EVENTS.insert(manager, Object.assign(new AuditEventEntity(), linked, { hash: eventHash(linked) }));
  }

  /**
   * As `record`, as the write's last statement: on PostgreSQL the event goes with the COMMIT
   * (`commitWith`), so the chain's lock is held for no round trip to this process at all. Nothing
   * may follow it in the write.
   */
  async recordLast(manager: EntityManager, principal: Principal, entry: AuditEntry): Promise<void> {
    if (manager.connection.options.type === 'postgres') await commitWith(manager, APPEND, appendParameters(this.unlinked(principal, entry)));
    else await this.record(manager, principal, entry);
  }

  /** An event as `record` would write it, before it is linked: for a statement that appends it itself (`appendParameters`). */
  unlinked(principal: Principal, entry: AuditEntry): UnlinkedEvent {
    return {
      id: randomUUID(),
      at: this.clock.timestamp(),
      actor: principal.subject,
      role: principal.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: entry.details,
    };
  }

  /**
   * PostgreSQL, inside a write: takes the chain's lock now rather than at the write's event. A
   * write that also moves a budget's row claims the chain first, so every such write takes the
   * two locks in one order (no deadlock) and the hot budget row is never held while waiting for
   * the chain. The lock is re-entrant and held to the commit. SQLite's writes are serialised.
   */
  async claimChain(manager: EntityManager): Promise<void> {
    if (manager.connection.options.type === 'postgres') await runSql(manager, 'SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  }

  /** The audit trail of one entity, oldest first. */
  trail(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, { where: { entityType, entityId }, order: { seq: 'ASC' } });
  }

  /**
   * One page of the log, newest first: of the events `filter` keeps (`filteredAuditPage`), else of
   * the whole log. The chain's `seq` runs 1…n without a gap (the unique index refuses a fork), so
   * the whole log's count is its largest value and a page is a range of it: both read the index,
   * never the table.
   */
  async page(manager: EntityManager, page: number, perPage: number, filter: AuditLogFilter = {}): Promise<{ events: AuditEventEntity[]; total: number }> {
    if (narrows(filter)) return filteredAuditPage(manager, filter, page, perPage);
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

/**
 * PostgreSQL: `audit_append`'s ten parameters for an event, in order (lock, id, at, actor, role,
 * action, entity type, entity id, details as JSON text, the hashed text's tail). A statement that
 * appends the event itself, such as an approval's, passes these.
 */
export function appendParameters(event: UnlinkedEvent): unknown[] {
  const { id, at, actor, role, action, entityType, entityId, details } = event;
  return [CHAIN_LOCK, id, at, actor, role, action, entityType, entityId, JSON.stringify(details), eventTail(event)];
}
