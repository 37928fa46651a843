import type { Label, Lang } from '@pioneer/engine';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { STRINGS, type StringKey } from './strings';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A portal string in the chosen language. */
  t: (key: StringKey) => string;
  /** A label from the schemas or the engine in the chosen language. */
  l: (label: Label | undefined) => string;
}

const STORAGE_KEY = 'pioneer.portal.lang';
const LangContext = createContext<LangState | null>(null);

/** Chinese first; English once chosen (remembered in this browser). Keeps `<html lang>` right for screen readers. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STRINGS.appTitle[lang];
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<LangState>(() => ({ lang, setLang, t: (key) => STRINGS[key][lang], l: (label) => label?.[lang] ?? '' }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error('useLang outside LangProvider');
  return state;
}
