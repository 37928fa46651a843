import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import type { Label } from '@pioneer/engine';
import { ApiError, type ErrorBody } from './api-error';

/** What to send for an error, and whether it was unexpected (then it is logged with its stack). */
export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
  /** Set for 5xx: a reference the client can quote, also in the server log. */
  reference?: string;
}

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** Client errors raised outside our code (routing, body parsing), worded with the next step. */
const BY_STATUS: Record<number, { code: string; message: Label }> = {
  400: { code: 'bad-request', message: label('无法读取请求：请发送 JSON 对象，并设置 Content-Type: application/json', 'The request could not be read: send a JSON object with Content-Type: application/json') },
  404: { code: 'not-found', message: label('没有这个接口：接口列表见 /api/docs', 'No such endpoint: see /api/docs for the list of endpoints') },
  405: { code: 'method-not-allowed', message: label('该接口不支持此方法：接口列表见 /api/docs', 'This endpoint does not take this method: see /api/docs') },
  406: { code: 'not-acceptable', message: label('本接口只返回 JSON：请接受 application/json', 'This API answers in JSON only: accept application/json') },
  413: { code: 'payload-too-large', message: label('请求体过大：附件请以引用方式提交，勿直接上传文件内容', 'The request body is too large: reference attachments instead of sending their content') },
  415: { code: 'unsupported-media-type', message: label('请以 JSON 发送请求体，并设置 Content-Type: application/json', 'Send the body as JSON with Content-Type: application/json') },
  429: { code: 'too-many-requests', message: label('请求过于频繁：请稍后重试', 'Too many requests: wait a moment and try again') },
};

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

/**
 * Maps anything thrown to the API's error body. ApiErrors carry their own; other client errors
 * (an unknown route, unreadable JSON, a body over the limit) get the message for their status;
 * everything else is a 500 whose body says only what to do, with a reference to the log.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof ApiError) return { status: error.statusCode, body: error.body(), headers: error.headers };
  const status = statusOf(error);
  if (status !== undefined && status < 500) {
    const known = BY_STATUS[status] ?? { code: 'bad-request', message: BY_STATUS[400].message };
    return { status, body: { statusCode: status, error: known.code, message: known.message } };
  }
  const reference = randomUUID();
  return {
    status: 500,
    reference,
    body: {
      statusCode: 500,
      error: 'internal-error',
      message: label(
        `服务器内部错误：请稍后重试；如仍失败，请联系技术支持并提供编号 ${reference}`,
        `Something went wrong on the server: try again shortly; if it keeps failing, contact support quoting reference ${reference}`,
      ),
    },
  };
}
