import DoneAllIcon from '@mui/icons-material/DoneAll';
import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { moneyLabel } from '@pioneer/engine';
import type { BulkApprovalResponse } from '@pioneer/sdk';
import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { backoffice } from '../providers/providers';
import { approvableSelection } from './bulk-approval.util';
import { BulkApprovalResults } from './BulkApprovalResults';
import { useLang } from './useLang';

/** The API takes a comment of 2 to 2000 characters, or none. */
const commentOk = (text: string) => text.length === 0 || (text.length >= 2 && text.length <= 2000);

/**
 * Approves the selected scored applications in one call (approvers), in the list's order: a
 * confirmation with their count and total recommended amount and an optional comment, then each
 * one's outcome. Disabled, saying why, when none of the selection awaits approval.
 */
export function BulkApproveButton() {
  const { selectedIds, data, resource } = useListContext();
  const translate = useTranslate();
  const lang = useLang();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BulkApprovalResponse | null>(null);
  const { rows, total, leftOut } = approvableSelection(data, selectedIds);
  const numbers = new Map(rows.map((row) => [String(row.id), String(row.number ?? row.id)]));
  const text = comment.trim();

  const approve = async () => {
    setBusy(true);
    try {
      setAnswer(await backoffice.approveMany(rows.map((row) => String(row.id)), text || undefined));
      setOpen(false);
      setComment('');
      unselectAll();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const label = translate('pioneer.bulk_approval.approve_selected', { smart_count: rows.length });
  return (
    <>
      <Tooltip title={rows.length ? '' : translate('pioneer.bulk_approval.none_approvable')}>
        <span data-testid="bulk-approve-wrapper">
          <Button label={label} onClick={() => setOpen(true)} disabled={rows.length === 0} startIcon={<DoneAllIcon />} data-testid="bulk-approve" />
        </span>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth data-testid="bulk-approve-dialog">
        <DialogTitle>{translate('pioneer.bulk_approval.confirm_title')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" data-testid="bulk-approve-summary" data-fen={total}>
            {translate('pioneer.bulk_approval.confirm_content', { smart_count: rows.length, total: moneyLabel(total)[lang] })}
          </Alert>
          {leftOut > 0 && <Alert severity="warning">{translate('pioneer.bulk_approval.left_out', { smart_count: leftOut })}</Alert>}
          <TextField
            name="bulk-approve-comment"
            fullWidth
            multiline
            margin="dense"
            label={translate('pioneer.bulk_approval.comment')}
            helperText={translate('pioneer.bulk_approval.comment_help')}
            error={!commentOk(text)}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="pioneer.bulk_approval.confirm" variant="contained" color="success" disabled={busy || !commentOk(text)} onClick={approve} data-action="bulk-approve" />
        </DialogActions>
      </Dialog>
      {answer && <BulkApprovalResults answer={answer} numbers={numbers} onClose={() => setAnswer(null)} />}
    </>
  );
}
