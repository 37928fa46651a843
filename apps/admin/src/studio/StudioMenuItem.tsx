import BuildIcon from '@mui/icons-material/Build';
import { Menu } from 'react-admin';
import { usePermission } from '../auth/usePermission';
import { useStudioText } from './useStudioText';

/** The studio's menu entry, for admins only (the API refuses everyone else). */
export function StudioMenuItem() {
  const mayUse = usePermission('useStudio');
  const t = useStudioText();
  if (!mayUse) return null;
  return <Menu.Item to="/studio" primaryText={t('menu')} leftIcon={<BuildIcon />} />;
}
