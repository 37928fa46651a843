import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MONEY_INPUT_MESSAGES, moneyLabel, parseMoneyInput } from '@pioneer/engine';
import { useState } from 'react';
import { useTranslate, type RaRecord } from 'react-admin';
import { useLang } from '../applications/useLang';
import { backoffice } from '../providers/providers';
import { ReasonAction } from './ReasonAction';
import { useMove } from './useMove';

/** An approved application: record a payment (typed as people write amounts: 50万, 500,000) or revoke the approval. */
export function PaymentPanel({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  const lang = useLang();
  const { busy, run } = useMove();
  const owed = Number(record.approvedAmount ?? 0) - Number(record.paidAmount ?? 0);
  const [amount, setAmount] = useState(() => String(owed / 100));
  const [reference, setReference] = useState('');
  const parsed = parseMoneyInput(amount);
  const problem = !parsed.ok
    ? MONEY_INPUT_MESSAGES[parsed.problem][lang]
    : parsed.fen !== undefined && parsed.fen > owed
      ? translate('pioneer.payment.too_much', { owed: moneyLabel(owed)[lang] })
      : null;
  const fen = parsed.ok ? parsed.fen : undefined;
  const id = String(record.id);
  return (
    <Stack spacing={2} data-testid="payment-panel">
      <Typography>
        {translate('pioneer.payment.owed', { owed: moneyLabel(owed)[lang], paid: moneyLabel(Number(record.paidAmount ?? 0))[lang] })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          name="amount"
          size="small"
          label={translate('pioneer.payment.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={problem !== null}
          helperText={problem ?? (fen ? moneyLabel(fen)[lang] : ' ')}
        />
        <TextField
          name="reference"
          size="small"
          label={translate('pioneer.payment.reference')}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
        />
        <Button
          variant="contained"
          disabled={busy || problem !== null || !fen || reference.trim().length < 2}
          data-action="pay"
          onClick={() =>
            run(() => backoffice.act(id, 'payments', { amount: fen!, reference: reference.trim() }), 'pioneer.payment.recorded')
          }
        >
          {translate('pioneer.payment.record')}
        </Button>
      </Stack>
      {Number(record.paidAmount ?? 0) === 0 && (
        <ReasonAction
          action="revoke"
          label="pioneer.payment.revoke"
          color="error"
          onConfirm={(reason) => backoffice.act(id, 'revoke', { reason })}
        />
      )}
    </Stack>
  );
}
