import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One write, recorded in the same transaction as the write itself: who, in which role, did what to what. */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_events_at', ['at'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** ISO timestamp (UTC). */
  @Column({ type: 'varchar', length: 24 })
  at!: string;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: string;

  /** e.g. `application.create`, `application.submit`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
