import { isStorableText } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/**
 * What is wrong with an uploaded file's name, or null. The name is only shown and offered back
 * on download (the store's key is the server's own), but it must be storable, printable and a
 * plain name: `../../etc/passwd` or `C:\\x\\a.pdf` is refused rather than silently shortened.
 */
export function fileNameProblem(name: string | undefined): Label | null {
  if (!name || name.trim() === '') return label('缺少文件名：请在 filename 中给出文件名', "it is missing: give the file's name in filename");
  if ([...name].length > 255) return label('文件名超过 255 个字符：请改短后重试', 'it is longer than 255 characters: shorten it and try again');
  if (!isStorableText(name) || /[\u0000-\u001f\u007f]/.test(name)) return label('文件名含控制字符或无效字符：请重命名后重试', 'it holds control or invalid characters: rename the file and try again');
  if (/[/\\]/.test(name) || name === '.' || name === '..') return label('文件名不能包含目录（/ 或 \\）：只给出文件本身的名称', 'it must not hold folders (/ or \\): give the file\'s own name only');
  return null;
}
