import type { Label } from '@pioneer/engine';

/** The languages every message exists in. */
export type Lang = keyof Label;

/** One problem with what was sent, located by JSON pointer into the body (`/contract/amount`). */
export interface ApiIssue {
  pointer: string;
  message: Label;
}

/** The body of every error the API answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: Label;
  issues?: ApiIssue[];
}

/**
 * `Error` without its string `message`, so that a PioneerApiError can carry the API's bilingual
 * message there and still be an `Error` at run time (stack trace, `instanceof Error`).
 */
const ErrorWithoutMessage = Error as unknown as new (message?: string) => Omit<Error, 'message'>;

/**
 * What every failed call throws: the HTTP status (0 when the server could not be reached), the
 * API's machine code to branch on (`validation-failed`, `not-found`…), its message in both
 * languages, and for bad input the fields at fault.
 */
export class PioneerApiError extends ErrorWithoutMessage {
  override readonly name = 'PioneerApiError';
  declare readonly message: Label;
  /** The client's language (`createClient({ lang })`): what `text` and `issueText` word in. */
  readonly lang: Lang;

  /** The message in the client's language (or `lang`), to show as it is. */
  text(lang: Lang = this.lang): string {
    return this.message[lang];
  }

  /** Each field at fault, by JSON pointer, worded in the client's language (or `lang`): `{ '/contract/amount': '…' }`. */
  issueText(lang: Lang = this.lang): Record<string, string> {
    return Object.fromEntries((this.issues ?? []).map((issue) => [issue.pointer, issue.message[lang]]));
  }

  constructor(
    readonly status: number,
    readonly code: string,
    message: Label,
    readonly issues?: ApiIssue[],
    options?: { cause?: unknown; lang?: Lang },
  ) {
    super(`${status} ${code}: ${message.en}`);
    // The stack's first line is written from the string message: fix it before the message becomes a label.
    void this.stack;
    Object.defineProperty(this, 'message', { value: message, enumerable: false, writable: false, configurable: true });
    this.lang = options?.lang ?? 'zh-CN';
    if (options?.cause !== undefined) Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, configurable: true });
  }

  /** The error from the API's error body, or a generic one when the body is not the API's. */
  static fromResponse(status: number, body: unknown, lang?: Lang): PioneerApiError {
    const b = body as Partial<ApiErrorBody> | null;
    if (b && typeof b === 'object' && typeof b.error === 'string' && isLabel(b.message)) {
      return new PioneerApiError(status, b.error, b.message, Array.isArray(b.issues) ? b.issues : undefined, { lang });
    }
    return new PioneerApiError(status, `http-${status}`, {
      'zh-CN': `服务器返回了错误（HTTP ${status}）`,
      en: `The server answered with an error (HTTP ${status})`,
    }, undefined, { lang });
  }

  /** The server could not be reached (after the retries). */
  static network(cause: unknown, lang?: Lang): PioneerApiError {
    return new PioneerApiError(
      0,
      'network-error',
      { 'zh-CN': '无法连接服务器：请检查网络后重试', en: 'Could not reach the server: check the connection and try again' },
      undefined,
      { cause, lang },
    );
  }

  override toString(): string {
    return `${this.name}: ${this.status} ${this.code}: ${this.message.en}`;
  }
}

function isLabel(value: unknown): value is Label {
  return !!value && typeof value === 'object' && typeof (value as Label)['zh-CN'] === 'string' && typeof (value as Label).en === 'string';
}
