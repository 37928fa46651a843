import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from './fen.transformer';

/**
 * One uploaded file: who owns it (the organisation's credit code), who sent it, what it is and
 * where the store keeps it. The file's content is in the attachment store under `storageKey`,
 * a name the server chose, never the uploaded file name.
 */
@Entity({ name: 'attachments' })
@Index('ix_attachments_owner_created', ['ownerId', 'createdAt'])
export class AttachmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The owning organisation's credit code: only its applications may reference the file. */
  @Column({ name: 'owner_id', type: 'varchar', length: 64 })
  ownerId!: string;

  /** The principal's subject that uploaded it (an applicant, or an admin acting for one). */
  @Column({ name: 'uploaded_by', type: 'varchar', length: 200 })
  uploadedBy!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType!: string;

  /** Bytes; BIGINT read back as a number (files stay far below 2^53 bytes). */
  @Column({ type: 'bigint', transformer: fenTransformer })
  size!: number;

  /** Lower-case hex SHA-256 of the content, computed while it streamed in. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  /** The measure and form field (JSON pointer) it was uploaded for. */
  @Column({ type: 'varchar', length: 100 })
  measure!: string;

  @Column({ type: 'varchar', length: 200 })
  field!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt!: string;
}
