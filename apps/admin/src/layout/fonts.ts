/** CJK fonts first: the backoffice is Chinese first (shared by the react-admin theme and the sign-in page's). */
export const FONT_FAMILY = ['"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'].join(',');
