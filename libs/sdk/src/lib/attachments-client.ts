import type { AttachmentRef } from '@pioneer/contracts';
import type { Http } from './http';

/** Media types by file extension, for content given without one (a Node Buffer). */
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A downloaded attachment: its content, with the type it was stored as. */
export interface AttachmentFile {
  content: Blob;
  mediaType: string;
}

/** Options of an upload. */
export interface UploadOptions {
  /** The file's media type, when the content does not carry one (default: from the name's extension). */
  mediaType?: string;
  /** Admins only: the organisation (credit code) the file is uploaded for. */
  applicant?: string;
}

/** Evidence files: upload one for a measure's attachment field, download one. */
export interface AttachmentsClient {
  /**
   * Uploads `file` for the measure's attachment `field` (a JSON pointer such as
   * `/attachments/contract`) and returns the reference to put in the form. Refusals throw
   * PioneerApiError: 413 `file-too-large`, 415 `media-type-not-allowed` / `content-not-media-type`,
   * 400 `not-an-attachment-field`…
   */
  upload(measure: string, field: string, file: Blob | Uint8Array, name: string, options?: UploadOptions): Promise<AttachmentRef>;
  /** Downloads an attachment the caller may see (else PioneerApiError 404). */
  download(id: string): Promise<AttachmentFile>;
}

/** The attachments calls over an Http. */
export function attachmentsClient(http: Http): AttachmentsClient {
  return {
    upload(measure, field, file, name, options = {}) {
      const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
      const type = options.mediaType ?? ((file instanceof Blob && file.type) || BY_EXTENSION[extension] || 'application/octet-stream');
      // Copied into a Blob of its own type: a Node Buffer may share a larger memory block.
      const content = file instanceof Blob && file.type === type ? file : new Blob([file instanceof Blob ? file : new Uint8Array(file)], { type });
      const form = new FormData();
      form.append('file', content, name);
      return http.request<AttachmentRef>({
        method: 'POST',
        path: `/api/measures/${encodeURIComponent(measure)}/attachments`,
        query: { field, applicant: options.applicant },
        body: form,
        idempotent: false,
      });
    },
    async download(id) {
      const content = await http.request<Blob>({ method: 'GET', path: `/api/attachments/${encodeURIComponent(id)}`, idempotent: true, responseType: 'blob' });
      return { content, mediaType: content.type };
    },
  };
}
