import { containsAnyOf, containsPattern } from '@pioneer/api-core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { districtsMatching } from './registry-vocabulary.util';

/** Where a registry list looks for its keyword. */
export interface RegistrySearch {
  /** Text columns that may contain the keyword (`alias.property`). */
  columns: string[];
  /** A district column: matched by the district's code or name, which the rows do not hold. */
  district?: string;
  /** Further conditions on the bound `:q` pattern (e.g. a user's organisation by name). */
  also?: string[];
}

/**
 * Narrows a registry list to the rows that match `keyword`, case-blind, its LIKE wildcards taken
 * literally. The condition is ANDed to the query's own, so a search only ever narrows what the
 * route would list anyway. A substring cannot use a B-tree index: it reads the registry's rows,
 * which stay few (organisations, people, keys), in the list's (created_at) order.
 */
export function whereKeyword<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, keyword: string | undefined, search: RegistrySearch): SelectQueryBuilder<T> {
  if (keyword === undefined) return qb;
  const districts = search.district ? districtsMatching(keyword) : [];
  const alternatives = [containsAnyOf(search.columns), ...(districts.length ? [`${search.district} IN (:...qDistricts)`] : []), ...(search.also ?? [])];
  return qb.andWhere(`(${alternatives.join(' OR ')})`, { q: containsPattern(keyword), ...(districts.length ? { qDistricts: districts } : {}) });
}
