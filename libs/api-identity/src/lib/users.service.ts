import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService, Clock, containsAnyOf, DatabaseService, Errors, isUniqueViolation, OrganisationEntity, type Principal, RefreshSessionEntity, type Role, ROLES, UserEntity } from '@pioneer/api-core';
import { type EntityManager, IsNull } from 'typeorm';
import { InputReader, pageOf } from './identity-input.util';
import { type Page, toUserRecord, type UserRecord } from './identity-records.dto';
import { hashPassword, PASSWORD_LENGTH } from './password.util';
import { whereKeyword } from './registry-keyword.util';
import { policyDistricts } from './registry-vocabulary.util';

const USER = { 'zh-CN': '该用户', en: 'User' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USERNAME = { min: 3, max: 64, pattern: /^[a-z0-9][a-z0-9._-]*$/, hint: { 'zh-CN': '只含小写字母、数字、点、下划线和连字符', en: 'lower-case letters, digits, dots, underscores and hyphens only' } };
const PASSWORD = { ...PASSWORD_LENGTH, hint: { 'zh-CN': '请使用不易猜测的密码短语', en: 'use a passphrase that is hard to guess' } };

/** A user whose organisation's name or credit code contains the keyword (`:q`): the list shows users by their organisation's name. */
const USER_ORGANISATION_MATCHES = `u.organisationId IN (SELECT o.id FROM organisations o WHERE ${containsAnyOf(['o.name', 'o.credit_code'])})`;

/** A new user's checked fields (the password already hashed). */
export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  organisationId: string | null;
  district: string | null;
}

/** 409 when a user name is taken. */
export const usernameTaken = () => Errors.conflict('username-taken', '该用户名已被使用：请换一个', 'This user name is taken: choose another');

