import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Principal } from '../auth/principal.types';
import { Clock } from '../clock/clock.service';
import { AuditEventEntity } from '../entities/audit-event.entity';

/** What a write did, for the audit log. */
export interface AuditEntry {
  /** `<entity>.<verb>`, e.g. `application.submit`. */
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}

/**
 * Records every write in the audit log, inside the write's own transaction (pass its manager):
 * the change and its audit event commit together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, principal: Principal, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventEntity, {
      id: randomUUID(),
      at: this.clock.timestamp(),
      actor: principal.subject,
      role: principal.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: entry.details,
    } as QueryDeepPartialEntity<AuditEventEntity>);
  }

  /** The audit trail of one entity, oldest first. */
  trail(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, { where: { entityType, entityId }, order: { at: 'ASC' } });
  }
}
