import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { HashRouter, Route } from 'react-router-dom';
import { can } from './auth/permissions';
import { Dashboard } from './dashboard/Dashboard';
import { IDENTITY_RESOURCE_VIEWS } from './identity';
import { RESOURCES } from './generated/resources.gen';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { theme } from './layout/theme';
import { RaLoginPage } from './login/RaLoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/providers';
import { studioRoutes } from './studio';
import { exportRoutes } from './exports';

const BudgetsPage = lazy(() => import('./budgets/BudgetsPage').then((m) => ({ default: m.BudgetsPage })));
const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));

/**
 * The backoffice: generated resources (one per measure) on the SDK, Chinese first. A role gets
 * only the views it may use: no create or edit view (so no 新建 / 编辑 button) for reviewers,
 * approvers and district officers, whose drafts the API would refuse.
 */
export function App() {
  // One router for the app's life: react-admin otherwise creates its own inside its context,
  // anew whenever that context re-renders (as signing out does).
  return (
    <HashRouter>
      <Admin
        disableTelemetry
        title="pioneer.app.title"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={RaLoginPage}
        dashboard={Dashboard}
        layout={AppLayout}
        theme={theme}
        requireAuth
      >
        {(role: unknown) => [
          <CustomRoutes key="pages">
            {can(role, 'readLedger') && <Route path="/budgets" element={<BudgetsPage />} />}
            {can(role, 'verifyAudit') && <Route path="/audit" element={<AuditPage />} />}
          </CustomRoutes>,
          ...RESOURCES.map(({ name, create, edit, ...views }) => (
            <Resource
              key={name}
              name={name}
              {...views}
              create={can(role, 'createApplication') ? create : undefined}
              edit={can(role, 'editApplication') ? edit : undefined}
            />
          )),
          ...(can(role, 'manageIdentity') ? IDENTITY_RESOURCE_VIEWS.map(({ name, ...views }) => <Resource key={name} name={name} {...views} />) : []),
          can(role, 'useStudio') ? studioRoutes : null,
          can(role, 'exportData') ? exportRoutes : null,
        ]}
      </Admin>
    </HashRouter>
  );
}
