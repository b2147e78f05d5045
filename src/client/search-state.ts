// A search as it stands in the address bar: /search/?q=crisis&partner=Kestrel+House&sort=newest.
// The search form is a plain GET form, so these are also the names of its fields.
import { FILTERS, type FilterName } from '../present/search-facets.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  sort: Sort;
}

export function readState(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters: Object.fromEntries(FILTERS.map((f) => [f, params.getAll(f).filter(Boolean)])) as Record<
      FilterName,
      string[]
    >,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
  };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) for (const value of state.filters[f]) params.append(f, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter option: any of the ticked values within a filter, every filter at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTERS.filter((f) => state.filters[f].length > 0).map((f) => [f, { any: state.filters[f] }]),
  );
}

export function pagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  return sort === 'newest' ? { date: 'desc' } : sort === 'oldest' ? { date: 'asc' } : undefined;
}

/** True when there is something to search for: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q.length > 0 || FILTERS.some((f) => state.filters[f].length > 0);
}
