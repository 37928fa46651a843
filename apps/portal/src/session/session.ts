import { createClient, PioneerApiError, type PioneerClient, type SessionTokens } from '@pioneer/sdk';

/** What the portal keeps of a sign-in (this tab only: sessionStorage ends with the tab). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  displayName: string;
  username: string;
  /** When the access token expires (ms since 1970, this machine's clock), from the API's `expiresIn`. */
  expiresAt?: number;
}

const KEY = 'pioneer.portal.session';

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function writeSession(tokens: SessionTokens | null): Session | null {
  if (!tokens) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  const session: Session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, displayName: tokens.user.displayName, username: tokens.user.username, expiresAt: Date.now() + tokens.expiresIn * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** The API client with the current access token (the API is on the same origin, under /api). */
export function apiClient(): PioneerClient {
  return createClient({ baseUrl: window.location.origin, token: () => readSession()?.accessToken ?? '' });
}

/** How long before its expiry an access token is renewed: a request never leaves with a token about to lapse. */
const RENEW_EARLY_MS = 30_000;
let refreshing: Promise<void> | null = null;

/**
 * Renews the session once for everyone: the refresh token works once, so calls that find the
 * token expired together (a screen loads several things at once) wait for the same renewal. A
 * refusal ends the session: the screen turns into the sign-in page, saying why.
 */
function renewSession(session: Session): Promise<void> {
  refreshing ??= apiClient()
    .auth.refresh(session.refreshToken)
    .then(
      (tokens) => void writeSession(tokens),
      (error: unknown) => {
        writeSession(null);
        window.dispatchEvent(new Event('pioneer:session-ended'));
        throw error;
      },
    )
    .finally(() => (refreshing = null));
  return refreshing;
}

/**
 * Runs a call with a live access token: one about to expire is renewed first (no request fails
 * for it, and the browser logs no 401); one the API refuses anyway is renewed once and the call
 * run again.
 */
export async function withSession<T>(call: (client: PioneerClient) => Promise<T>): Promise<T> {
  const before = readSession();
  if (before?.expiresAt && Date.now() > before.expiresAt - RENEW_EARLY_MS) await renewSession(before);
  const used = readSession();
  try {
    return await call(apiClient());
  } catch (error) {
    const session = readSession();
    if (!(error instanceof PioneerApiError) || error.status !== 401 || !session) throw error;
    if (session.accessToken === used?.accessToken) await renewSession(session).catch(() => Promise.reject(error));
    return call(apiClient());
  }
}

/** The words of an API error in the chosen language (the API says what to do next), with the fields at fault. */
export function errorText(error: unknown, lang: 'zh-CN' | 'en'): string {
  if (error instanceof PioneerApiError) {
    const issues = (error.issues ?? []).slice(0, 5).map((issue) => issue.message[lang]);
    return [error.message[lang], ...issues].join(lang === 'en' ? '; ' : '；');
  }
  return lang === 'en' ? 'The service did not answer; check your connection and try again.' : '服务没有响应，请检查网络后重试。';
}

/** GET of an API route the SDK has no method for, as the signed-in account; errors as PioneerApiError. */
export function getJson<T>(path: string): Promise<T> {
  return withSession(async () => {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${readSession()?.accessToken ?? ''}` } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw PioneerApiError.fromResponse(response.status, body);
    return body as T;
  });
}
