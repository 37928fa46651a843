import DownloadIcon from '@mui/icons-material/Download';
import { lazy, Suspense } from 'react';
import { CustomRoutes, Loading, Menu } from 'react-admin';
import { Route } from 'react-router';
import { usePermission } from '../auth/usePermission';

export { ExportJobButton } from './ExportJobButton';

const ExportJobsPage = lazy(() => import('./ExportJobsPage').then((m) => ({ default: m.ExportJobsPage })));

/** 我的导出 / My exports, for those who may export (admins, approvers). */
export const exportRoutes = (
  <CustomRoutes key="exports">
    <Route
      path="/exports"
      element={
        <Suspense fallback={<Loading />}>
          <ExportJobsPage />
        </Suspense>
      }
    />
  </CustomRoutes>
);

export function ExportsMenuItem() {
  return usePermission('exportData') ? <Menu.Item to="/exports" primaryText="pioneer.exports.menu" leftIcon={<DownloadIcon />} /> : null;
}
