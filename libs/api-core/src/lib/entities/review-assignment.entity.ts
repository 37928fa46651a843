import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reviewer assigned to an application: their conflict-of-interest declaration (required
 * before scoring) and, once given, their scores on the measure's rubric.
 */
@Entity({ name: 'review_assignments' })
@Index('ux_review_assignments_application_reviewer', ['applicationId', 'reviewer'], { unique: true })
@Index('ix_review_assignments_reviewer', ['reviewer', 'assignedAt'])
export class ReviewAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  /** The reviewer's principal subject. */
  @Column({ type: 'varchar', length: 200 })
  reviewer!: string;

  @Column({ name: 'assigned_by', type: 'varchar', length: 200 })
  assignedBy!: string;

  @Column({ name: 'assigned_at', type: 'varchar', length: 24 })
  assignedAt!: string;

  /** null until declared; true: a conflict was declared (the reviewer cannot score). */
  @Column({ type: 'boolean', nullable: true })
  conflict!: boolean | null;

  @Column({ name: 'declared_at', type: 'varchar', length: 24, nullable: true })
  declaredAt!: string | null;

  /** Criterion code → integer on the rubric's scale; null until scored. */
  @Column({ type: 'jsonb', nullable: true })
  scores!: Record<string, number> | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment!: string | null;

  @Column({ name: 'scored_at', type: 'varchar', length: 24, nullable: true })
  scoredAt!: string | null;
}
