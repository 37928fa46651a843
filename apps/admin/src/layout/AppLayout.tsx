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

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={PioneerAppBar}>
      {children}
    </Layout>
  );
}
