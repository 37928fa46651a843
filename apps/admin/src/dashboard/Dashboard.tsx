import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { lazy, Suspense, useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { usePermission } from '../auth/usePermission';
import { SectionCard } from './SectionCard';
import { DistrictPicker } from './DistrictPicker';
import { useCatalogue } from './useCatalogue';
import { useStatistics } from './useStatistics';
import { YearFigures } from './YearFigures';

const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

/** Measures grouped by policy section, sections in the catalogue's (clause) order. */
function bySection(measures: MeasureCatalogueEntry[]): MeasureCatalogueEntry[][] {
  const groups = new Map<string, MeasureCatalogueEntry[]>();
  for (const m of measures) {
    const key = `${m.policy}/${m.section.code}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

/** The year's figures and charts (for roles that may read them), then the catalogue by section. */
function YearView({ measures }: { measures: MeasureCatalogueEntry[] | null }) {
  const translate = useTranslate();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [district, setDistrict] = useState<string | undefined>(undefined);
  const mayChooseDistrict = usePermission('chooseStatisticsDistrict');
  const { data, error } = useStatistics(year, district);
  if (error) return <Alert severity="error">{translate('pioneer.dashboard.failed', { reason: error.message })}</Alert>;
  if (!data) return <Loading />;
  const years = Array.from({ length: 5 }, (_, i) => data.year + 1 - i).filter((y) => y !== data.year + 1 || year !== undefined);
  return (
    <Box sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, my: 2 }}>
        <Typography variant="h5" component="h1">
          {translate('pioneer.dashboard.year_title', { year: data.year })}
        </Typography>
        <TextField
          select
          size="small"
          label={translate('pioneer.dashboard.year')}
          value={data.year}
          onChange={(e) => setYear(Number(e.target.value))}
          data-testid="year-picker"
          sx={{ width: 140, flex: 'none' }}
        >
          {[...new Set([data.year, ...years])]
            .sort((a, b) => b - a)
            .map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
        </TextField>
        {mayChooseDistrict && <DistrictPicker measures={measures} value={district} onChange={setDistrict} />}
      </Box>
      <YearFigures statistics={data} />
      <Suspense fallback={<Loading />}>
        <DashboardCharts statistics={data} />
      </Suspense>
    </Box>
  );
}

/** The backoffice's home: the year at a glance, then the measures the API serves. */
export function Dashboard() {
  const translate = useTranslate();
  const lang = useLang();
  const { measures, error } = useCatalogue();
  const mayReadStatistics = usePermission('readStatistics');
  return (
    <>
      <Title title="pioneer.app.title" />
      {mayReadStatistics && <YearView measures={measures} />}
      <Typography variant="h5" sx={{ mt: 2 }}>
        {translate('pioneer.dashboard.title')}
      </Typography>
      {error && <Alert severity="error">{translate('pioneer.dashboard.failed', { reason: error.message })}</Alert>}
      {!measures && !error && <Loading />}
      {measures && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="catalogue-total">
            {translate('pioneer.dashboard.total', { count: measures.length, forms: measures.filter((m) => m.hasForm).length })}
          </Typography>
          <Grid container spacing={2}>
            {bySection(measures).map((group) => (
              <Grid key={`${group[0].policy}/${group[0].section.code}`} size={{ xs: 12, md: 6 }}>
                <SectionCard measures={group} lang={lang} />
              </Grid>
            ))}
          </Grid>
        </>
      )}
    </>
  );
}
