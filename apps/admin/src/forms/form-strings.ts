import type { Lang } from '@pioneer/engine';
import { englishStringTranslator, replaceStringParameters, TranslatableString, type RJSFValidationError } from '@rjsf/utils';

/** rjsf's own words (buttons, empty arrays) in Chinese; English comes with rjsf. */
const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '第 %1 项',
  [TranslatableString.EmptyArray]: '尚无条目，请点击下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.ClearButton]: '清除输入',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.OptionalObjectAdd]: '填写此可选项',
  [TranslatableString.OptionalObjectRemove]: '移除此可选项',
  [TranslatableString.OptionalObjectEmptyMsg]: '此可选项未填写',
};

/** rjsf's `translateString` for a language. */
export function formStrings(lang: Lang) {
  return (key: TranslatableString, params?: string[]) => (lang === 'zh-CN' && ZH[key] ? replaceStringParameters(ZH[key]!, params) : englishStringTranslator(key, params));
}

type Phrase = (params: Record<string, unknown>) => string;

const PHRASES: Record<Lang, Record<string, Phrase>> = {
  'zh-CN': {
    required: () => '为必填项',
    type: () => '格式不正确',
    minimum: (p) => `不得小于 ${p.limit}`,
    maximum: (p) => `不得大于 ${p.limit}`,
    minLength: (p) => `至少 ${p.limit} 个字符`,
    maxLength: (p) => `最多 ${p.limit} 个字符`,
    minItems: (p) => `至少需要 ${p.limit} 项`,
    maxItems: (p) => `最多 ${p.limit} 项`,
    pattern: () => '格式不正确',
    format: (p) => (p.format === 'uscc' ? '不是有效的统一社会信用代码' : p.format === 'date' ? '须为日期（YYYY-MM-DD）' : '格式不正确'),
    enum: () => '须从选项中选择',
    const: () => '须勾选确认',
  },
  en: {
    type: () => 'is not in the expected format',
    format: (p) => (p.format === 'uscc' ? 'is not a valid unified social credit code' : p.format === 'date' ? 'must be a date (YYYY-MM-DD)' : 'is not in the expected format'),
    const: () => 'must be confirmed',
  },
};

/** ajv's English messages in the form's language (rjsf shows them under each field). */
export function localiseFormErrors(lang: Lang) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] =>
    errors
      .filter((error) => !['if', 'anyOf', 'oneOf', 'allOf'].includes(error.name ?? ''))
      .map((error) => {
        const phrase = PHRASES[lang][error.name ?? ''];
        return phrase ? { ...error, message: phrase((error.params ?? {}) as Record<string, unknown>) } : error;
      });
}
