import { usePermissions } from 'react-admin';
import { type Ability, can } from './permissions';

/** Whether the signed-in user's role may do `ability` (false while permissions load). */
export function usePermission(ability: Ability): boolean {
  const { permissions } = usePermissions<string>();
  return can(permissions, ability);
}
