import { PioneerApiError, type Lang } from './errors';

/** How to reach the API. */
export interface ClientOptions {
  /** Where the API is served, e.g. `https://subsidy.example.gov.cn` (routes start with `/api`). */
  baseUrl: string;
  /** A session token (from `auth.signIn`), or a function giving the current one. */
  token?: string | (() => string | Promise<string>);
  /** A district API key (issued by an administrator): reads its district's applications and statistics. */
  apiKey?: string;
  /** The language people read errors in: `error.text` uses it, and the API is told (Accept-Language). Default zh-CN. */
  lang?: Lang;
  /** A fetch implementation; default: the global one (browsers, Node ≥ 18). */
  fetch?: typeof fetch;
  /** Retries after a network failure or a 503 (default 2). Only requests that are safe to repeat are retried after a network failure. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one (default 250 ms). A 503's Retry-After wins, up to 10 s. */
  retryDelayMs?: number;
}

/** One API call. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path from the base URL, starting `/api/`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** `blob`: answer the body as a Blob (downloads) instead of parsing JSON. */
  responseType?: 'json' | 'blob';
  /**
   * Whether sending it twice does no harm (reads, estimates, updates, submits with their
   * idempotency key): only those are sent again when the first attempt's fate is unknown.
   */
  idempotent: boolean;
}

/** Sends API calls: auth, JSON, retries, typed errors. What the measure clients are built on. */
export interface Http {
  request<T>(request: ApiRequest): Promise<T>;
}

const MAX_RETRY_AFTER_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function urlOf(baseUrl: string, request: ApiRequest): string {
  const query = Object.entries(request.query ?? {})
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${baseUrl.replace(/\/+$/, '')}${request.path}${query ? `?${query}` : ''}`;
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** An Http over fetch with the client's options. */
export function createHttp(options: ClientOptions): Http {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const retries = Math.max(0, options.retries ?? 2);
  const delayMs = options.retryDelayMs ?? 250;
  const tokenOf = async () => (typeof options.token === 'function' ? options.token() : (options.token ?? options.apiKey));
  const lang = options.lang ?? 'zh-CN';

  return {
    async request<T>(request: ApiRequest): Promise<T> {
      const url = urlOf(options.baseUrl, request);
      const token = await tokenOf();
      const headers: Record<string, string> = { Accept: request.responseType === 'blob' ? '*/*' : 'application/json', 'Accept-Language': lang, ...request.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      // A FormData body (an upload) goes as multipart, with the boundary fetch chooses.
      const form = typeof FormData !== 'undefined' && request.body instanceof FormData;
      if (request.body !== undefined && !form) headers['Content-Type'] = 'application/json';
      const init: RequestInit = {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : form ? (request.body as FormData) : JSON.stringify(request.body),
      };
      for (let attempt = 0; ; attempt++) {
        const backoff = delayMs * 2 ** attempt;
        let response: Response;
        try {
          response = await send(url, init);
        } catch (error) {
          if (request.idempotent && attempt < retries) {
            await sleep(backoff);
            continue;
          }
          throw PioneerApiError.network(error, lang);
        }
        // 503: the server did not take the request on (overloaded, starting, a database failover).
        if (response.status === 503 && attempt < retries) {
          await bodyOf(response);
          await sleep(retryAfterMs(response) ?? backoff);
          continue;
        }
        if (response.ok && request.responseType === 'blob') return (await response.blob()) as T;
        const body = await bodyOf(response);
        if (!response.ok) throw PioneerApiError.fromResponse(response.status, body, lang);
        return body as T;
      }
    },
  };
}

/** A fresh idempotency key (UUID v4): one per submit, reused by its retries. */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
