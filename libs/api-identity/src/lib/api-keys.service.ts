import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiKeyEntity, AuditService, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import { IsNull } from 'typeorm';
import { InputReader, pageOf } from './identity-input.util';
import { type ApiKeyRecord, type Page, toApiKeyRecord } from './identity-records.dto';
import { whereKeyword } from './registry-keyword.util';
import { policyDistricts } from './registry-vocabulary.util';
import { randomSecret, sha256Hex } from './secret-token.util';

const API_KEY = { 'zh-CN': '该 API 密钥', en: 'API key' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `pio_<8 hex: the prefix people see>_<43 base64url: the secret>`. */
export const API_KEY_SHAPE = /^pio_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

/** A new key: its record, and the key itself, shown this once. */
export interface NewApiKey extends ApiKeyRecord {
  key: string;
}

/**
 * API keys of machines (a district's portal). A key acts as a district officer of its district;
 * only its SHA-256 is stored, and `prefix` lets people tell keys apart. Revoking one makes
 * every later request with it a 401, in every API process (they all read the same table).
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, body: unknown): Promise<NewApiKey> {
    const input = new InputReader();
    const raw = input.object(body, '', ['name', 'district']) ?? {};
    const name = input.text(raw.name, '/name', { min: 1, max: 100 });
    const district = input.oneOf(raw.district, '/district', policyDistricts());
    input.done();
    const prefix = `pio_${randomBytes(4).toString('hex')}`;
    const key = `${prefix}_${randomSecret(32)}`;
    const row = Object.assign(new ApiKeyEntity(), { id: randomUUID(), name: name!, prefix, keyHash: sha256Hex(key), district: district!, createdBy: principal.subject, createdAt: this.clock.timestamp(), revokedAt: null });
    await this.db.write(async (manager) => {
      await manager.insert(ApiKeyEntity, row);
      await this.audit.record(manager, principal, { action: 'api-key.create', entityType: 'api-key', entityId: row.id, details: { name: row.name, prefix, district: row.district } });
    });
    return { ...toApiKeyRecord(row), key };
  }

  /** A page of keys, newest first (revoked ones too): `q=` finds by name, prefix or district. */
  async list(query: Record<string, unknown> | undefined): Promise<Page<ApiKeyRecord>> {
    const { page, perPage, keyword } = pageOf(query, []);
    const [rows, total] = await this.db.read((manager) => {
      const qb = whereKeyword(manager.createQueryBuilder(ApiKeyEntity, 'k'), keyword, { columns: ['k.name', 'k.prefix'], district: 'k.district' });
      return qb.orderBy('k.createdAt', 'DESC').addOrderBy('k.id', 'DESC').offset((page - 1) * perPage).limit(perPage).getManyAndCount();
    });
    return { data: rows.map(toApiKeyRecord), total };
  }

  /** Revokes a key (a second revoke is a 409: it is already revoked). */
  async revoke(principal: Principal, id: string): Promise<ApiKeyRecord> {
    if (!UUID.test(id)) throw Errors.notFound(API_KEY);
    const revokedAt = this.clock.timestamp();
    return this.db.write(async (manager) => {
      const row = await manager.findOneBy(ApiKeyEntity, { id });
      if (!row) throw Errors.notFound(API_KEY);
      const result = await manager.update(ApiKeyEntity, { id, revokedAt: IsNull() }, { revokedAt });
      if (result.affected !== 1) throw Errors.conflict('already-revoked', '该 API 密钥已撤销：如需接入，请新建一个', 'This API key is revoked already: create a new one if the portal still needs access');
      await this.audit.record(manager, principal, { action: 'api-key.revoke', entityType: 'api-key', entityId: id, details: { name: row.name, prefix: row.prefix, district: row.district } });
      return toApiKeyRecord({ ...row, revokedAt });
    });
  }

  /** The district-officer principal of a live key, or undefined (unknown, revoked, malformed). */
  async principalOf(key: string): Promise<Principal | undefined> {
    if (!API_KEY_SHAPE.test(key)) return undefined;
    const row = await this.db.read((manager) => manager.findOneBy(ApiKeyEntity, { keyHash: sha256Hex(key) }));
    if (!row || row.revokedAt !== null) return undefined;
    return { subject: `api-key:${row.prefix}`, role: 'district-officer', district: row.district };
  }
}
