import { currentToken } from '../auth/session';
import { i18nProvider } from '../i18n/i18nProvider';
import { createDataProvider } from './dataProvider';

/** The one data provider of the app, on the API behind the page's own origin. */
export const dataProvider = createDataProvider({
  baseUrl: window.location.origin,
  getToken: currentToken,
  getLang: () => (i18nProvider.getLocale() === 'en' ? 'en' : 'zh-CN'),
});

/**
 * The staff's calls, used directly: react-admin's useDataProvider() proxies every property as a
 * data verb, so a nested client cannot be reached through it.
 */
export const backoffice = dataProvider.backoffice;
export const identity = dataProvider.identity;
