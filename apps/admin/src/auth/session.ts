import { createClient, PioneerApiError, type SessionTokens, type User } from '@pioneer/sdk';

const KEY = 'pioneer.session';
/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
const EARLY_MS = 30_000;

/** What the browser keeps of a sign-in: the token pair and who it is. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: Pick<User, 'username' | 'displayName' | 'role' | 'district'>;
}

/** The auth calls need no token: a client of their own, on the page's origin (the API behind the proxy). */
const auth = () => createClient({ baseUrl: window.location.origin }).auth;

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function keep(tokens: SessionTokens): Session {
  const { username, displayName, role, district } = tokens.user;
  const session: Session = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
    user: { username, displayName, role, district },
  };
  localStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function forgetSession(): void {
  localStorage.removeItem(KEY);
}

export async function signIn(username: string, password: string): Promise<Session> {
  return keep(await auth().signIn({ username, password }));
}

export async function signOut(): Promise<void> {
  const session = readSession();
  forgetSession();
  // The session ends on the server too, so a copied refresh token is worthless; offline, it expires.
  if (session)
    await auth()
      .signOut(session.refreshToken)
      .catch(() => undefined);
}

let refreshing: Promise<Session | null> | null = null;

/**
 * The access token to send now: refreshed first when it is about to expire. One refresh at a
 * time (refresh tokens work once: two parallel refreshes would end the session as copied).
 * Null when signed out or when the session has ended (the next 401 sends the user to sign-in).
 */
export async function currentToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (session.expiresAt - Date.now() > EARLY_MS) return session.accessToken;
  refreshing ??= auth()
    .refresh(session.refreshToken)
    .then(keep)
    .catch((error: unknown) => {
      if (error instanceof PioneerApiError && (error.status === 401 || error.status === 400)) forgetSession();
      return readSession();
    })
    .finally(() => {
      refreshing = null;
    });
  return (await refreshing)?.accessToken ?? null;
}
