import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Button, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';

/** Deactivates a user (the API ends its sessions at once) or reactivates it. */
export function UserActiveButton() {
  const record = useRecordContext();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const active = Boolean(record.active);
  const toggle = () =>
    update(
      'users',
      { id: record.id, data: { active: !active }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(active ? 'pioneer.identity.deactivated' : 'pioneer.identity.reactivated', { type: 'success' });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Button
      label={active ? 'pioneer.identity.deactivate' : 'pioneer.identity.reactivate'}
      onClick={toggle}
      disabled={isPending}
      color={active ? 'error' : 'primary'}
      startIcon={active ? <BlockIcon /> : <CheckCircleIcon />}
      data-testid="user-active-toggle"
    />
  );
}
