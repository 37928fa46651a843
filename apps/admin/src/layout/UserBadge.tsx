import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useLang } from '../applications/useLang';
import { districtLabels, useCatalogue } from '../dashboard/useCatalogue';

/** Who is signed in and in which role (and district), in the app bar. */
export function UserBadge() {
  const { data: identity } = useGetIdentity();
  const translate = useTranslate();
  const lang = useLang();
  const { measures } = useCatalogue();
  if (!identity) return null;
  const role = translate(`pioneer.role.${String(identity.role)}`, { _: String(identity.role) });
  const district = identity.district
    ? ` · ${districtLabels(measures).get(String(identity.district))?.[lang] ?? String(identity.district)}`
    : '';
  return (
    <Box data-testid="who" sx={{ mr: 1, textAlign: 'right', lineHeight: 1.1 }}>
      <Typography variant="body2" component="div" sx={{ fontWeight: 600 }} data-user-text>
        {identity.fullName}
      </Typography>
      <Typography variant="caption" component="div" data-testid="who-role">
        {role}
        {district}
      </Typography>
    </Box>
  );
}
