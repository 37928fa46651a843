import type { ReactNode } from 'react';
import { AppBar, Layout, TitlePortal } from 'react-admin';
import { AppMenu } from './AppMenu';
import { UserBadge } from './UserBadge';

function PioneerAppBar() {
  return (
    <AppBar alwaysOn>
      <TitlePortal />
      <UserBadge />
    </AppBar>
  );
}

/**
 * react-admin's layout is at least as wide as its widest content (min-width: fit-content): one long
 * table row or editor line widened the whole page past a 1024 px screen, app bar and all. Here the
 * page is at most the screen's width; a wider table or editor scrolls sideways in its own box.
 */
const WITHIN_SCREEN = {
  minWidth: 0,
  '& .RaLayout-content, & .RaList-main': { minWidth: 0 },
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
} as const;

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={PioneerAppBar} sx={WITHIN_SCREEN}>
      {children}
    </Layout>
  );
}
