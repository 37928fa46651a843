import { groupThousands, type Lang } from '@pioneer/engine';

/**
 * A count or measurement as people read it: 420,000 卡时, 12,500.5; four-digit numbers stay as
 * written, so a year (2025) or a head count (320) is not split.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) < 10_000) return String(value);
  const [whole, fraction] = String(Math.abs(value)).split('.');
  return `${value < 0 ? '-' : ''}${groupThousands(Number(whole))}${fraction ? `.${fraction}` : ''}`;
}

const KIB = 1024;

/** A file's size as people read it: 512 KB, 2.0 MB (bytes under 1 KB stay bytes). */
export function fileSizeText(bytes: number, lang: Lang): string {
  if (bytes < KIB) return lang === 'zh-CN' ? `${bytes} 字节` : `${bytes} bytes`;
  if (bytes < KIB * KIB) return `${Math.round(bytes / KIB)} KB`;
  return `${(bytes / KIB / KIB).toFixed(1)} MB`;
}

/** The kind of file by its media type, as its extension is known: PDF, JPEG, PNG, ZIP, XLSX. */
const MEDIA_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** "PDF · 2.0 MB": what an evidence file is, for the line beside its name. */
export function attachmentFacts(file: { mediaType?: string; size?: number }, lang: Lang): string {
  const kind = file.mediaType ? (MEDIA_TYPE_NAMES[file.mediaType] ?? file.mediaType) : undefined;
  const size = typeof file.size === 'number' ? fileSizeText(file.size, lang) : undefined;
  return [kind, size].filter(Boolean).join(' · ');
}
