import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { moneyLabel, traceMessage, type Decision } from '@pioneer/engine';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { useTranslate, type RaRecord } from 'react-admin';
import { useLang } from '../applications/useLang';
import { backoffice } from '../providers/providers';
import { ReasonAction } from './ReasonAction';
import { useMove } from './useMove';
import { usePermission } from '../auth/usePermission';

/** Trace lines an approver must see before confirming: policy-wide rules (P1, P3, P6) and caps that cut the award. */
const WARNING_KEYS = new Set(['award.cap', 'cap-scope.cut', 'cumulative.cut']);
const warningsOf = (decision: Decision | null | undefined) =>
  (decision?.trace ?? []).filter((line) => line.step === 'policy' || WARNING_KEYS.has(line.key));

/** The budget this approval commits against: its year's amount, what is committed, and what is left after. */
function BudgetImpact({ measure, amount }: { measure: MeasureCatalogueEntry; amount: number }) {
  const translate = useTranslate();
  const lang = useLang();
  const { data: budgets } = useQuery({ queryKey: ['pioneer', 'budgets', 'current'], queryFn: () => backoffice.budgets() });
  const budget = budgets?.find((b) => b.budget === measure.budget?.code && b.policy === measure.policy);
  if (!measure.budget) return <Alert severity="info">{translate('pioneer.approval.no_budget')}</Alert>;
  if (!budget) return null;
  const after = budget.remaining - amount;
  const rows: Array<[string, number]> = [
    ['pioneer.approval.budget_amount', budget.amount],
    ['pioneer.approval.committed', budget.committed],
    ['pioneer.approval.remaining', budget.remaining],
    ['pioneer.approval.this_approval', amount],
    ['pioneer.approval.remaining_after', after],
  ];
  return (
    <>
      <Table size="small" data-testid="budget-impact" aria-label={`${budget.label[lang]} ${budget.year}`}>
        <TableBody>
          {rows.map(([label, fen]) => (
            <TableRow key={label}>
              <TableCell>{translate(label, { budget: budget.label[lang], year: budget.year })}</TableCell>
              <TableCell align="right">{moneyLabel(fen)[lang]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {after < 0 && (
        <Alert severity="warning">{translate('pioneer.approval.over_budget', { left: moneyLabel(budget.remaining)[lang] })}</Alert>
      )}
    </>
  );
}

/** The approver's screen for a reviewed application: the amount, its budget impact and warnings, then approve or reject (return, where the role may). */
export function ApprovalPanel({ record, measure }: { record: RaRecord; measure: MeasureCatalogueEntry | undefined }) {
  const translate = useTranslate();
  const lang = useLang();
  const { busy, run } = useMove();
  // Returning is the reviewers' and admins' move (the API refuses it to approvers): no button that can only fail.
  const mayReturn = usePermission('returnApplication');
  const amount = typeof record.amount === 'number' ? record.amount : 0;
  const id = String(record.id);
  return (
    <Stack spacing={2} data-testid="approval-panel">
      <Alert severity="info">{translate('pioneer.approval.recommended', { amount: moneyLabel(amount)[lang] })}</Alert>
      {measure && <BudgetImpact measure={measure} amount={amount} />}
      {warningsOf(record.decision as Decision | null).map((line, index) => (
        <Alert key={index} severity="warning" data-testid="approval-warning">
          {traceMessage(line)[lang]}
        </Alert>
      ))}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          color="success"
          disabled={busy}
          data-action="approve"
          onClick={() => run(() => backoffice.act(id, 'approve'), 'pioneer.approval.approved')}
        >
          {translate('pioneer.approval.approve', { amount: moneyLabel(amount)[lang] })}
        </Button>
        <ReasonAction
          action="reject"
          label="pioneer.approval.reject"
          color="error"
          onConfirm={(reason) => backoffice.act(id, 'reject', { reason })}
        />
        {mayReturn && <ReasonAction action="return" label="pioneer.review.return" onConfirm={(reason) => backoffice.act(id, 'return', { reason })} />}
      </Stack>
    </Stack>
  );
}
