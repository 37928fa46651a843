import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { PolicyRegistry, scopeOf } from '@pioneer/api-applications';
import { API_CONFIG, type ApiConfig, ApiError, type ApiIssue, AttachmentEntity, AuditService, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import { isValidUscc, type Label } from '@pioneer/engine';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { type AttachmentField, attachmentFields, type LocatedReference, referencesIn } from './attachment-fields.util';
import { toRef, type AttachmentRef } from './attachment-ref.dto';
import { ATTACHMENT_STORAGE, type AttachmentStorage, StoredContentMissingError } from './attachment-storage';
import { AttachmentsRepository } from './attachments.repository';
import { receiveUpload } from './receive-upload.util';
import { UploadErrors } from './upload-errors';

const ATTACHMENT: Label = { 'zh-CN': '该附件', en: 'Attachment' };
const MEASURE: Label = { 'zh-CN': '该措施', en: 'Measure' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** An attachment recorded in the database whose content this API process's store does not hold. */
const contentMissing = () =>
  new ApiError(
    500,
    'attachment-content-missing',
    label(
      '附件已登记，但附件存储中没有其内容：请联系管理员（多个 API 进程须共用一个附件存储：PIONEER_ATTACHMENT_STORE=database），或请申请单位重新上传',
      'The attachment is recorded but its content is not in the attachment store: contact the administrators (several API processes must share one store: PIONEER_ATTACHMENT_STORE=database), or ask the organisation to upload it again',
    ),
  );

/** A file to send back: its reference (name, type, size) and a stream of its content. */
export interface AttachmentDownload {
  ref: AttachmentRef;
  stream: Readable;
}

/**
 * Uploads (checked against the measure's field, streamed to the store, recorded with the
 * organisation that owns them), downloads for those who may see them, and the check of a
 * form's references at submission.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);
  private readonly fieldsByMeasure = new Map<string, AttachmentField[]>();

  constructor(
    private readonly db: DatabaseService,
    private readonly repo: AttachmentsRepository,
    private readonly policies: PolicyRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The attachment fields of a measure with a form; 404 for any other code. */
  fieldsOf(measure: string): AttachmentField[] {
    let fields = this.fieldsByMeasure.get(measure);
    if (!fields) {
      if (!this.policies.measuresWithForm().includes(measure)) throw Errors.notFound(MEASURE);
      fields = attachmentFields(this.policies.measure(measure));
      this.fieldsByMeasure.set(measure, fields);
    }
    return fields;
  }

  /**
   * Receives one file for a measure's attachment field (`?field=/attachments/contract`) and
   * answers the reference the form stores. The owner is the applicant's organisation, or for an
   * admin the organisation named by `?applicant=`; nothing in the upload itself can set it.
   */
  async upload(measure: string, principal: Principal, request: FastifyRequest, query: Record<string, unknown> | undefined): Promise<AttachmentRef> {
    const fields = this.fieldsOf(measure);
    const pointer = typeof query?.field === 'string' ? query.field : '';
    const field = fields.find((f) => f.pointer === pointer);
    if (!field) throw UploadErrors.notAnAttachmentField(measure, pointer, fields.map((f) => f.pointer));
    const ownerId = this.ownerFor(principal, query?.applicant);
    // Checked before the body is read; concurrent uploads may pass it together, by a file each.
    const held = await this.db.read((manager) => this.repo.bytesOwnedBy(manager, ownerId));
    if (held >= this.config.attachmentQuotaBytes) throw UploadErrors.quotaReached(this.config.attachmentQuotaBytes);
    const maxBytes = Math.min(field.maxBytes, this.config.attachmentMaxBytes ?? Infinity);
    const received = await receiveUpload(request, { field: field.pointer, maxBytes, mediaTypes: field.mediaTypes }, this.storage);
    const row = Object.assign(new AttachmentEntity(), {
      id: randomUUID(),
      ownerId,
      uploadedBy: principal.subject,
      name: received.name,
      mediaType: received.mediaType,
      size: received.stored.size,
      sha256: received.stored.sha256,
      storageKey: received.stored.key,
      measure,
      field: field.pointer,
      createdAt: this.clock.timestamp(),
    } satisfies AttachmentEntity);
    try {
      await this.db.write(async (manager) => {
        await this.repo.insert(manager, row);
        const details = { measure, field: field.pointer, ownerId, mediaType: row.mediaType, size: row.size, sha256: row.sha256 };
        await this.audit.record(manager, principal, { action: 'attachment.upload', entityType: 'attachment', entityId: row.id, details });
      });
    } catch (error) {
      // No row, no file: the store forgets what the database did not record.
      await this.storage.remove(row.storageKey).catch((problem) => this.logger.error(`attachment content ${row.storageKey} left without a row`, problem));
      throw error;
    }
    return toRef(row);
  }

  /**
   * An attachment's content, for the organisation that owns it, admins (who see every
   * application, drafts included), and whoever may see a submitted application citing it;
   * everyone else hears 404, as if it did not exist.
   */
  async download(principal: Principal, id: string): Promise<AttachmentDownload> {
    const row = UUID.test(id) ? await this.db.read((manager) => this.visible(manager, principal, id.toLowerCase())) : null;
    if (!row) throw Errors.notFound(ATTACHMENT);
    return { ref: toRef(row), stream: await this.open(row) };
  }

  private async open(row: AttachmentEntity): Promise<Readable> {
    try {
      return await this.storage.open(row.storageKey);
    } catch (error) {
      if (!(error instanceof StoredContentMissingError)) throw error;
      this.logger.error(`attachment ${row.id} is recorded but its content ${row.storageKey} is not in the store (several API hosts on the files store?)`);
      throw contentMissing();
    }
  }

  private async visible(manager: EntityManager, principal: Principal, id: string): Promise<AttachmentEntity | null> {
    const row = await this.repo.findById(manager, id);
    if (!row) return null;
    if (principal.role === 'admin') return row;
    if (principal.role === 'applicant' && principal.applicantId === row.ownerId) return row;
    return (await this.repo.citedWithin(manager, row.id, scopeOf(principal))) ? row : null;
  }

  /**
   * Checks a form's attachment references for an organisation: each must be one of its uploads,
   * with the checksum, size and media type recorded at upload, and of a kind its field accepts.
   * Returns the problems, located by JSON pointer, in both languages; [] when all hold.
   */
  async verifyReferences(applicantId: string | null, refs: readonly LocatedReference[]): Promise<ApiIssue[]> {
    const ids = [...new Set(refs.map((r) => idOf(r.value)).filter((id): id is string => id !== undefined))];
    const rows = await this.db.read((manager) => this.repo.findByIds(manager, ids));
    const byId = new Map(rows.filter((row) => applicantId !== null && row.ownerId === applicantId).map((row) => [row.id, row]));
    const issues: ApiIssue[] = [];
    for (const { pointer, field, value } of refs) {
      const id = idOf(value);
      const row = id === undefined ? undefined : byId.get(id);
      if (!row) {
        issues.push({ pointer: `${pointer}/id`, message: label('未找到本单位上传的这个附件：请重新上传文件，并填入上传返回的引用', "no file your organisation uploaded has this id: upload the file again and use the reference the upload returns") });
        continue;
      }
      const ref = value as Partial<AttachmentRef>;
      const differs = (key: keyof AttachmentRef, zh: string, en: string) => {
        if (ref[key] !== undefined && ref[key] !== row[key]) issues.push({ pointer: `${pointer}/${key}`, message: label(`与上传时记录的${zh}不符：请使用上传返回的引用`, `does not match the ${en} recorded at upload: use the reference the upload returned`) });
      };
      differs('sha256', '校验值', 'checksum');
      differs('size', '文件大小', 'size');
      differs('mediaType', '文件类型', 'media type');
      if (!field.mediaTypes.includes(row.mediaType) || row.size > field.maxBytes) {
        issues.push({ pointer, message: label(`该字段不接受此文件（类型 ${row.mediaType}，${row.size} 字节）：请按字段要求重新上传`, `this field does not accept this file (${row.mediaType}, ${row.size} bytes): upload one the field accepts`) });
      }
    }
    return issues;
  }

  /** The attachment references a measure's form holds, located by JSON pointer. */
  referencesIn(measure: string, data: unknown): LocatedReference[] {
    return referencesIn(this.fieldsOf(measure), data);
  }

  /**
   * Records, inside a submission's transaction, which of the organisation's attachments the
   * application cites: from then on whoever may see it may download them.
   */
  async recordCitations(manager: EntityManager, applicationId: string, applicantId: string | null, refs: readonly LocatedReference[]): Promise<void> {
    const ids = [...new Set(refs.map((r) => idOf(r.value)).filter((id): id is string => id !== undefined))];
    const rows = await this.repo.findByIds(manager, ids);
    const sha = new Map(refs.map((r) => [idOf(r.value), (r.value as Partial<AttachmentRef>).sha256]));
    const cited = rows.filter((row) => applicantId !== null && row.ownerId === applicantId && sha.get(row.id) === row.sha256).map((row) => row.id);
    await this.repo.link(manager, applicationId, cited);
  }

  private ownerFor(principal: Principal, applicant: unknown): string {
    if (principal.role === 'applicant') {
      if (applicant !== undefined && applicant !== principal.applicantId) throw UploadErrors.applicantMismatch(principal.applicantId!);
      return principal.applicantId!;
    }
    if (typeof applicant !== 'string' || !isValidUscc(applicant)) throw UploadErrors.applicantRequired();
    return applicant;
  }
}

/** A reference's id, lower-cased, when it is one the store could have issued. */
function idOf(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && UUID.test(id) ? id.toLowerCase() : undefined;
}
