import type { Lang } from '@pioneer/engine';
import type { AttachmentRef } from '@pioneer/ui-forms';
import { readSession } from '../session/session';

/**
 * Uploads an evidence file to the API's attachment route with XMLHttpRequest, which (unlike
 * fetch) reports upload progress. Refusals reject with the API's message in the chosen language
 * (too large, type not allowed…), which says what to do.
 */
export function uploadWithProgress(measure: string, lang: Lang) {
  return (pointer: string, file: File, onProgress: (fraction: number) => void): Promise<AttachmentRef> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/measures/${encodeURIComponent(measure)}/attachments?field=${encodeURIComponent(pointer)}`);
      const token = readSession()?.accessToken;
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.responseType = 'json';
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) return resolve(xhr.response as AttachmentRef);
        const message = (xhr.response as { message?: Record<Lang, string> } | null)?.message?.[lang];
        reject(new Error(message ?? `HTTP ${xhr.status}`));
      };
      xhr.onerror = () => reject(new Error(lang === 'en' ? 'the connection failed; try again' : '网络连接失败，请重试'));
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
}
