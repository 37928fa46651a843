import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { moneyLabel } from '@pioneer/engine';
import type { YearStatistics } from '@pioneer/sdk';
import { useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';

/** The year's headline figures: applications, committed, paid (and left in the budgets, for staff). */
export function YearFigures({ statistics }: { statistics: YearStatistics }) {
  const translate = useTranslate();
  const lang = useLang();
  const remaining = statistics.budgets.reduce((sum, b) => sum + b.remaining, 0);
  const figures = [
    { key: 'applications', value: String(statistics.totals.count) },
    { key: 'committed', value: moneyLabel(statistics.totals.committed)[lang] },
    { key: 'paid', value: moneyLabel(statistics.totals.paid)[lang] },
    ...(statistics.budgets.length > 0 ? [{ key: 'remaining', value: moneyLabel(remaining)[lang] }] : []),
  ];
  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      {figures.map((f) => (
        <Grid key={f.key} size={{ xs: 6, md: 3 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="caption" color="text.secondary">
                {translate(`pioneer.dashboard.${f.key}`)}
              </Typography>
              <Typography variant="h5" data-testid={`figure-${f.key}`}>
                {f.value}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
