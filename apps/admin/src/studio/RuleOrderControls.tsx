import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { useStudioText } from './useStudioText';

interface Props {
  code: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/**
 * Move a rule up or down, or remove it after a confirmation. A move that cannot be made is
 * disabled and says why (in its name, and on hover).
 */
export function RuleOrderControls({ code, index, count, onMove, onRemove }: Props) {
  const t = useStudioText();
  const lang = useLang();
  // Why a move is disabled, in its accessible name too (a tooltip alone is not read on a disabled button).
  const because = (limit: string) => (lang === 'en' ? ` (${limit})` : `（${limit}）`);
  const [confirming, setConfirming] = useState(false);
  const move = (to: number, name: string, limit: string | null) => (
    <Tooltip title={limit ?? ''}>
      <span>
        <Button size="small" disabled={!!limit} onClick={() => onMove(to)} aria-label={`${name} ${code}${limit ? because(limit) : ''}`}>
          {name}
        </Button>
      </span>
    </Tooltip>
  );
  return (
    <Stack direction="row" spacing={0.5}>
      {move(index - 1, t('moveUp'), index === 0 ? t('alreadyFirst') : null)}
      {move(index + 1, t('moveDown'), index === count - 1 ? t('alreadyLast') : null)}
      <Button size="small" color="error" onClick={() => setConfirming(true)} aria-label={`${t('removeRule')} ${code}`}>
        {t('removeRule')}
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby={`remove-${code}-title`}>
        <DialogTitle id={`remove-${code}-title`}>
          {t('removeTitle')} {code}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{t('removeText')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              setConfirming(false);
              onRemove();
            }}
          >
            {t('removeRule')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
