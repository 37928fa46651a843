import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An attachment cited by a submitted application, recorded with the submission: whoever may
 * see that application may download the file.
 */
@Entity({ name: 'attachment_links' })
@Index('ix_attachment_links_application', ['applicationId'])
export class AttachmentLinkEntity {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId!: string;

  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId!: string;
}
