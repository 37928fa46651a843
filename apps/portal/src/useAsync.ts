import { useCallback, useEffect, useState } from 'react';

/** A value loaded once per `deps`, with its error and a retry: every screen shows the three states. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): { value?: T; error?: unknown; loading: boolean; retry: () => void } {
  const [state, setState] = useState<{ value?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => live && setState({ value, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
