import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { FONT_FAMILY } from './fonts';

/** react-admin's default theme with a sidebar wide enough for Chinese measure names, and CJK fonts first. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  sidebar: { width: 280, closedWidth: 55 },
  typography: { fontFamily: FONT_FAMILY },
};
