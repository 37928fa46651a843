import chineseMessages from '@haxqer/ra-language-chinese';
import type { Lang } from '@pioneer/engine';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { GENERATED_MESSAGES } from '../generated/i18n.gen';
import { en } from './en';
import { mergeMessages, oneChineseForm, type Tree } from './merge-messages';
import { raChineseGaps } from './ra-zh-CN';
import { zhCN } from './zh-CN';

const MESSAGES: Record<Lang, TranslationMessages> = {
  'zh-CN': oneChineseForm(mergeMessages(englishMessages, chineseMessages as unknown as Tree, raChineseGaps, zhCN, GENERATED_MESSAGES['zh-CN'])) as TranslationMessages,
  en: mergeMessages(englishMessages, en, GENERATED_MESSAGES.en) as TranslationMessages,
};

/** Chinese first, English second; the app bar offers the switch. */
export const i18nProvider = polyglotI18nProvider((locale) => MESSAGES[locale === 'en' ? 'en' : 'zh-CN'], 'zh-CN', [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
]);
