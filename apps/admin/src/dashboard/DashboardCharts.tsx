import Grid from '@mui/material/Grid';
import type { YearStatistics } from '@pioneer/sdk';
import { useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { GroupBarChart } from './GroupBarChart';
import { toWan, wanLabel } from './money-axis';

/**
 * The year's charts: each budget's committed and paid against its amount, and applications by
 * status, by measure and by district. Loaded with the dashboard only (the chart library is heavy).
 */
export function DashboardCharts({ statistics }: { statistics: YearStatistics }) {
  const translate = useTranslate();
  const lang = useLang();
  const money = wanLabel(lang);
  const unit = translate('pioneer.dashboard.unit_wan');
  const count = (value: number | null) => translate('pioneer.dashboard.applications_count', { smart_count: value ?? 0 });
  const none = translate('pioneer.dashboard.none_yet');
  const countUnit = translate('pioneer.dashboard.count_unit');
  const budgets = statistics.budgets.map((b) => ({
    label: b.label[lang],
    amount: toWan(b.amount),
    committed: toWan(b.committed),
    paid: toWan(b.paid),
  }));
  const moneySeries = [
    { key: 'committed', label: translate('pioneer.dashboard.committed'), valueFormatter: money },
    { key: 'paid', label: translate('pioneer.dashboard.paid'), valueFormatter: money },
  ];
  const countSeries = [{ key: 'count', label: translate('pioneer.dashboard.applications'), valueFormatter: count }];
  return (
    <Grid container spacing={2}>
      {statistics.budgets.length > 0 && (
        <Grid size={{ xs: 12 }}>
          <GroupBarChart
            testId="chart-budgets"
            title={translate('pioneer.dashboard.budgets', { year: statistics.year })}
            rows={budgets}
            series={[{ key: 'amount', label: translate('pioneer.dashboard.budget_amount'), valueFormatter: money }, ...moneySeries]}
            axisLabel={unit}
            empty={none}
          />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <GroupBarChart
          testId="chart-status"
          title={translate('pioneer.dashboard.by_status')}
          rows={statistics.byStatus.map((g) => ({ label: translate(`pioneer.status.${g.key}`, { _: String(g.key) }), count: g.count }))}
          series={countSeries}
          axisLabel={countUnit}
          whole
          empty={none}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <GroupBarChart
          testId="chart-district"
          title={translate('pioneer.dashboard.by_district')}
          rows={statistics.byDistrict.map((g) => ({
            label: g.key ? g.label[lang] : translate('pioneer.dashboard.no_district'),
            count: g.count,
          }))}
          series={countSeries}
          axisLabel={countUnit}
          whole
          empty={none}
        />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <GroupBarChart
          testId="chart-measure"
          title={translate('pioneer.dashboard.by_measure')}
          rows={statistics.byMeasure.map((g) => ({ label: g.label[lang], count: g.count }))}
          series={countSeries}
          axisLabel={countUnit}
          whole
          empty={none}
        />
      </Grid>
    </Grid>
  );
}
