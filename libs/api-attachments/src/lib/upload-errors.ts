import { ApiError, type ApiIssue } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** Never more than 64 characters of something a client sent, and nothing unprintable. */
export const shown = (text: string): string => text.slice(0, 64).replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '?');

const issue = (pointer: string, message: Label): ApiIssue[] => [{ pointer, message }];

const MIB = 1024 * 1024;
const sizeText = (bytes: number): string => (bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MiB` : `${bytes} B`);

/** The errors an upload can end in, each worded once, with what to do next. */
export const UploadErrors = {
  multipartRequired: () =>
    new ApiError(
      415,
      'multipart-required',
      label('请以 multipart/form-data 上传文件：一个名为 file 的文件部分', 'Upload the file as multipart/form-data: one file part named "file"'),
    ),
  badMultipart: () =>
    new ApiError(
      400,
      'bad-multipart',
      label('无法读取上传内容（multipart 格式有误或不完整）：请重新上传，只含一个名为 file 的文件部分', 'The upload could not be read (malformed or incomplete multipart data): upload again with exactly one file part named "file"'),
    ),
  fileMissing: () =>
    new ApiError(400, 'file-missing', label('上传内容中没有文件：请附上一个名为 file 的文件部分', 'The upload holds no file: include one file part named "file"'), issue('/file', label('缺少文件', 'missing'))),
  oneFileOnly: () =>
    new ApiError(400, 'one-file-only', label('每次只能上传一个文件：请逐个上传，每个文件引用分别填入表单', 'Upload one file per request: send each file on its own and put each returned reference in the form'), issue('/file', label('只能有一个文件', 'only one file allowed'))),
  tooManyParts: () =>
    new ApiError(400, 'too-many-parts', label('上传内容的部分过多：请只发送一个名为 file 的文件部分', 'The upload has too many parts: send only one file part named "file"')),
  unexpectedPart: (name: string) =>
    new ApiError(
      400,
      'unexpected-part',
      label(`上传内容中有多余的部分「${shown(name)}」：只接受一个名为 file 的文件部分，归属与存储位置由服务器决定`, `The upload has an unexpected part '${shown(name)}': only one file part named "file" is accepted; owner and storage are the server's`),
      issue(`/${shown(name).replace(/~/g, '~0').replace(/\//g, '~1')}`, label('不接受此部分', 'not accepted')),
    ),
  badFileName: (why: Label) =>
    new ApiError(400, 'bad-file-name', label(`文件名不可用：${why['zh-CN']}`, `The file name cannot be used: ${why.en}`), issue('/file/name', why)),
  mediaTypeNotAllowed: (field: string, declared: string, allowed: readonly string[]) =>
    new ApiError(
      415,
      'media-type-not-allowed',
      label(`字段 ${field} 不接受类型「${shown(declared)}」的文件：请上传以下类型之一：${allowed.join('、')}`, `The field ${field} does not accept files of type '${shown(declared)}': upload one of ${allowed.join(', ')}`),
      issue(field, label(`允许的类型：${allowed.join('、')}`, `allowed types: ${allowed.join(', ')}`)),
    ),
  contentMismatch: (field: string, declared: string) =>
    new ApiError(
      415,
      'content-not-media-type',
      label(`文件内容不是所声明的类型 ${declared}：请上传真正的 ${declared} 文件（改扩展名无效）`, `The file's content is not the declared type ${declared}: upload a real ${declared} file (renaming a file does not change it)`),
      issue(field, label(`内容与类型 ${declared} 不符`, `content is not ${declared}`)),
    ),
  empty: (field: string) =>
    new ApiError(400, 'file-empty', label('文件为空：请选择有内容的文件', 'The file is empty: choose a file that has content'), issue(field, label('文件为空', 'empty file'))),
  tooLarge: (field: string, maxBytes: number) =>
    new ApiError(
      413,
      'file-too-large',
      label(`文件超过字段 ${field} 允许的大小 ${sizeText(maxBytes)}：请压缩或拆分后分别上传`, `The file is larger than the ${sizeText(maxBytes)} the field ${field} allows: compress it or split it and upload the parts`),
      issue(field, label(`最大 ${sizeText(maxBytes)}`, `at most ${sizeText(maxBytes)}`)),
    ),
  quotaReached: (quota: number) =>
    new ApiError(
      409,
      'attachment-quota-reached',
      label(`本单位的附件已达上限 ${sizeText(quota)}：请联系管理员`, `Your organisation's attachments have reached the limit of ${sizeText(quota)}: contact the administrators`),
    ),
  notAnAttachmentField: (measure: string, field: string, fields: readonly string[]) =>
    new ApiError(
      400,
      'not-an-attachment-field',
      label(
        `「${shown(field)}」不是措施 ${measure} 的附件字段：请在 field 参数中填写以下之一：${fields.join('、') || '（该措施没有附件字段）'}`,
        `'${shown(field)}' is not an attachment field of the measure ${measure}: give one of these in the field parameter: ${fields.join(', ') || '(this measure has no attachment field)'}`,
      ),
      issue('/field', label('不是附件字段', 'not an attachment field')),
    ),
  applicantRequired: () =>
    new ApiError(
      400,
      'applicant-required',
      label('管理员代为上传时须在 applicant 参数中填写所属单位的统一社会信用代码', 'An admin uploading for an organisation must give its credit code in the applicant parameter'),
      issue('/applicant', label('须为有效的统一社会信用代码', 'must be a valid credit code')),
    ),
  applicantMismatch: (own: string) =>
    new ApiError(
      403,
      'applicant-mismatch',
      label(`只能为本单位（${own}）上传附件：请去掉 applicant 参数`, `You can upload only for your own organisation (${own}): leave out the applicant parameter`),
      issue('/applicant', label(`须为本单位的代码 ${own}`, `must be your organisation's code ${own}`)),
    ),
};