/**
 * People who sign in. Admins create users of any role (an applicant bound to an organisation of
 * the registry, a reviewer optionally to the one it works for, a district officer to one of the
 * policy's districts), deactivate them and reset
 * their passwords; both end the user's sessions at once. Hashes never leave this service.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Reads a user name, display name and password at `pointer` (the part every new user has). */
  async readCredentials(input: InputReader, raw: Record<string, unknown>, pointer: string): Promise<{ username?: string; displayName?: string; passwordHash?: string }> {
    const username = input.text(typeof raw.username === 'string' ? raw.username.toLowerCase() : raw.username, `${pointer}/username`, USERNAME);
    const displayName = input.text(raw.displayName, `${pointer}/displayName`, { min: 1, max: 100 });
    const password = typeof raw.password === 'string' && raw.password.length >= PASSWORD.min && raw.password.length <= PASSWORD.max ? raw.password : undefined;
    // Never echo the password, not even trimmed: only say what it must be.
    if (!password) input.text(undefined, `${pointer}/password`, PASSWORD);
    return { username, displayName, passwordHash: password && input.issues.length === 0 ? await hashPassword(password) : undefined };
  }

  async create(principal: Principal, body: unknown): Promise<UserRecord> {
    const input = new InputReader();
    const raw = input.object(body, '', ['username', 'displayName', 'role', 'password', 'organisationId', 'district']) ?? {};
    const role = input.oneOf(raw.role, '/role', ROLES);
    // An applicant acts for its organisation; a reviewer may name the one it works for (its
    // affiliation), whose applications it then cannot review (conflict of interest).
    const organisationId =
      role === 'applicant'
        ? input.text(raw.organisationId, '/organisationId', { min: 36, max: 36, pattern: UUID })
        : role === 'reviewer'
          ? input.optionalText(raw.organisationId, '/organisationId', { min: 36, max: 36, pattern: UUID })
          : undefined;
    const district = role === 'district-officer' ? input.oneOf(raw.district, '/district', policyDistricts()) : undefined;
    // Only the role that has one may name an organisation or a district.
    if (role !== 'applicant' && role !== 'reviewer' && raw.organisationId !== undefined)
      input.add('/organisationId', { 'zh-CN': '只有申请单位用户和评审专家可绑定单位：请删除', en: 'only applicant users and reviewers belong to an organisation: remove it' });
    if (role !== 'district-officer' && raw.district !== undefined) input.add('/district', { 'zh-CN': '只有区级用户可绑定区：请删除', en: 'only district officers belong to a district: remove it' });
    const credentials = await this.readCredentials(input, raw, '');
    input.done();
    const user: NewUser = { ...(credentials as Required<typeof credentials>), role: role!, organisationId: organisationId ?? null, district: district ?? null };
    const row = await this.db.write(async (manager) => {
      if (organisationId && !(await manager.findOne(OrganisationEntity, { select: { id: true }, where: { id: organisationId } }))) {
        throw Errors.badRequest('invalid-input', '所绑定的单位不存在：请先在单位登记中创建', 'The organisation does not exist: register it first', [
          { pointer: '/organisationId', message: { 'zh-CN': '不是已登记单位的编号', en: 'is not the id of a registered organisation' } },
        ]);
      }
      return this.insert(manager, principal, user);
    });
    return toUserRecord(row);
  }

  /** Inserts a checked user with its audit event (no password in it), inside the caller's write; 409 if the name is taken. */
  async insert(manager: EntityManager, principal: Principal, user: NewUser): Promise<UserEntity> {
    const now = this.clock.timestamp();
    const row = Object.assign(new UserEntity(), { id: randomUUID(), ...user, active: true, createdAt: now, updatedAt: now });
    if (await manager.findOne(UserEntity, { select: { id: true }, where: { username: row.username } })) throw usernameTaken();
    try {
      await manager.insert(UserEntity, row);
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken();
      throw error;
    }
    const details = { username: row.username, role: row.role, organisationId: row.organisationId, district: row.district };
    await this.audit.record(manager, principal, { action: 'user.create', entityType: 'user', entityId: row.id, details });
    return row;
  }

  /** A page of users, newest first: `role=` filters, `q=` finds by user name, name, district or organisation. */
  async list(query: Record<string, unknown> | undefined): Promise<Page<UserRecord>> {
    const { page, perPage, filters, keyword } = pageOf(query, ['role']);
    if (filters.role) {
      const input = new InputReader();
      input.oneOf(filters.role, '/role', ROLES);
      input.done();
    }
    const [rows, total] = await this.db.read((manager) => {
      const qb = manager.createQueryBuilder(UserEntity, 'u');
      if (filters.role) qb.andWhere('u.role = :role', { role: filters.role });
      whereKeyword(qb, keyword, { columns: ['u.username', 'u.displayName'], district: 'u.district', also: [USER_ORGANISATION_MATCHES] });
      return qb.orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'DESC').offset((page - 1) * perPage).limit(perPage).getManyAndCount();
    });
    return { data: rows.map(toUserRecord), total };
  }

  /** One user (never its hash), or 404. */
  async get(id: string): Promise<UserRecord> {
    return toUserRecord(await this.db.read((manager) => this.find(manager, id)));
  }

  /**
   * Changes a user's display name, deactivates or reactivates it, or resets its password. Role,
   * organisation and district are fixed at creation (a new account is the clear way to move
   * someone). Deactivation and a new password end every session of the user.
   */
  async update(principal: Principal, id: string, body: unknown): Promise<UserRecord> {
    const input = new InputReader();
    const raw = input.object(body, '', ['displayName', 'active', 'password']) ?? {};
    const displayName = input.optionalText(raw.displayName, '/displayName', { min: 1, max: 100 });
    const active = raw.active === undefined ? undefined : input.boolean(raw.active, '/active');
    let passwordHash: string | undefined;
    if (raw.password !== undefined) {
      if (typeof raw.password === 'string' && raw.password.length >= PASSWORD.min && raw.password.length <= PASSWORD.max) passwordHash = await hashPassword(raw.password);
      else input.text(undefined, '/password', PASSWORD);
    }
    input.done();
    if (active === false && id === principal.userId) {
      throw Errors.conflict('cannot-deactivate-self', '不能停用自己的账号：请由另一位管理员操作', 'You cannot deactivate your own account: ask another administrator');
    }
    return this.db.write(async (manager) => {
      const before = await this.find(manager, id);
      const updatedAt = this.clock.timestamp();
      const changes = { ...(displayName !== undefined ? { displayName } : {}), ...(active !== undefined ? { active } : {}), ...(passwordHash ? { passwordHash } : {}), updatedAt };
      await manager.update(UserEntity, { id: before.id }, changes);
      const endSessions = active === false || passwordHash !== undefined;
      if (endSessions) await this.endSessions(manager, before.id, updatedAt);
      const details = {
        ...(displayName !== undefined ? { displayName: { before: before.displayName, after: displayName } } : {}),
        ...(active !== undefined ? { active: { before: Boolean(before.active), after: active } } : {}),
        ...(passwordHash ? { passwordReset: true } : {}),
        sessionsEnded: endSessions,
      };
      await this.audit.record(manager, principal, { action: 'user.update', entityType: 'user', entityId: before.id, details });
      return toUserRecord({ ...before, ...changes });
    });
  }

  /** Revokes every live refresh token of a user: its access tokens stop working with them. */
  endSessions(manager: EntityManager, userId: string, at: string): Promise<unknown> {
    return manager.update(RefreshSessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: at });
  }

  private async find(manager: EntityManager, id: string): Promise<UserEntity> {
    const row = UUID.test(id) ? await manager.findOneBy(UserEntity, { id }) : null;
    if (!row) throw Errors.notFound(USER);
    return row;
  }
}
