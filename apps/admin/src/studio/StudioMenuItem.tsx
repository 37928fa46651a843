import BuildIcon from '@mui/icons-material/Build';
import { Menu, usePermissions } from 'react-admin';
import { useStudioText } from './useStudioText';

/** The studio's menu entry, for admins only (the API refuses everyone else). */
export function StudioMenuItem() {
  const { permissions } = usePermissions();
  const t = useStudioText();
  if (permissions !== 'admin') return null;
  return <Menu.Item to="/studio" primaryText={t('menu')} leftIcon={<BuildIcon />} />;
}
