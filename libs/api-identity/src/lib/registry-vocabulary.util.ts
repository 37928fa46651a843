import { POLICY_BUNDLES } from '@pioneer/contracts';
import type { Label } from '@pioneer/engine';

interface EnumSchema {
  enum?: unknown[];
  'x-kind'?: string;
  'x-enumLabels'?: Record<string, Label>;
  properties?: Record<string, EnumSchema>;
}

/** The shared definitions (`schemas/common/*.json`) of every policy, as the generator bundled them. */
const commonSchemas = (): EnumSchema[] => POLICY_BUNDLES.flatMap(({ bundle }) => bundle.common.map((file) => file.json as EnumSchema));

const strings = (values: unknown[] | undefined): string[] => (values ?? []).filter((v): v is string => typeof v === 'string');

/**
 * The districts an organisation may be registered in and a district officer or API key bound
 * to: the enum of the policies' district definition (`x-kind: district`, schemas/common/district.json).
 * Read from the generated bundles, so no district is named in code.
 */
export function policyDistricts(): string[] {
  return [...new Set(commonSchemas().filter((s) => s['x-kind'] === 'district').flatMap((s) => strings(s.enum)))];
}

/**
 * The districts whose code or name (zh-CN or en, from the district definition's `x-enumLabels`)
 * contains the keyword, case-blind: an admin types 南山 or Nanshan, the rows hold `nanshan`.
 */
export function districtsMatching(keyword: string): string[] {
  const wanted = keyword.toLowerCase();
  const names = new Map<string, string[]>();
  for (const schema of commonSchemas().filter((s) => s['x-kind'] === 'district')) {
    for (const code of strings(schema.enum)) {
      const label = schema['x-enumLabels']?.[code];
      names.set(code, [...(names.get(code) ?? []), code, ...(label ? [label['zh-CN'], label.en] : [])]);
    }
  }
  return [...names].filter(([, texts]) => texts.some((text) => text.toLowerCase().includes(wanted))).map(([code]) => code);
}

/** The kinds of organisation (enterprise, university, …): `kind` of the organisation definition (`x-kind: organisation`). */
export function organisationKinds(): string[] {
  return [...new Set(commonSchemas().filter((s) => s['x-kind'] === 'organisation').flatMap((s) => strings(s.properties?.kind?.enum)))];
}
