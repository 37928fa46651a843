import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useMove } from './useMove';

/** A move that needs a reason (return for correction, reject, revoke): asked in a dialog, required. */
export function ReasonAction({
  action,
  label,
  onConfirm,
  color = 'warning',
}: {
  action: string;
  label: string;
  onConfirm: (reason: string) => Promise<unknown>;
  color?: 'warning' | 'error';
}) {
  const translate = useTranslate();
  const { busy, run } = useMove();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 2;
  return (
    <>
      <Button variant="outlined" color={color} onClick={() => setOpen(true)} data-action={action}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          <TextField
            name="reason"
            label={translate('pioneer.review.reason')}
            helperText={translate('pioneer.review.reason_help')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={3}
            fullWidth
            sx={{ mt: 1 }}
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            color={color}
            disabled={busy || tooShort}
            data-action={`${action}-confirm`}
            onClick={async () => (await run(() => onConfirm(reason.trim()), 'pioneer.review.done')) && setOpen(false)}
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
