import type { Decision } from '@pioneer/engine';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from './fen.transformer';

/**
 * One application to one measure. `data` is the application form exactly as the applicant
 * filled it in; status, decision, amount and the applicant's id are the server's.
 *
 * Timestamps are ISO strings (UTC, milliseconds, always 24 characters): one representation on
 * SQLite and PostgreSQL alike, sortable as text, and the one the API returns.
 */
@Entity({ name: 'applications' })
@Index('ix_applications_measure_status_created', ['measure', 'status', 'createdAt'])
@Index('ix_applications_measure_applicant', ['measure', 'applicantId'])
@Index('ix_applications_applicant_status_policy', ['applicantId', 'status', 'policy'])
@Index('ix_applications_measure_district', ['measure', 'district'])
@Index('ix_applications_measure_created_id', ['measure', 'createdAt', 'id'])
@Index('ux_applications_number', ['number'], { unique: true })
@Index('ux_applications_measure_idempotency', ['measure', 'idempotencyKey'], { unique: true })
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  policy!: string;

  /**
   * The readable number (SZAI-2025-000123): the policy's prefix, the year of creation and a
   * per-database counter. Assigned by the server at creation, never changed; null only before
   * the backfill of rows older than numbering.
   */
  @Column({ type: 'varchar', length: 40, nullable: true })
  number!: string | null;

  @Column({ type: 'varchar', length: 100 })
  measure!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  /** The parameter version the decision used (pinned at submission). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  version!: string | null;

  /** The applicant's credit code (policy `subjects.applicantId`); null in a draft that has none yet. */
  @Column({ name: 'applicant_id', type: 'varchar', length: 64, nullable: true })
  applicantId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  decision!: Decision | null;

  /** Integer fen; null until decided, or when the award is not money. */
  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  amount!: number | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;

  /** Bumped by every write: conditional updates compare it, so no change is lost to a race. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'submitted_at', type: 'varchar', length: 24, nullable: true })
  submittedAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt!: string;

  /** Integer fen committed at approval (may be less than `amount` where a policy-wide rule cut it). */
  @Column({ name: 'approved_amount', type: 'bigint', nullable: true, transformer: fenTransformer })
  approvedAmount!: number | null;

  /** Integer fen paid so far. */
  @Column({ name: 'paid_amount', type: 'bigint', transformer: fenTransformer })
  paidAmount!: number;

  /** The budget (policy.json code) and budget year the approval committed against. */
  @Column({ name: 'budget_code', type: 'varchar', length: 100, nullable: true })
  budgetCode!: string | null;

  @Column({ name: 'budget_year', type: 'integer', nullable: true })
  budgetYear!: number | null;

  /** The reason given with the last move that needs one (return, rejection, withdrawal), in the words given. */
  @Column({ name: 'status_reason', type: 'varchar', length: 2000, nullable: true })
  statusReason!: string | null;
}
