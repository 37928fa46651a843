import type { AuthProvider } from 'react-admin';

const TOKEN = 'pioneer.token';
const ROLE = 'pioneer.role';

/** Roles the login page offers, each with the API's demo token (PIONEER_TOKENS replaces them in production). */
export const DEMO_ROLES = [
  { role: 'admin', token: 'admin-demo' },
  { role: 'reviewer', token: 'reviewer-demo' },
  { role: 'applicant', token: 'applicant-demo' },
] as const;

export const getToken = (): string | null => localStorage.getItem(TOKEN);

/**
 * A bearer token kept in the browser: login stores the token the user picked (a demo role's,
 * or one typed in), logout forgets it, and a 401 from the API logs out.
 */
export const authProvider: AuthProvider = {
  login: async ({ role, token }: { role: string; token: string }) => {
    if (!token) throw new Error('pioneer.login.token_required');
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(ROLE, role);
  },
  logout: async () => {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(ROLE);
  },
  checkAuth: async () => {
    if (!getToken()) throw new Error('pioneer.login.required');
  },
  checkError: async (error: { status?: number }) => {
    if (error?.status === 401) throw new Error('pioneer.login.expired');
  },
  getIdentity: async () => {
    const role = localStorage.getItem(ROLE) ?? 'admin';
    return { id: role, fullName: role };
  },
  getPermissions: async () => localStorage.getItem(ROLE),
};
