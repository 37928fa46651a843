import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionTokens } from '@pioneer/sdk';
import { apiClient, readSession, writeSession, type Session } from './session';

interface SessionState {
  session: Session | null;
  /** The API refused to renew the session (it expired or was ended elsewhere): the sign-in page says so. */
  ended: boolean;
  signedIn: (tokens: SessionTokens) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** The signed-in organisation account, if any; ends when the API refuses to refresh it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    const ended = () => {
      setSession(null);
      setEnded(true);
    };
    window.addEventListener('pioneer:session-ended', ended);
    return () => window.removeEventListener('pioneer:session-ended', ended);
  }, []);
  const signedIn = useCallback((tokens: SessionTokens) => {
    setEnded(false);
    setSession(writeSession(tokens));
  }, []);
  const signOut = useCallback(async () => {
    const current = readSession();
    setSession(writeSession(null));
    // Ends the session on the server too; a failure leaves only a refresh token nobody holds.
    if (current) await apiClient().auth.signOut(current.refreshToken).catch(() => undefined);
  }, []);
  const value = useMemo(() => ({ session, ended, signedIn, signOut }), [session, ended, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
