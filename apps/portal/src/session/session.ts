import { createClient, PioneerApiError, type PioneerClient, type SessionTokens } from '@pioneer/sdk';

/** What the portal keeps of a sign-in (this tab only: sessionStorage ends with the tab). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  displayName: string;
  username: string;
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
  const session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, displayName: tokens.user.displayName, username: tokens.user.username };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** The API client with the current access token (the API is on the same origin, under /api). */
export function apiClient(): PioneerClient {
  return createClient({ baseUrl: window.location.origin, token: () => readSession()?.accessToken ?? '' });
}

/**
 * Runs a call; when the access token has expired, refreshes it once and runs the call again.
 * A refusal of the refresh ends the session (the caller shows the sign-in).
 */
export async function withSession<T>(call: (client: PioneerClient) => Promise<T>): Promise<T> {
  const client = apiClient();
  try {
    return await call(client);
  } catch (error) {
    const session = readSession();
    if (!(error instanceof PioneerApiError) || error.status !== 401 || !session) throw error;
    try {
      writeSession(await client.auth.refresh(session.refreshToken));
    } catch {
      writeSession(null);
      window.dispatchEvent(new Event('pioneer:session-ended'));
      throw error;
    }
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
