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

/** The kinds of organisation (enterprise, university, …): `kind` of the organisation definition (`x-kind: organisation`). */
export function organisationKinds(): string[] {
  return [...new Set(commonSchemas().filter((s) => s['x-kind'] === 'organisation').flatMap((s) => strings(s.properties?.kind?.enum)))];
}
