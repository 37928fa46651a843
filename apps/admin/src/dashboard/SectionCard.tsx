import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { Lang } from '@pioneer/engine';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { Link as RouterLink, useTranslate } from 'react-admin';

/** One policy section: how many measures, how many take applications, each with its award rule. */
export function SectionCard({ measures, lang }: { measures: MeasureCatalogueEntry[]; lang: Lang }) {
  const translate = useTranslate();
  const { section } = measures[0];
  return (
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
              {' · '}
              {m.formula[lang]}
            </Typography>
          </Typography>
        ))}
      </CardContent>
    </Card>
  );
}
