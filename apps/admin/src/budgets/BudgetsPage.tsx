import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { moneyLabel } from '@pioneer/engine';
import type { BudgetYear } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { formatDateTime } from '../applications/format-date';
import { useLang } from '../applications/useLang';
import { ExportJobButton } from '../exports';
import { backoffice } from '../providers/providers';


function LedgerEntries({ budget }: { budget: BudgetYear }) {
  const translate = useTranslate();
  const lang = useLang();
  const { data, error } = useQuery({ queryKey: ['pioneer', 'ledger', budget.policy, budget.budget, budget.year], queryFn: () => backoffice.ledgerEntries(budget, { perPage: 50 }) });
  const ledger = { kind: 'ledger', policy: budget.policy, budget: budget.budget, year: budget.year } as const;
  return (
    <Card variant="outlined" data-testid={`ledger-${budget.budget}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ flex: 1 }}>
            {budget.label[lang]} · {translate('pioneer.budgets.figures', { amount: moneyLabel(budget.amount)[lang], committed: moneyLabel(budget.committed)[lang], paid: moneyLabel(budget.paid)[lang], remaining: moneyLabel(budget.remaining)[lang] })}
          </Typography>
          {/* The whole ledger, written in the background: progress, then the download link (and under 我的导出). */}
          <ExportJobButton request={{ ...ledger, format: 'csv' }} label="CSV" testId={`ledger-export-csv-${budget.budget}`} />
          <ExportJobButton request={{ ...ledger, format: 'xlsx' }} label="XLSX" testId={`ledger-export-xlsx-${budget.budget}`} />
        </Stack>
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && data.total === 0 && <Typography color="text.secondary">{translate('pioneer.budgets.no_entries')}</Typography>}
        {data && data.total > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('pioneer.budgets.at')}</TableCell>
                <TableCell>{translate('pioneer.application.number')}</TableCell>
                <TableCell>{translate('pioneer.budgets.kind')}</TableCell>
                <TableCell align="right">{translate('pioneer.budgets.amount')}</TableCell>
                <TableCell>{translate('pioneer.budgets.reference')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.data.map((entry, index) => (
                <TableRow key={index}>
                  <TableCell>{formatDateTime(entry.at)}</TableCell>
                  <TableCell>{entry.applicationNumber ?? entry.applicationId}</TableCell>
                  <TableCell>{translate(`pioneer.budgets.kinds.${entry.kind}`)}</TableCell>
                  <TableCell align="right">{moneyLabel(entry.amount)[lang]}</TableCell>
                  <TableCell data-user-text>{entry.reference ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** The annual budgets of the current year, each with its latest ledger entries and its exports. */
export function BudgetsPage() {
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['pioneer', 'budgets', 'current'], queryFn: () => backoffice.budgets() });
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="pioneer.budgets.title" />
      {error && <Alert severity="error">{translate('pioneer.dashboard.failed', { reason: error.message })}</Alert>}
      {!data && !error && <Loading />}
      {data?.map((budget) => <LedgerEntries key={`${budget.policy}/${budget.budget}`} budget={budget} />)}
    </Stack>
  );
}
