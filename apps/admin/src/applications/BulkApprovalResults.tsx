import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { moneyLabel } from '@pioneer/engine';
import type { BulkApprovalResponse, BulkApprovalResult } from '@pioneer/sdk';
import { Button, useTranslate } from 'react-admin';
import { useLang } from './useLang';

/** One application's outcome in words: the amount approved (and why it was cut), or why it was refused. */
function Outcome({ result }: { result: BulkApprovalResult }) {
  const translate = useTranslate();
  const lang = useLang();
  if (result.outcome === 'refused') return <>{translate('pioneer.bulk_approval.refused', { reason: result.error.message[lang] })}</>;
  const approved = translate('pioneer.bulk_approval.approved', { amount: moneyLabel(result.approvedAmount)[lang] });
  return <>{result.cut ? `${approved} ${result.cut[lang]}` : approved}</>;
}

/** What a bulk approval did, application by application, in the order they were approved. */
export function BulkApprovalResults({ answer, numbers, onClose }: { answer: BulkApprovalResponse; numbers: Map<string, string>; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="bulk-approve-results">
      <DialogTitle>{translate('pioneer.bulk_approval.results_title', { approved: answer.approved, refused: answer.refused })}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('pioneer.application.number')}</TableCell>
              <TableCell>{translate('pioneer.bulk_approval.outcome')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {answer.results.map((result) => (
              <TableRow key={result.id} data-outcome={result.outcome}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{(result.outcome === 'approved' && result.number) || numbers.get(result.id) || result.id}</TableCell>
                <TableCell>
                  <Outcome result={result} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} data-action="close-results" />
      </DialogActions>
    </Dialog>
  );
}
