import type { MeasureCatalogueEntry } from '@pioneer/sdk';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { PioneerDataProvider } from '../providers/dataProvider';

/** The measures the API serves (GET /api/measures), or null while loading. */
export function useCatalogue(): { measures: MeasureCatalogueEntry[] | null; error: Error | null } {
  const dataProvider = useDataProvider<PioneerDataProvider>();
  const [measures, setMeasures] = useState<MeasureCatalogueEntry[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    dataProvider.catalogue().then(
      (result) => live && setMeasures(result),
      (failure: Error) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [dataProvider]);
  return { measures, error };
}
