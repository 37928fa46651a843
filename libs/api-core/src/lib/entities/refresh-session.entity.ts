import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One refresh token of a sign-in session. Refreshing revokes the token used and issues the next
 * in the same family (`familyId`, the session); a revoked token presented again means it was
 * copied, and the whole family is revoked. Access tokens name their family, so sign-out and
 * deactivation end them at once.
 */
@Entity({ name: 'refresh_sessions' })
@Index('ux_refresh_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('ix_refresh_sessions_family', ['familyId', 'revokedAt'])
@Index('ix_refresh_sessions_user', ['userId', 'revokedAt'])
export class RefreshSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** SHA-256 (hex) of the refresh token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 24 })
  expiresAt!: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 24, nullable: true })
  revokedAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt!: string;
}
