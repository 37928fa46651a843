import BuildIcon from '@mui/icons-material/Build';
import { useQuery } from '@tanstack/react-query';
import { Menu } from 'react-admin';
import { usePermission } from '../auth/usePermission';
import { studio } from './studio-client';
import { useStudioText } from './useStudioText';

/**
 * The studio's menu entry: for admins (the API refuses everyone else), and only where the API
 * runs the studio (development or PIONEER_STUDIO=1) — elsewhere it would lead only to a refusal.
 */
export function StudioMenuItem() {
  const mayUse = usePermission('useStudio');
  const t = useStudioText();
  const enabled = useQuery({
    queryKey: ['pioneer', 'studio', 'enabled'],
    queryFn: () =>
      studio.policies().then(
        () => true,
        () => false,
      ),
    enabled: mayUse,
    staleTime: Infinity,
  });
  if (!mayUse || enabled.data !== true) return null;
  return <Menu.Item to="/studio" primaryText={t('menu')} leftIcon={<BuildIcon />} />;
}
