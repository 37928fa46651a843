import type { Label } from '@pioneer/engine';

/** One problem with a request's body, located by JSON pointer. */
export interface ApiIssue {
  pointer: string;
  message: Label;
}

/**
 * The body of every error response: a machine code to branch on, a message in both languages
 * that says what to do next, and for bad input the fields at fault. Never a stack trace.
 */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: Label;
  issues?: ApiIssue[];
}

/** An error the API means to report: status, machine code, bilingual message, issues. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: Label,
    readonly issues?: ApiIssue[],
    /** Extra response headers (e.g. WWW-Authenticate). */
    readonly headers?: Record<string, string>,
  ) {
    super(`${code}: ${text.en}`);
  }

  body(): ErrorBody {
    return { statusCode: this.statusCode, error: this.code, message: this.text, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** The errors the API raises, each worded once. */
export const Errors = {
  validation: (issues: ApiIssue[]) =>
    new ApiError(
      400,
      'validation-failed',
      label(`申请表有 ${issues.length} 处问题，请按 issues 中所列字段修改后重试`, `The application has ${issues.length} problem(s): correct the fields listed in issues and send it again`),
      issues,
    ),
  badRequest: (code: string, zh: string, en: string, issues?: ApiIssue[]) => new ApiError(400, code, label(zh, en), issues),
  unauthenticated: () =>
    new ApiError(
      401,
      'unauthenticated',
      label('缺少或无效的访问令牌：请在 Authorization 头中提供 "Bearer <令牌>"', 'Missing or unknown access token: send the header "Authorization: Bearer <token>"'),
      undefined,
      { 'WWW-Authenticate': 'Bearer realm="pioneer"' },
    ),
  forbidden: (zh: string, en: string, issues?: ApiIssue[]) => new ApiError(403, 'forbidden', label(zh, en), issues),
  notFound: (what: Label) =>
    new ApiError(404, 'not-found', label(`未找到${what['zh-CN']}：请核对编号，或在列表中查找`, `${what.en} not found: check the id, or find it in the list`)),
  conflict: (code: string, zh: string, en: string) => new ApiError(409, code, label(zh, en)),
};
