import type { Rounding } from '../money';
import { say, t } from '../messages';
import type { Label } from '../types';

const UNIT_WORDS: Record<string, Label> = {
  fen: t('分', 'fen'),
  yuan: t('元', 'yuan'),
  'hundred-yuan': t('百元', 'hundred yuan'),
  'thousand-yuan': t('千元', 'thousand yuan'),
  'ten-thousand-yuan': t('万元', 'ten thousand yuan'),
};
const MODE_WORDS: Record<string, Label> = {
  floor: t('向下取整', 'rounded down'),
  ceil: t('向上取整', 'rounded up'),
  'half-up': t('四舍五入', 'rounded half up'),
  'half-even': t('银行家舍入', 'rounded half to even'),
};

/** "（按元向下取整）" / " (rounded down to the yuan)". */
export function roundingNote(rounding: Rounding): Label {
  const unit = UNIT_WORDS[rounding.unit];
  return say(t(`（按${unit['zh-CN']}`, ' ('), MODE_WORDS[rounding.mode], t('）', ` to the ${unit.en})`));
}
