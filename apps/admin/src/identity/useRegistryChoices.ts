import { useMemo } from 'react';
import { useLang } from '../applications/useLang';
import { enumLabels, useCatalogue } from '../dashboard/useCatalogue';

/**
 * Districts and organisation kinds as the forms' fields list them (from the schemas, through the
 * catalogue), in the chosen language: the registry's choices and the names its lists show.
 */
export function useRegistryChoices(): { districts: Array<{ id: string; name: string }>; kinds: Array<{ id: string; name: string }>; name: (field: 'district' | 'kind', code: string | null | undefined) => string } {
  const { measures } = useCatalogue();
  const lang = useLang();
  return useMemo(() => {
    const labels = { district: enumLabels(measures, 'district'), kind: enumLabels(measures, 'kind') };
    const choices = (field: 'district' | 'kind') => [...labels[field]].map(([id, label]) => ({ id, name: label[lang] }));
    return {
      districts: choices('district'),
      kinds: choices('kind'),
      name: (field, code) => (code ? (labels[field].get(code)?.[lang] ?? code) : '—'),
    };
  }, [measures, lang]);
}
