import { lazy, Suspense } from 'react';
import { CustomRoutes, Loading } from 'react-admin';
import { Route } from 'react-router';

export { StudioMenuItem } from './StudioMenuItem';

// Loaded when an admin opens the studio: the editor (CodeMirror) and the what-if chart stay out of
// the backoffice's first chunk.
const StudioList = lazy(() => import('./StudioList').then((m) => ({ default: m.StudioList })));
const MeasureStudio = lazy(() => import('./MeasureStudio').then((m) => ({ default: m.MeasureStudio })));

/** The studio's pages, as react-admin custom routes inside the layout. */
export const studioRoutes = (
  <CustomRoutes key="studio">
    <Route
      path="/studio"
      element={
        <Suspense fallback={<Loading />}>
          <StudioList />
        </Suspense>
      }
    />
    <Route
      path="/studio/:code"
      element={
        <Suspense fallback={<Loading />}>
          <MeasureStudio />
        </Suspense>
      }
    />
  </CustomRoutes>
);
