import { Errors, type Principal } from '@pioneer/api-core';
import { POLICY_BUNDLES } from '@pioneer/contracts';
import type { Label } from '@pioneer/engine';

/** Every district the policies define (`x-kind: district` in schemas/common), code → name. */
function knownDistricts(): Map<string, Label> {
  const known = new Map<string, Label>();
  for (const { bundle } of POLICY_BUNDLES)
    for (const file of bundle.common) {
      const json = file.json as { 'x-kind'?: string; 'x-enumLabels'?: Record<string, Label> };
      if (json['x-kind'] === 'district') for (const [code, label] of Object.entries(json['x-enumLabels'] ?? {})) known.set(code, label);
    }
  return known;
}

const DISTRICTS = knownDistricts();

/** A district's name in both languages, from the policies' district definition; its code when it has none. */
export function districtLabel(district: string): Label {
  return DISTRICTS.get(district) ?? { 'zh-CN': district, en: district };
}

/**
 * The district the figures are limited to: a district officer's (or district API key's) own,
 * whatever it asks; another role's `?district=` when given (a known district), else none (all).
 */
export function statisticsDistrict(principal: Principal, asked: unknown): string | undefined {
  const wanted = typeof asked === 'string' && asked !== '' ? asked : undefined;
  if (principal.role === 'district-officer') {
    const own = principal.district;
    if (!own) throw Errors.forbidden('该账号未绑定区：请联系管理员', 'This account is bound to no district: contact the administrators');
    if (wanted && wanted !== own)
      throw Errors.forbidden(`只能查看本区（${own}）的统计`, `You can read only your own district's statistics (${own})`, [
        { pointer: '/district', message: { 'zh-CN': `须为 ${own}`, en: `must be ${own}` } },
      ]);
    return own;
  }
  if (wanted === undefined) return undefined;
  if (!DISTRICTS.has(wanted)) {
    const known = [...DISTRICTS.keys()].join(', ');
    throw Errors.badRequest('invalid-query', `district 须为已知的区代码（${known}）`, `district must be a known district code (${known})`, [
      { pointer: '/district', message: { 'zh-CN': '未知的区代码', en: 'unknown district code' } },
    ]);
  }
  return wanted;
}
