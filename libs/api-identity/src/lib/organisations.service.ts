import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService, Clock, DatabaseService, Errors, isUniqueViolation, OrganisationEntity, type Principal } from '@pioneer/api-core';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { InputReader, pageOf } from './identity-input.util';
import { type OrganisationRecord, type Page, toOrganisationRecord } from './identity-records.dto';
import { readOrganisation, type OrganisationInput } from './organisation-input.util';
import { whereKeyword } from './registry-keyword.util';

const ORGANISATION = { 'zh-CN': '该单位', en: 'Organisation' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 409 when a credit code is registered already (credit codes are public, so saying so leaks nothing). */
export const organisationExists = () =>
  Errors.conflict('organisation-exists', '该统一社会信用代码已登记：如为本单位，请用已有账号登录或联系管理员', 'This credit code is registered already: if it is yours, sign in with the existing account or contact the administrators');

/**
 * The organisation registry: applicants' identities, each with its credit code (checked), kind,
 * district and registration date. Admins keep it; an organisation may also register itself
 * (SessionsService.register), through `insert` here.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Reads and checks a new organisation at `pointer` of a body, collecting problems in `input`. */
  read(input: InputReader, body: unknown, pointer: string): OrganisationInput {
    return readOrganisation(input, body, pointer, true);
  }

  async create(principal: Principal, body: unknown): Promise<OrganisationRecord> {
    const input = new InputReader();
    const fields = this.read(input, body, '');
    input.done();
    const row = await this.db.write((manager) => this.insert(manager, principal, fields));
    return toOrganisationRecord(row);
  }

  /** Inserts a checked organisation with its audit event, inside the caller's write; 409 if the credit code is taken. */
  async insert(manager: EntityManager, principal: Principal, fields: OrganisationInput): Promise<OrganisationEntity> {
    const now = this.clock.timestamp();
    const row = Object.assign(new OrganisationEntity(), { id: randomUUID(), ...fields, contact: fields.contact ?? null, createdAt: now, updatedAt: now });
    if (await manager.findOne(OrganisationEntity, { select: { id: true }, where: { creditCode: row.creditCode } })) throw organisationExists();
    try {
      await manager.insert(OrganisationEntity, row);
    } catch (error) {
      // Registered meanwhile by another request (another API process).
      if (isUniqueViolation(error)) throw organisationExists();
      throw error;
    }
    const details = { creditCode: row.creditCode, name: row.name, kind: row.kind, district: row.district, registeredOn: row.registeredOn, contact: row.contact !== null };
    await this.audit.record(manager, principal, { action: 'organisation.create', entityType: 'organisation', entityId: row.id, details });
    return row;
  }

  /** A page of the registry, newest first: `district=` filters, `q=` finds by name, credit code or district. */
  async list(query: Record<string, unknown> | undefined): Promise<Page<OrganisationRecord>> {
    const { page, perPage, filters, keyword } = pageOf(query, ['district']);
    const [rows, total] = await this.db.read((manager) => {
      const qb = manager.createQueryBuilder(OrganisationEntity, 'o');
      if (filters.district) qb.andWhere('o.district = :district', { district: filters.district });
      whereKeyword(qb, keyword, { columns: ['o.name', 'o.creditCode'], district: 'o.district' });
      return qb.orderBy('o.createdAt', 'DESC').addOrderBy('o.id', 'DESC').offset((page - 1) * perPage).limit(perPage).getManyAndCount();
    });
    return { data: rows.map(toOrganisationRecord), total };
  }

  /** The caller's own organisation (applicants): what its application forms are pre-filled with. */
  async mine(principal: Principal): Promise<OrganisationRecord> {
    const id = principal.organisationId;
    if (!id) throw Errors.notFound(ORGANISATION);
    return toOrganisationRecord(await this.db.read((manager) => this.find(manager, id)));
  }

  /** One organisation of the registry, or 404. */
  async get(id: string): Promise<OrganisationRecord> {
    return toOrganisationRecord(await this.db.read((manager) => this.find(manager, id)));
  }

  /** Changes an organisation's name, kind, district, registration date or contact; the credit code stays. */
  async update(principal: Principal, id: string, body: unknown): Promise<OrganisationRecord> {
    const input = new InputReader();
    const changes = readOrganisation(input, body, '', false);
    input.done();
    return this.db.write(async (manager) => {
      const before = await this.find(manager, id);
      const updatedAt = this.clock.timestamp();
      await manager.update(OrganisationEntity, { id: before.id }, { ...changes, updatedAt } as QueryDeepPartialEntity<OrganisationEntity>);
      const after = { ...before, ...changes, updatedAt };
      // The contact is personal data: the log says that it changed, not what it says.
      const changed = Object.keys(changes).filter((key) => JSON.stringify(before[key as keyof OrganisationEntity]) !== JSON.stringify(changes[key as keyof OrganisationInput]));
      const moves = Object.fromEntries(changed.filter((key) => key !== 'contact').map((key) => [key, { before: before[key as keyof OrganisationEntity], after: changes[key as keyof OrganisationInput] }]));
      await this.audit.record(manager, principal, { action: 'organisation.update', entityType: 'organisation', entityId: id, details: { changed, ...moves } });
      return toOrganisationRecord(after);
    });
  }

  /** The organisation with this id, or 404. */
  async find(manager: EntityManager, id: string): Promise<OrganisationEntity> {
    const row = UUID.test(id) ? await manager.findOneBy(OrganisationEntity, { id }) : null;
    if (!row) throw Errors.notFound(ORGANISATION);
    return row;
  }
}
