import { CustomRoutes } from 'react-admin';
import { Route } from 'react-router';
import { MeasureStudio } from './MeasureStudio';
import { StudioList } from './StudioList';

export { StudioMenuItem } from './StudioMenuItem';

/** The studio's pages, as react-admin custom routes inside the layout. */
export const studioRoutes = (
  <CustomRoutes key="studio">
    <Route path="/studio" element={<StudioList />} />
    <Route path="/studio/:code" element={<MeasureStudio />} />
  </CustomRoutes>
);
