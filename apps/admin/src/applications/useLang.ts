import type { Lang } from '@pioneer/engine';
import { useLocaleState } from 'react-admin';

/** The backoffice's language as the engine's labels name it. */
export function useLang(): Lang {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en' : 'zh-CN';
}
