import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from './fen.transformer';

/** What moved a budget: a reservation at approval, its release, or a payment. */
export type LedgerEntryKind = 'reserve' | 'release' | 'payment';

/**
 * One movement of a budget ledger, written in the same transaction as the ledger's totals and
 * the application's status: the entries of a ledger always sum to its totals.
 */
@Entity({ name: 'ledger_entries' })
@Index('ix_ledger_entries_ledger_at_id', ['ledgerId', 'at', 'id'])
@Index('ix_ledger_entries_application', ['applicationId'])
export class LedgerEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'ledger_id', type: 'uuid' })
  ledgerId!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: LedgerEntryKind;

  /** Integer fen, always positive; the kind says which way it moved. */
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: number;

  @Column({ type: 'varchar', length: 24 })
  at!: string;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  /** A payment's bank reference, or the reason of a release. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reference!: string | null;
}
