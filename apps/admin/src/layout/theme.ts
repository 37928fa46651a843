import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with a sidebar wide enough for Chinese measure names, and CJK fonts first. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  sidebar: { width: 280, closedWidth: 55 },
  typography: { fontFamily: ['"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'].join(',') },
};
