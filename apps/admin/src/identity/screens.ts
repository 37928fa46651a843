/** Every registry screen, loaded in one chunk when an admin first opens one. */
export { ApiKeyCreate, ApiKeyList } from './ApiKeyScreens';
export { OrganisationList, OrganisationShow } from './OrganisationScreens';
export { UserCreate, UserList, UserShow } from './UserScreens';
