import ListSubheader from '@mui/material/ListSubheader';
import { Fragment } from 'react';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import { usePermission } from '../auth/usePermission';
import { MENU } from '../generated/resources.gen';
import { IDENTITY_RESOURCE_VIEWS } from '../identity';
import { StudioMenuItem } from '../studio';
import { ExportsMenuItem } from '../exports';

/** The generated menu: measures grouped under their policy sections, in clause order. */
export function AppMenu() {
  const [open] = useSidebarState();
  const translate = useTranslate();
  const mayReadLedger = usePermission('readLedger');
  const mayVerifyAudit = usePermission('verifyAudit');
  const mayManageIdentity = usePermission('manageIdentity');
  const header = (text: string, key: string, level: 'policy' | 'section') =>
    open ? (
      <ListSubheader key={key} disableSticky data-menu-group={level} sx={{ lineHeight: 1.4, py: 1, mt: 1, fontWeight: level === 'policy' ? 700 : 500, whiteSpace: 'normal' }}>
        {text}
      </ListSubheader>
    ) : null;
  return (
    <Menu sx={{ '& .RaMenuItemLink-root .MuiTypography-noWrap': { whiteSpace: 'normal', lineHeight: 1.3 } }}>
      <Menu.DashboardItem />
      {mayReadLedger && <Menu.Item to="/budgets" primaryText="pioneer.budgets.menu" leftIcon={<AccountBalanceIcon />} />}
      <ExportsMenuItem />
      {mayVerifyAudit && <Menu.Item to="/audit" primaryText="pioneer.audit.menu" leftIcon={<VerifiedUserIcon />} />}
      {mayManageIdentity && IDENTITY_RESOURCE_VIEWS.map(({ name }) => <Menu.ResourceItem key={name} name={name} />)}
      {MENU.map((policy) => (
        <Fragment key={policy.policy}>
          {MENU.length > 1 && header(translate(policy.label), policy.policy, 'policy')}
          {policy.sections.map((section) => (
            <Fragment key={section.code}>
              {header(translate(section.label), `${policy.policy}/${section.code}`, 'section')}
              {section.resources.map((name) => (
                <Menu.ResourceItem key={name} name={name} />
              ))}
            </Fragment>
          ))}
        </Fragment>
      ))}
      <StudioMenuItem />
    </Menu>
  );
}
