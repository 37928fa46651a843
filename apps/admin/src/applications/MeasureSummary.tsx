import Alert from '@mui/material/Alert';
import { useResourceContext, useTranslate } from 'react-admin';

/** The measure's clause and award rule in words, above its list and form. */
export function MeasureSummary() {
  const resource = useResourceContext();
  const translate = useTranslate();
  return (
    <Alert severity="info" icon={false} sx={{ mb: 1 }}>
      {translate('pioneer.application.clause', { clause: translate(`resources.${resource}.clause`) })} · {translate(`resources.${resource}.formula`)}
    </Alert>
  );
}
