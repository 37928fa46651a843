import type { Lang } from '@pioneer/engine';
import type { FieldProps } from '@rjsf/utils';
import { useState } from 'react';
import { FieldErrorTemplate } from './FieldErrorTemplate';

/** A stored evidence file as a form holds it (common/attachment.json). */
export interface AttachmentRef {
  id: string;
  name: string;
  sha256: string;
  mediaType?: string;
  size?: number;
}

/** Uploads one file for the attachment field at `pointer`, reporting progress (0–1). */
export type UploadFile = (pointer: string, file: File, onProgress: (fraction: number) => void) => Promise<AttachmentRef>;

/** Out of sight but still focusable and announced (a display:none input could not be reached by keyboard). */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
// At least 44 px high: a finger's width on a phone (WCAG 2.5.5).
const BUTTON_LOOK = { display: 'inline-flex', alignItems: 'center', minHeight: 44, boxSizing: 'border-box', padding: '6px 14px', border: '1px dashed currentColor', borderRadius: 6, cursor: 'pointer' } as const;

const WORDS = {
  'zh-CN': { choose: '选择文件上传', uploading: '上传中', remove: '删除', failed: '上传未成功：', size: (kb: number) => `${kb} KB` },
  en: { choose: 'Choose a file to upload', uploading: 'Uploading', remove: 'Remove', failed: 'Upload failed: ', size: (kb: number) => `${kb} KB` },
} as const;

/**
 * A list of evidence files: a file input uploads each (with a progress bar) and the form keeps
 * the references. Used when the form is given an `upload` (the portal); otherwise the list
 * shows its reference fields as typed-in text.
 */
export function AttachmentsField({ formData, onChange, fieldPathId, schema, registry, rawErrors, errorSchema, required, disabled, readonly }: FieldProps) {
  const lang = (registry.formContext?.lang ?? 'zh-CN') as Lang;
  const upload = registry.formContext?.upload as UploadFile;
  const words = WORDS[lang];
  // rjsf fills a required list with one empty item; an upload list holds only uploaded files.
  const files = (Array.isArray(formData) ? formData : []).filter((file): file is AttachmentRef => Boolean(file && (file as AttachmentRef).id));
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string>();
  const pointer = `/${fieldPathId.path.join('/')}`;
  const id = fieldPathId.$id;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(undefined);
    setProgress(0);
    try {
      const ref = await upload(pointer, file, setProgress);
      onChange([...files, ref], fieldPathId.path);
    } catch (error) {
      setFailure(words.failed + (error instanceof Error ? error.message : String(error)));
    } finally {
      setProgress(null);
    }
  };

  const errors = [...(rawErrors ?? []), ...((errorSchema?.__errors as string[] | undefined) ?? [])];
  return (
    <fieldset className="attachments" data-attachments={pointer} aria-describedby={`${id}__error`}>
      <legend>
        {schema.title}
        {required ? ' *' : ''}
      </legend>
      {schema.description && <p className="help">{schema.description}</p>}
      <ul>
        {files.map((file, index) => (
          <li key={file.id}>
            {file.name}
            {file.size ? ` (${words.size(Math.ceil(file.size / 1024))})` : ''}{' '}
            {!readonly && !disabled && (
              <button type="button" onClick={() => onChange(files.filter((_, i) => i !== index), fieldPathId.path)}>
                {words.remove}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readonly && !disabled && files.length < max && (
        // The browser's own file button speaks the browser's language, not the form's: it is
        // hidden, and the label (a button to look at, in the form's language) opens it.
        <label className="upload-button" style={BUTTON_LOOK}>
          {words.choose}
          <input id={id} style={VISUALLY_HIDDEN} type="file" disabled={progress !== null} onChange={(event) => choose(event.target.files?.[0]).then(() => (event.target.value = ''))} />
        </label>
      )}
      {progress !== null && (
        <progress max={1} value={progress} aria-label={words.uploading}>
          {Math.round(progress * 100)}%
        </progress>
      )}
      {failure && <p role="alert">{failure}</p>}
      <FieldErrorTemplate errors={errors} fieldPathId={fieldPathId} schema={schema} registry={registry} />
    </fieldset>
  );
}
