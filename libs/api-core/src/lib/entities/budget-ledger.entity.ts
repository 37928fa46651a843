import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from './fen.transformer';

/**
 * One annual budget of a policy (`policy.json` budgets, P2) in one budget year: its amount, what
 * approvals have committed and what has been paid. `committed` only ever moves by one
 * conditional UPDATE that the database re-checks under the row lock (`committed + amount <=
 * amount`), so it can never pass the budget, whichever process approves; a CHECK constraint
 * backs it.
 */
@Entity({ name: 'budget_ledgers' })
@Index('ux_budget_ledgers_policy_budget_year', ['policy', 'budget', 'year'], { unique: true })
@Index('ix_budget_ledgers_year', ['year'])
export class BudgetLedgerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  policy!: string;

  /** The budget's code in policy.json. */
  @Column({ type: 'varchar', length: 100 })
  budget!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** Integer fen: the annual amount, copied from policy.json when the year's ledger opens. */
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  committed!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  paid!: number;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt!: string;
}
