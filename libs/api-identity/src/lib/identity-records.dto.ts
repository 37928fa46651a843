import type { ApiKeyEntity, OrganisationContact, OrganisationEntity, Role, UserEntity } from '@pioneer/api-core';

/** An organisation as the API returns it. */
export interface OrganisationRecord {
  id: string;
  creditCode: string;
  name: string;
  kind: string;
  district: string;
  registeredOn: string;
  contact: OrganisationContact | null;
  createdAt: string;
  updatedAt: string;
}

/** A user as the API returns it: never the password or its hash. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** An applicant's organisation; a reviewer's affiliation (it may not review that organisation). */
  organisationId: string | null;
  district: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An API key as the API returns it: never the key (shown once, at creation) or its hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  district: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A page of a list and the total count. */
export interface Page<T> {
  data: T[];
  total: number;
}

export const toOrganisationRecord = (row: OrganisationEntity): OrganisationRecord => ({
  id: row.id,
  creditCode: row.creditCode,
  name: row.name,
  kind: row.kind,
  district: row.district,
  registeredOn: row.registeredOn,
  contact: row.contact ?? null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const toUserRecord = (row: UserEntity): UserRecord => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role as Role,
  organisationId: row.organisationId,
  district: row.district,
  active: Boolean(row.active),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const toApiKeyRecord = (row: ApiKeyEntity): ApiKeyRecord => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  district: row.district,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
});
