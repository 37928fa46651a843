import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { MEASURES, SECTIONS } from '@pioneer/contracts';
import { Link as RouterLink, Title, useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';

/** The catalogue: each policy section with its measures and how many take applications. (Budget charts come later.) */
export function Dashboard() {
  const translate = useTranslate();
  const lang = useLang();
  const forms = MEASURES.filter((m) => m.hasForm).length;
  return (
    <>
      <Title title="pioneer.app.title" />
      <Typography variant="h5" sx={{ mt: 2 }}>
        {translate('pioneer.dashboard.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="catalogue-total">
        {translate('pioneer.dashboard.total', { count: MEASURES.length, forms })}
      </Typography>
      <Grid container spacing={2}>
        {SECTIONS.map((section) => {
          const measures = MEASURES.filter((m) => m.policy === section.policy && m.section.code === section.code);
          return (
            <Grid key={`${section.policy}/${section.code}`} size={{ xs: 12, md: 6 }}>
              <Card data-section={section.code} sx={{ height: '100%' }}>
                <CardHeader
                  title={section.label[lang]}
                  subheader={`${translate('pioneer.dashboard.measures', { count: measures.length })} · ${translate('pioneer.dashboard.with_forms', { count: measures.filter((m) => m.hasForm).length })}`}
                />
                <CardContent sx={{ pt: 0 }}>
                  {measures.map((m) => (
                    <Typography key={m.code} variant="body2" sx={{ py: 0.25 }}>
                      {m.hasForm ? (
                        <Link component={RouterLink} to={`/${m.code}`}>
                          {m.name[lang]}
                        </Link>
                      ) : (
                        m.name[lang]
                      )}
                      <Typography component="span" variant="caption" color="text.secondary">
                        {' '}
                        · {m.formula[lang]}
                      </Typography>
                    </Typography>
                  ))}
                </CardContent>
              </Card>
            </Grid>
          );
        })}
      </Grid>
    </>
  );
}
