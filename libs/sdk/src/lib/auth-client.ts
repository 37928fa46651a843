import type { Http } from './http';

/** A user as the API returns it (never a password or hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'reviewer' | 'approver' | 'district-officer' | 'applicant';
  /** Applicants: their organisation. */
  organisationId: string | null;
  /** District officers: their district. */
  district: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An organisation of the registry. */
export interface Organisation {
  id: string;
  /** Unified social credit code. */
  creditCode: string;
  name: string;
  kind: string;
  district: string;
  /** YYYY-MM-DD. */
  registeredOn: string;
  contact: { name: string; phone: string; email?: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** What sign-in and refresh return. */
export interface SessionTokens {
  tokenType: 'Bearer';
  /** Short-lived: pass it as the client's `token`. */
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  /** Works once: `auth.refresh(refreshToken)` before the access token expires. */
  refreshToken: string;
  refreshExpiresIn: number;
  user: User;
}

/** Who the caller is. */
export interface Me {
  subject: string;
  role: User['role'];
  userId?: string;
  organisationId?: string;
  /** Applicants: their organisation's credit code. */
  applicantId?: string;
  district?: string;
}

/** An applicant organisation registering itself, with its first user. */
export interface RegistrationInput {
  organisation: Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'contact'> & { contact?: Organisation['contact'] };
  user: { username: string; displayName: string; password: string };
}

/** Sign-in and the session: `client.auth`. */
export interface AuthClient {
  /** Signs in with a user name and password. A wrong name or password is a PioneerApiError with status 401 (`sign-in-failed`). */
  signIn(credentials: { username: string; password: string }): Promise<SessionTokens>;
  /** A new pair for a refresh token; the one given stops working. */
  refresh(refreshToken: string): Promise<SessionTokens>;
  /** Ends the session of a refresh token: its access tokens stop working too. */
  signOut(refreshToken: string): Promise<void>;
  /** The caller, as the API sees its token. */
  me(): Promise<Me>;
  /**
   * Changes the signed-in user's own password; its other sessions end, this one goes on. A wrong
   * current password is a PioneerApiError with status 400 and an issue at `/currentPassword`.
   */
  changePassword(passwords: { currentPassword: string; newPassword: string }): Promise<void>;
  /** Registers an applicant organisation and its first user (then sign in). */
  register(input: RegistrationInput): Promise<{ organisation: Organisation; user: User }>;
}

/**
 * The auth calls. None is retried after a network failure: a sign-in or refresh whose answer was
 * lost may have spent its refresh token, so the caller decides (sign in again).
 */
export function authClient(http: Http): AuthClient {
  return {
    signIn: (credentials) => http.request({ method: 'POST', path: '/api/auth/sign-in', body: credentials, idempotent: false }),
    refresh: (refreshToken) => http.request({ method: 'POST', path: '/api/auth/refresh', body: { refreshToken }, idempotent: false }),
    signOut: async (refreshToken) => {
      await http.request({ method: 'POST', path: '/api/auth/sign-out', body: { refreshToken }, idempotent: true });
    },
    me: () => http.request({ method: 'GET', path: '/api/auth/me', idempotent: true }),
    changePassword: async (passwords) => {
      await http.request({ method: 'POST', path: '/api/auth/password', body: passwords, idempotent: false });
    },
    register: (input) => http.request({ method: 'POST', path: '/api/auth/register', body: input, idempotent: false }),
  };
}
