import BusinessIcon from '@mui/icons-material/Business';
import KeyIcon from '@mui/icons-material/Key';
import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';

type Screens = typeof import('./screens');

/** A registry screen loaded with its route: admins only, so nobody else downloads it. */
const screen = (name: keyof Screens) => lazy(() => import('./screens').then((m) => ({ default: m[name] })));

/** The admins' registry as react-admin resources (`<Resource {...}>`); the data provider routes them to the API. */
export const IDENTITY_RESOURCE_VIEWS = [
  { name: 'organisations', list: screen('OrganisationList'), show: screen('OrganisationShow'), icon: BusinessIcon },
  { name: 'users', list: screen('UserList'), show: screen('UserShow'), create: screen('UserCreate'), icon: PeopleIcon },
  { name: 'api-keys', list: screen('ApiKeyList'), create: screen('ApiKeyCreate'), icon: KeyIcon },
];
