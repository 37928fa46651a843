import { Injectable } from '@nestjs/common';
import { type ApplicationScope } from '@pioneer/api-applications';
import { ApplicationEntity, AttachmentEntity, AttachmentLinkEntity } from '@pioneer/api-core';
import { type EntityManager, In, type QueryDeepPartialEntity } from 'typeorm';

/**
 * The attachments tables' queries, each served by an index: attachments by id (primary key),
 * links by attachment (the primary key's leading column) joined to applications by id.
 */
@Injectable()
export class AttachmentsRepository {
  async insert(manager: EntityManager, row: AttachmentEntity): Promise<void> {
    await manager.insert(AttachmentEntity, row as QueryDeepPartialEntity<AttachmentEntity>);
  }

  findById(manager: EntityManager, id: string): Promise<AttachmentEntity | null> {
    return manager.findOne(AttachmentEntity, { where: { id } });
  }

  findByIds(manager: EntityManager, ids: string[]): Promise<AttachmentEntity[]> {
    return ids.length ? manager.find(AttachmentEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** Bytes of uploads an organisation holds (served by the owner index). */
  async bytesOwnedBy(manager: EntityManager, ownerId: string): Promise<number> {
    const row = await manager.createQueryBuilder(AttachmentEntity, 't').select('COALESCE(SUM(t.size), 0)', 'bytes').where('t.ownerId = :ownerId', { ownerId }).getRawOne<{ bytes: string | number }>();
    return Number(row?.bytes ?? 0);
  }

  /** Records that an application cites attachments; citing one twice (a resubmission) is a no-op. */
  async link(manager: EntityManager, applicationId: string, attachmentIds: string[]): Promise<void> {
    if (!attachmentIds.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AttachmentLinkEntity)
      .values(attachmentIds.map((attachmentId) => ({ attachmentId, applicationId })))
      .orIgnore()
      .execute();
  }

  /** Whether an application the scope may see cites the attachment. */
  async citedWithin(manager: EntityManager, attachmentId: string, scope: ApplicationScope): Promise<boolean> {
    const qb = manager
      .createQueryBuilder(AttachmentLinkEntity, 'l')
      .innerJoin(ApplicationEntity, 'a', 'a.id = l.applicationId')
      .where('l.attachmentId = :attachmentId', { attachmentId });
    if (scope.applicantId !== undefined) qb.andWhere('a.applicantId = :applicantId', { applicantId: scope.applicantId });
    if (scope.district !== undefined) qb.andWhere('a.district = :district', { district: scope.district });
    if (scope.submittedOnly) qb.andWhere("a.status <> 'draft'");
    return (await qb.select('1').limit(1).getRawOne()) !== undefined;
  }
}
