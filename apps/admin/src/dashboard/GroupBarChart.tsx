import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { axisNumber } from './money-axis';

/** One bar series: a number per row, with the tooltip's words for it. */
export interface BarSeries {
  key: string;
  label: string;
  valueFormatter?: (value: number | null) => string;
}

/** Room for the rows' names beside the bars: budgets' and measures' names are long. */
const NAME_WIDTH = 200;

/**
 * A titled bar chart of rows (a budget, a status, a measure, a district), always horizontal: the
 * rows' names sit beside their bars, where they have room (under vertical bars, nine status names
 * in a half-width card left no room and the chart dropped every one). The value axis says its
 * unit (`axisLabel`) and writes its numbers with thousands separators; `whole` keeps its ticks
 * on whole numbers (counts). `empty` is said instead of an empty chart.
 */
export function GroupBarChart({
  title,
  rows,
  series,
  axisLabel,
  whole = false,
  empty,
  testId,
}: {
  title: string;
  rows: Array<Record<string, string | number>>;
  series: BarSeries[];
  axisLabel: string;
  whole?: boolean;
  empty: ReactNode;
  testId: string;
}) {
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
            layout="horizontal"
            yAxis={[{ scaleType: 'band', dataKey: 'label', width: NAME_WIDTH }]}
            // The axis's height makes room for its numbers and its unit below them: without it the
            // chart shortens the numbers to nothing.
            xAxis={[{ label: axisLabel, height: 64, valueFormatter: axisNumber, ...(whole ? { tickMinStep: 1 } : {}) }]}
            series={series.map((s) => ({ dataKey: s.key, label: s.label, valueFormatter: s.valueFormatter }))}
            height={Math.max(170, rows.length * 34 + 130)}
          />
        )}
      </CardContent>
    </Card>
  );
}
