import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/**
 * Runs a lifecycle call, then says so and reloads the record; a refusal is shown as the API
 * words it (what went wrong and what to do next), in the current language.
 */
export function useMove(): { busy: boolean; run: (work: () => Promise<unknown>, done: string) => Promise<boolean> } {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
