// What each entry is filed under in search: its type, date, status, partner, topics, aims and
// group. Pages write these into the HTML for Pagefind; the search page offers them as filters.
import type { Vision } from '../contract/index.ts';
import { COMPARISON_LABELS, OUTCOME_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels.ts';
import type {
  CheckinView,
  CommitmentView,
  Entry,
  GroupView,
  InputView,
  MinutesView,
  PartnerView,
  Portal,
  ReviewView,
  ThemeView,
  UpdateView,
} from '../model/read-model.ts';

export const SEARCH_TYPES = [
  'Vision',
  'Easy Read',
  'Commitment',
  'Update',
  'Meeting',
  'You said',
  'Review',
  'Check-in',
  'Partner',
  'Group',
  'Topic',
  'Page',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters the search page offers, in the order it offers them. */
export const FILTERS = ['type', 'partner', 'status', 'verdict', 'disputed', 'theme', 'aim', 'group', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Type',
  partner: 'Partner',
  status: 'Status or outcome',
  verdict: 'Verdict of people with lived experience',
  disputed: 'Agreed or disputed',
  theme: 'Topic',
  aim: 'Aim',
  group: 'Group',
  year: 'Year',
};

export interface SearchFacets {
  type: SearchType;
  /** YYYY-MM-DD: for sorting and shown with the result. None for a page that is not about a day (a partner, a group, a topic). */
  date?: string;
  filters: Partial<Record<FilterName, string[]>>;
  /** Shown with each result. */
  meta: { type: SearchType; date?: string; status?: string; partner?: string };
}

function facets(
  type: SearchType,
  date: string | undefined,
  filters: Omit<SearchFacets['filters'], 'type' | 'year'>,
): SearchFacets {
  const clean = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v && v.length > 0),
  ) as SearchFacets['filters'];
  return {
    type,
    ...(date ? { date } : {}),
    filters: { type: [type], ...(date ? { year: [date.slice(0, 4)] } : {}), ...clean },
    meta: { type, date, status: clean.status?.[0] ?? clean.verdict?.[0], partner: clean.partner?.join(' and ') },
  };
}

export function visionFacets(vision: Entry<Vision>): SearchFacets {
  return facets('Vision', vision.data.adopted ?? vision.data.reviewDue ?? '1970-01-01', {
    aim: vision.data.aims.map((a) => a.title),
  });
}

/** The Easy Read version of a vision: found by its own words, filed beside the vision it retells. */
export function easyReadFacets(vision: Entry<Vision>): SearchFacets {
  return facets('Easy Read', vision.data.adopted ?? vision.data.reviewDue, {
    aim: vision.data.aims.map((a) => a.title),
  });
}

/** A promise's Easy Read page: found by its own words, filed under its partner and aims as the promise is. */
export function commitmentEasyReadFacets(c: CommitmentView): SearchFacets {
  return facets('Easy Read', c.data.made, {
    partner: [c.partner.data.name],
    aim: c.aimTitles,
  });
}

/** A partner's page, filed under the partner, so the partner filter finds the partner itself too. */
export function partnerFacets(p: PartnerView): SearchFacets {
  return facets('Partner', undefined, { partner: [p.data.name] });
}

export function groupFacets(g: GroupView): SearchFacets {
  return facets('Group', undefined, { group: [g.data.name] });
}

export function themeFacets(t: ThemeView): SearchFacets {
  return facets('Topic', undefined, { theme: [t.data.name] });
}

/** A page of the site itself (how to get involved), not an entry. */
export function pageFacets(): SearchFacets {
  return facets('Page', undefined, {});
}

export function commitmentFacets(c: CommitmentView): SearchFacets {
  return facets('Commitment', c.data.made, {
    partner: [c.partner.data.name],
    status: [STATUS_LABELS[c.state.status]],
    ...(c.community
      ? {
          verdict: [VERDICT_LABELS[c.community.latest.data.verdict]],
          disputed: [COMPARISON_LABELS[c.community.comparison]],
        }
      : {}),
    aim: c.aimTitles,
  });
}

export function reviewFacets(r: ReviewView): SearchFacets {
  return facets('Review', r.data.date, {
    partner: [r.partner.data.name],
    verdict: [VERDICT_LABELS[r.data.verdict]],
    disputed: [COMPARISON_LABELS[r.comparison]],
    aim: r.commitment.aimTitles,
    group: [r.group.data.name],
  });
}

export function checkinFacets(k: CheckinView): SearchFacets {
  return facets('Check-in', k.data.date, { aim: k.vision.data.aims.map((a) => a.title) });
}

export function updateFacets(u: UpdateView): SearchFacets {
  return facets('Update', u.data.date, {
    partner: [u.partner.data.name],
    status: [STATUS_LABELS[u.data.status]],
    aim: u.commitment.aimTitles,
  });
}

export function minutesFacets(m: MinutesView): SearchFacets {
  return facets('Meeting', m.data.date, {
    group: [m.group.data.name],
    theme: m.themeNames,
  });
}

export function inputFacets(i: InputView): SearchFacets {
  return facets('You said', i.data.received, {
    status: [OUTCOME_LABELS[i.data.outcome]],
    theme: i.themeNames,
    partner: [...new Set(i.partners.map((p) => p.data.name))],
  });
}

/** What search files every entry under, for the filters the search page offers. */
export function everyFacet(
  portal: Pick<
    Portal,
    'visions' | 'commitments' | 'updates' | 'minutes' | 'inputs' | 'partners' | 'groups' | 'themes'
  > &
    Partial<Pick<Portal, 'reviews' | 'checkins'>>,
) {
  return [
    pageFacets(),
    ...portal.visions.map(visionFacets),
    ...portal.visions.filter((v) => v.easyRead).map(easyReadFacets),
    ...portal.partners.map(partnerFacets),
    ...portal.groups.map(groupFacets),
    ...portal.themes.map(themeFacets),
    ...portal.commitments.map(commitmentFacets),
    ...portal.commitments.filter((c) => c.easyRead).map(commitmentEasyReadFacets),
    ...portal.updates.map(updateFacets),
    ...portal.minutes.map(minutesFacets),
    ...portal.inputs.map(inputFacets),
    ...(portal.reviews ?? []).map(reviewFacets),
    ...(portal.checkins ?? []).map(checkinFacets),
  ];
}

/** Every value each filter can take, across a set of entries' facets, sorted (years newest first). */
export function filterValues(all: SearchFacets[]): Record<FilterName, string[]> {
  const values = Object.fromEntries(FILTERS.map((f) => [f, new Set<string>()])) as Record<FilterName, Set<string>>;
  for (const f of all) for (const name of FILTERS) for (const v of f.filters[name] ?? []) values[name].add(v);
  return Object.fromEntries(
    FILTERS.map((name) => {
      const list = [...values[name]];
      if (name === 'type') return [name, SEARCH_TYPES.filter((t) => values.type.has(t))];
      return [name, name === 'year' ? list.sort().reverse() : list.sort((a, b) => a.localeCompare(b))];
    }),
  ) as Record<FilterName, string[]>;
}

/** The filters worth offering: those with at least one value, in the order the search page offers them. */
export function offeredFilters(
  values: Record<FilterName, string[]>,
): { name: FilterName; label: string; values: string[] }[] {
  return FILTERS.filter((name) => values[name].length > 0).map((name) => ({
    name,
    label: FILTER_LABELS[name],
    values: values[name],
  }));
}
