import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { RESOURCES } from './generated/resources.gen';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { theme } from './layout/theme';
import { LoginPage } from './login/LoginPage';
import { authProvider, getToken } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { studioRoutes } from './studio';

const dataProvider = createDataProvider({
  baseUrl: window.location.origin,
  getToken,
  getLang: () => (i18nProvider.getLocale() === 'en' ? 'en' : 'zh-CN'),
});

/** The backoffice: generated resources (one per measure) on the SDK, Chinese first. */
export function App() {
  return (
    <Admin
      disableTelemetry
      title="pioneer.app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={AppLayout}
      theme={theme}
      requireAuth
    >
      {RESOURCES.map(({ name, ...views }) => (
        <Resource key={name} name={name} {...views} />
      ))}
      {studioRoutes}
    </Admin>
  );
}
