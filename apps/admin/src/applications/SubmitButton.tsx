import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext } from 'react-admin';
import type { PioneerDataProvider } from '../providers/dataProvider';

/** Submits a draft: the server validates it, evaluates it and pins the parameter version. */
export function SubmitButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<PioneerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || !resource || record.status !== 'draft') return null;
  const submit = async () => {
    setBusy(true);
    try {
      await dataProvider.submit(resource, { id: record.id });
      notify('pioneer.application.submitted', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="pioneer.application.submit" onClick={submit} disabled={busy} startIcon={<SendIcon />} data-action="submit" />;
}
