import { describe, expect, it } from 'vitest';
import { hasSearch, pagefindFilters, pagefindSort, readState, writeState } from '../../src/client/search-state.ts';

describe('search state in the address', () => {
  it('reads the words, every ticked filter and the sort', () => {
    const state = readState(
      new URLSearchParams('q=+crisis+café+&partner=Kestrel+House&partner=Peer+Voices%2C+North&year=2025&sort=newest'),
    );
    expect(state.q).toBe('crisis café');
    expect(state.filters.partner).toEqual(['Kestrel House', 'Peer Voices, North']);
    expect(state.filters.year).toEqual(['2025']);
    expect(state.filters.type).toEqual([]);
    expect(state.sort).toBe('newest');
  });
  it('falls back to best match for a sort it does not know', () => {
    expect(readState(new URLSearchParams('sort=random')).sort).toBe('relevance');
  });
  it('writes a state back to the same address', () => {
    const query = '?q=crisis&type=Commitment&partner=Peer+Voices%2C+North&sort=oldest';
    expect(writeState(readState(new URLSearchParams(query)))).toBe(query);
  });
  it('writes nothing for an empty search', () => {
    expect(writeState(readState(new URLSearchParams('')))).toBe('');
  });
});

describe('what is sent to Pagefind', () => {
  const state = readState(new URLSearchParams('partner=A&partner=B&theme=Housing'));
  it('matches any ticked value within a filter, and every filter', () => {
    expect(pagefindFilters(state)).toEqual({ partner: { any: ['A', 'B'] }, theme: { any: ['Housing'] } });
  });
  it('sorts by date for newest and oldest, and by match otherwise', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
  it('searches with a filter alone, but not with nothing at all', () => {
    expect(hasSearch(state)).toBe(true);
    expect(hasSearch(readState(new URLSearchParams('sort=newest')))).toBe(false);
  });
});
