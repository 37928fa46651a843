import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';

/** One bar series: a number per row, with the tooltip's words for it. */
export interface BarSeries {
  key: string;
  label: string;
  valueFormatter?: (value: number | null) => string;
}

/**
 * A titled bar chart of rows (a budget, a status, a measure, a district): horizontal when the
 * labels are long, so they stay readable. `empty` is said instead of an empty chart.
 */
export function GroupBarChart({
  title,
  rows,
  series,
  axisLabel,
  horizontal = false,
  empty,
  testId,
}: {
  title: string;
  rows: Array<Record<string, string | number>>;
  series: BarSeries[];
  axisLabel?: string;
  horizontal?: boolean;
  empty: ReactNode;
  testId: string;
}) {
  const band = { scaleType: 'band' as const, dataKey: 'label' };
  const value = { label: axisLabel };
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {title}
        </Typography>
        {rows.length === 0 ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <BarChart
            dataset={rows}
            layout={horizontal ? 'horizontal' : 'vertical'}
            {...(horizontal ? { yAxis: [{ ...band, width: 180 }], xAxis: [value] } : { xAxis: [band], yAxis: [value] })}
            series={series.map((s) => ({ dataKey: s.key, label: s.label, valueFormatter: s.valueFormatter }))}
            height={horizontal ? Math.max(160, rows.length * 34 + 80) : 280}
          />
        )}
      </CardContent>
    </Card>
  );
}
