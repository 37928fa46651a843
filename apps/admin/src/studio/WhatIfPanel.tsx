import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { moneyLabel } from '@pioneer/engine';
import { useState } from 'react';
import { useLang } from '../applications/useLang';
import { failureText, studio } from './studio-client';
import { DECISION_STATUS } from './studio-messages';
import type { StudioEditState } from './useStudioEdit';
import { useStudioText } from './useStudioText';
import { DayInput } from '../forms/DayInput';

interface Side {
  status: string;
  amount: number | null;
}
interface Report {
  rows: Array<{ id: string; asOf: string; before: Side; after: Side; change: number; flips: boolean }>;
  totals: { applications: number; before: number; after: number; change: number; flips: number; changed: number };
  budgetYears: Array<{ year: number; committedBefore: number; committedAfter: number; change: number }>;
}

/** What-if: the stored applications decided by the published and the edited version, per application, in total and per budget year. */
export function WhatIfPanel({ code, state }: { code: string; state: StudioEditState }) {
  const lang = useLang();
  const t = useStudioText();
  const [asOf, setAsOf] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const money = (fen: number | null) => (fen === null ? '—' : moneyLabel(fen)[lang]);
  const signed = (fen: number) => `${fen > 0 ? '+' : fen < 0 ? '−' : ''}${moneyLabel(Math.abs(fen))[lang]}`;
  const side = (s: Side) => `${DECISION_STATUS[s.status]?.[lang] ?? s.status} · ${money(s.amount)}`;
  const run = () => {
    if (!state.edit) return;
    studio.whatIf(code, { ...state.edit, ...(asOf ? { asOf } : {}) }).then(
      (answer) => (setReport(answer as unknown as Report), setFailure(null)),
      (error) => setFailure(failureText(error, lang)),
    );
  };
  return (
    <Box data-testid="studio-what-if">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <DayInput label={t('whatIfDate')} value={asOf} onChange={setAsOf} testId="what-if-as-of" sx={{ minWidth: 260 }} />
        <Button variant="contained" disabled={!state.edit || state.problems.length > 0} onClick={run}>
          {t('whatIfRun')}
        </Button>
      </Stack>
      {failure && (
        <Alert severity="error" sx={{ whiteSpace: 'pre-line', my: 1 }}>
          {failure}
        </Alert>
      )}
      {report && (
        <>
          <Typography sx={{ mt: 1 }} data-testid="what-if-totals">
            {t('total')}: {report.totals.applications} · {t('before')} {money(report.totals.before)} · {t('after')}{' '}
            {money(report.totals.after)} · {t('change')} {signed(report.totals.change)} · {t('flips')} {report.totals.flips}
          </Typography>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {t('budgetYear')}
          </Typography>
          {report.budgetYears.length > 0 && (
            <BarChart
              height={220}
              xAxis={[{ scaleType: 'band', data: report.budgetYears.map((y) => String(y.year)) }]}
              yAxis={[{ valueFormatter: (fen: number) => moneyLabel(fen)[lang], width: 90 }]}
              series={[
                { label: t('before'), data: report.budgetYears.map((y) => y.committedBefore), valueFormatter: (fen) => money(fen) },
                { label: t('after'), data: report.budgetYears.map((y) => y.committedAfter), valueFormatter: (fen) => money(fen) },
              ]}
            />
          )}
          <Box data-testid="what-if-budget-years">
            {report.budgetYears.map((y) => (
              <Typography key={y.year} variant="body2">
                {y.year}: {money(y.committedBefore)} → {money(y.committedAfter)} ({signed(y.change)})
              </Typography>
            ))}
          </Box>
          <Table size="small" data-testid="what-if-table">
            <TableHead>
              <TableRow>
                {(['applicationId', 'asOf', 'before', 'after', 'change', 'flips'] as const).map((key) => (
                  <TableCell key={key}>{t(key)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.rows.map((row) => (
                <TableRow key={row.id} sx={row.flips ? { bgcolor: 'warning.light' } : undefined}>
                  <TableCell>{row.id.slice(0, 8)}</TableCell>
                  <TableCell>{row.asOf}</TableCell>
                  <TableCell>{side(row.before)}</TableCell>
                  <TableCell>{side(row.after)}</TableCell>
                  <TableCell>{signed(row.change)}</TableCell>
                  <TableCell>{row.flips ? '⚠' : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
}
