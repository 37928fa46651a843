import { useLang } from '../applications/useLang';
import { STUDIO_TEXT, type StudioTextKey } from './studio-messages';

/** `t('publish')`: a studio text in the backoffice's language. */
export function useStudioText(): (key: StudioTextKey) => string {
  const lang = useLang();
  return (key) => STUDIO_TEXT[key][lang];
}
