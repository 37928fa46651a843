import GroupAddIcon from '@mui/icons-material/GroupAdd';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { backoffice } from '../providers/providers';

/**
 * Assigns the same reviewers to every selected application (admins): one call each, since the
 * API assigns per application; those it refuses (not awaiting review) are counted, not hidden.
 */
export function BulkAssignButton() {
  const { selectedIds, resource } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const [accounts, setAccounts] = useState('');
  const [busy, setBusy] = useState(false);
  const list = accounts.split(/[,，\s]+/).filter(Boolean);
  const assign = async () => {
    setBusy(true);
    const results = await Promise.allSettled(selectedIds.map((id) => backoffice.assign(String(id), list)));
    setBusy(false);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    const done = results.length - failed.length;
    notify(translate('pioneer.list.assigned', { done, failed: failed.length, reason: failed[0]?.reason?.message ?? '' }), { type: failed.length ? 'warning' : 'success' });
    setOpen(false);
    unselectAll();
    refresh();
  };
  return (
    <>
      <Button label={translate('pioneer.list.assign_selected', { smart_count: selectedIds.length })} onClick={() => setOpen(true)} startIcon={<GroupAddIcon />} data-testid="bulk-assign" />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('pioneer.list.assign_selected', { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <TextField name="bulk-reviewers" autoFocus fullWidth margin="dense" label={translate('pioneer.review.reviewers')} helperText={translate('pioneer.review.reviewers_help')} value={accounts} onChange={(e) => setAccounts(e.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="pioneer.review.assign" variant="contained" disabled={busy || list.length === 0} onClick={assign} data-action="bulk-assign" />
        </DialogActions>
      </Dialog>
    </>
  );
}
