import type { Lang } from '@pioneer/engine';

/** Where react-admin's default store (localStorageStore) keeps the chosen locale, as JSON. */
const KEY = 'RaStore.locale';

/**
 * The backoffice's language before react-admin has loaded: read from and written to react-admin's
 * own store entry, so a language picked on the sign-in page is the one the backoffice opens in.
 */
export function readStoredLang(): Lang {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function storeLang(lang: Lang): void {
  localStorage.setItem(KEY, JSON.stringify(lang));
}
