import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person who signs in. An applicant belongs to an organisation, a district officer to a
 * district; other roles to neither. The password is kept only as a salted scrypt hash.
 */
@Entity({ name: 'users' })
@Index('ux_users_username', ['username'], { unique: true })
@Index('ix_users_organisation', ['organisationId'])
@Index('ix_users_role_created', ['role', 'createdAt'])
@Index('ix_users_created', ['createdAt'])
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Lower-case sign-in name. */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: string;

  /** `scrypt$N$r$p$salt$hash` (base64); never leaves the server. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district!: string | null;

  /** A deactivated user cannot sign in, and its tokens stop working at once. */
  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt!: string;
}
