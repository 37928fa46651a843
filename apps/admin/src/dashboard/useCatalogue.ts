import type { Label } from '@pioneer/engine';
import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PioneerDataProvider } from '../providers/dataProvider';

/** The measures the API serves (GET /api/measures), or null while loading; fetched once per session. */
export function useCatalogue(): { measures: MeasureCatalogueEntry[] | null; error: Error | null } {
  const dataProvider = useDataProvider<PioneerDataProvider>();
  const { data, error } = useQuery({ queryKey: ['pioneer', 'catalogue'], queryFn: () => dataProvider.catalogue(), staleTime: Infinity });
  return { measures: data ?? null, error: error ?? null };
}

/** The codes and names of the form fields named `name` at any depth (`applicant.district`), as the schemas list them. */
export function enumLabels(measures: readonly MeasureCatalogueEntry[] | null, name: string): Map<string, Label> {
  const labels = new Map<string, Label>();
  const pattern = new RegExp(`(^|\\.)${name}$`);
  for (const field of (measures ?? []).flatMap((m) => m.fields)) {
    if (!pattern.test(field.path) || !field.enumLabels) continue;
    for (const [code, label] of Object.entries(field.enumLabels)) if (!labels.has(code)) labels.set(code, label);
  }
  return labels;
}

/** District codes and their names, as the forms' district fields list them (from the schemas). */
export const districtLabels = (measures: readonly MeasureCatalogueEntry[] | null): Map<string, Label> => enumLabels(measures, 'district');
