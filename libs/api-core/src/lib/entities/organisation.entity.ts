import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** How to reach an organisation's contact person. */
export interface OrganisationContact {
  name: string;
  phone: string;
  email?: string;
}

/**
 * An organisation of the registry: an applicant's identity. Applications name their applicant by
 * credit code (`applications.applicant_id`), which is unique here, so an application points to
 * its organisation through it; an applicant user belongs to one organisation.
 */
@Entity({ name: 'organisations' })
@Index('ux_organisations_credit_code', ['creditCode'], { unique: true })
@Index('ix_organisations_district_created', ['district', 'createdAt'])
@Index('ix_organisations_created', ['createdAt'])
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Unified social credit code (18 characters, check character verified). */
  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** One of the kinds of `schemas/common/organisation.json` (enterprise, university, …). */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  /** One of the policy's districts (`schemas/common/district.json`). */
  @Column({ type: 'varchar', length: 64 })
  district!: string;

  /** Date of registration, YYYY-MM-DD. */
  @Column({ name: 'registered_on', type: 'varchar', length: 10 })
  registeredOn!: string;

  @Column({ type: 'jsonb', nullable: true })
  contact!: OrganisationContact | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt!: string;
}
