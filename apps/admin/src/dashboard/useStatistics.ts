import type { YearStatistics } from '@pioneer/sdk';
import { useQuery } from '@tanstack/react-query';
import { backoffice } from '../providers/providers';

/** The dashboard's figures for `year` (the API's current year when undefined), of one `district` or all. */
export function useStatistics(
  year: number | undefined,
  district?: string,
): { data: YearStatistics | undefined; error: Error | null; isPending: boolean } {
  const { data, error, isPending } = useQuery({
    queryKey: ['pioneer', 'statistics', year ?? 'current', district ?? 'all'],
    queryFn: () => backoffice.statistics({ year, district }),
  });
  return { data, error: error ?? null, isPending };
}
