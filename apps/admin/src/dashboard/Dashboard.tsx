import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { Loading, Title, useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { SectionCard } from './SectionCard';
import { useCatalogue } from './useCatalogue';

/** Measures grouped by policy section, sections in the catalogue's (clause) order. */
function bySection(measures: MeasureCatalogueEntry[]): MeasureCatalogueEntry[][] {
  const groups = new Map<string, MeasureCatalogueEntry[]>();
  for (const m of measures) {
    const key = `${m.policy}/${m.section.code}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

/** The catalogue the API serves: each policy section with its measures (budget charts come later). */
export function Dashboard() {
  const translate = useTranslate();
  const lang = useLang();
  const { measures, error } = useCatalogue();
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!measures) return <Loading />;
  return (
    <>
      <Title title="pioneer.app.title" />
      <Typography variant="h5" sx={{ mt: 2 }}>
        {translate('pioneer.dashboard.title')}
      </Typography>
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
  );
}
