import type { Lang } from '@pioneer/engine';
import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';

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
