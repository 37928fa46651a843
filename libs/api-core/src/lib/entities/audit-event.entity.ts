import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from './fen.transformer';

/**
 * One write, recorded in the same transaction as the write itself: who, in which role, did what
 * to what. Events form a hash chain (`seq`, `prevHash`, `hash`): altering, removing or inserting
 * a stored event breaks every link after it (`npx pioneer audit verify`).
 */
@Entity({ name: 'audit_events' })
@Index('ux_audit_events_seq', ['seq'], { unique: true })
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_events_at', ['at'])
@Index('ix_audit_events_action', ['action', 'at'])
@Index('ix_audit_events_actor', ['actor', 'at'])
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

  /** Position in the chain, from 1, without gaps. */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  seq!: number;

  /** The previous event's hash (64 zeros for the first). */
  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  /** SHA-256 of this event's canonical form and `prevHash` (audit-chain.util.ts). */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
