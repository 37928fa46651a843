import type { AuthProvider } from 'react-admin';
import { forgetSession, readSession, signIn, signOut } from '../auth/session';

/**
 * Sign-in per user against the identity API (user name and password → access and refresh
 * tokens, refreshed before expiry by the data provider's token source). Signed out, every page
 * but /login sends to /login once: checkAuth rejects without logging out again, so a first
 * visit is one redirect, not a loop.
 */
export const authProvider: AuthProvider = {
  login: async ({ username, password }: { username: string; password: string }) => {
    await signIn(username, password);
  },
  logout: async () => {
    await signOut();
    // Already on the sign-in page: no redirect. Each redirect re-mounted the page, whose checks
    // logged out and redirected again (a loop of thousands of navigations on a first visit).
    return window.location.hash.startsWith('#/login') ? false : '/login';
  },
  checkAuth: async () => {
    if (!readSession()) throw { redirectTo: '/login', message: false };
  },
  checkError: async (error: { status?: number }) => {
    if (error?.status === 401) {
      forgetSession();
      throw { redirectTo: '/login', message: 'pioneer.login.expired' };
    }
  },
  getIdentity: async () => {
    const session = readSession();
    if (!session) throw new Error('pioneer.login.required');
    return { id: session.user.username, fullName: session.user.displayName, role: session.user.role, district: session.user.district };
  },
  getPermissions: async () => readSession()?.user.role ?? null,
};
