// What each entry is filed under in search: its type, date, status, partner, topics, aims and
// group. Pages write these into the HTML for Pagefind; the search page offers them as filters.
import type { Vision } from '../contract/index.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';
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

/** Each type's name in the catalogues: search is per language, so its filters and results name types in the reader's. */
const SEARCH_TYPE_KEYS: Record<SearchType, string> = {
  Vision: 'search.typeVision',
  'Easy Read': 'search.typeEasyRead',
  Commitment: 'search.typeCommitment',
  Update: 'search.typeUpdate',
  Meeting: 'search.typeMeeting',
  'You said': 'search.typeYouSaid',
  Review: 'search.typeReview',
  'Check-in': 'search.typeCheckin',
  Partner: 'search.typePartner',
  Group: 'search.typeGroup',
  Topic: 'search.typeTopic',
  Page: 'search.typePage',
};

/** A type as the reader's language names it. */
export function searchTypeLabel(m: Messages, type: SearchType): string {
  return m.t(SEARCH_TYPE_KEYS[type]);
}

/** The filters the search page offers, in the order it offers them. */
export const FILTERS = ['type', 'partner', 'status', 'verdict', 'disputed', 'theme', 'aim', 'group', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

const FILTER_KEYS: Record<FilterName, string> = {
  type: 'search.filterType',
  partner: 'search.filterPartner',
  status: 'search.filterStatus',
  verdict: 'search.filterVerdict',
  disputed: 'search.filterDisputed',
  theme: 'search.filterTheme',
  aim: 'search.filterAim',
  group: 'search.filterGroup',
  year: 'search.filterYear',
};

export interface SearchFacets {
  type: SearchType;
  /** YYYY-MM-DD: for sorting and shown with the result. None for a page that is not about a day (a partner, a group, a topic). */
  date?: string;
  filters: Partial<Record<FilterName, string[]>>;
  /** Shown with each result, in the page's language. */
  meta: { type: string; date?: string; status?: string; partner?: string };
}

function facets(
  m: Messages,
  type: SearchType,
  date: string | undefined,
  filters: Omit<SearchFacets['filters'], 'type' | 'year'>,
): SearchFacets {
  const clean = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v && v.length > 0),
  ) as SearchFacets['filters'];
  const label = searchTypeLabel(m, type);
  return {
    type,
    ...(date ? { date } : {}),
    filters: { type: [label], ...(date ? { year: [date.slice(0, 4)] } : {}), ...clean },
    meta: {
      type: label,
      date,
      status: clean.status?.[0] ?? clean.verdict?.[0],
      partner: clean.partner ? m.list(clean.partner, 'and') : undefined,
    },
  };
}

export function visionFacets(m: Messages, vision: Entry<Vision>): SearchFacets {
  return facets(m, 'Vision', vision.data.adopted ?? vision.data.reviewDue ?? '1970-01-01', {
    aim: vision.data.aims.map((a) => a.title),
  });
}

/** The Easy Read version of a vision: found by its own words, filed beside the vision it retells. */
export function easyReadFacets(m: Messages, vision: Entry<Vision>): SearchFacets {
  return facets(m, 'Easy Read', vision.data.adopted ?? vision.data.reviewDue, {
    aim: vision.data.aims.map((a) => a.title),
  });
}

/** A promise's Easy Read page: found by its own words, filed under its partner and aims as the promise is. */
export function commitmentEasyReadFacets(m: Messages, c: CommitmentView): SearchFacets {
  return facets(m, 'Easy Read', c.data.made, {
    partner: [c.partner.data.name],
    aim: c.aimTitles,
  });
}

/** A partner's page, filed under the partner, so the partner filter finds the partner itself too. */
export function partnerFacets(m: Messages, p: PartnerView): SearchFacets {
  return facets(m, 'Partner', undefined, { partner: [p.data.name] });
}

export function groupFacets(m: Messages, g: GroupView): SearchFacets {
  return facets(m, 'Group', undefined, { group: [g.data.name] });
}

export function themeFacets(m: Messages, t: ThemeView): SearchFacets {
  return facets(m, 'Topic', undefined, { theme: [t.data.name] });
}

/** A page of the site itself (how to get involved), not an entry. */
export function pageFacets(m: Messages): SearchFacets {
  return facets(m, 'Page', undefined, {});
}

export function commitmentFacets(m: Messages, c: CommitmentView): SearchFacets {
  return facets(m, 'Commitment', c.data.made, {
    partner: [c.partner.data.name],
    status: [labels(m).status[c.state.status]],
    ...(c.community
      ? {
          verdict: [labels(m).verdict[c.community.latest.data.verdict]],
          disputed: [labels(m).comparison[c.community.comparison]],
        }
      : {}),
    aim: c.aimTitles,
  });
}

export function reviewFacets(m: Messages, r: ReviewView): SearchFacets {
  return facets(m, 'Review', r.data.date, {
    partner: [r.partner.data.name],
    verdict: [labels(m).verdict[r.data.verdict]],
    disputed: [labels(m).comparison[r.comparison]],
    aim: r.commitment.aimTitles,
    group: [r.group.data.name],
  });
}

export function checkinFacets(m: Messages, k: CheckinView): SearchFacets {
  return facets(m, 'Check-in', k.data.date, { aim: k.vision.data.aims.map((a) => a.title) });
}

export function updateFacets(m: Messages, u: UpdateView): SearchFacets {
  return facets(m, 'Update', u.data.date, {
    partner: [u.partner.data.name],
    status: [labels(m).status[u.data.status]],
    aim: u.commitment.aimTitles,
  });
}

export function minutesFacets(m: Messages, meeting: MinutesView): SearchFacets {
  return facets(m, 'Meeting', meeting.data.date, {
    group: [meeting.group.data.name],
    theme: meeting.themeNames,
  });
}

export function inputFacets(m: Messages, i: InputView): SearchFacets {
  return facets(m, 'You said', i.data.received, {
    status: [labels(m).outcome[i.data.outcome]],
    theme: i.themeNames,
    partner: [...new Set(i.partners.map((p) => p.data.name))],
  });
}

/** What search files every entry under, for the filters the search page offers. */
export function everyFacet(
  m: Messages,
  portal: Pick<
    Portal,
    'visions' | 'commitments' | 'updates' | 'minutes' | 'inputs' | 'partners' | 'groups' | 'themes'
  > &
    Partial<Pick<Portal, 'reviews' | 'checkins'>>,
) {
  return [
    pageFacets(m),
    ...portal.visions.map((x) => visionFacets(m, x)),
    ...portal.visions.filter((v) => v.easyRead).map((x) => easyReadFacets(m, x)),
    ...portal.partners.map((x) => partnerFacets(m, x)),
    ...portal.groups.map((x) => groupFacets(m, x)),
    ...portal.themes.map((x) => themeFacets(m, x)),
    ...portal.commitments.map((x) => commitmentFacets(m, x)),
    ...portal.commitments.filter((c) => c.easyRead).map((x) => commitmentEasyReadFacets(m, x)),
    ...portal.updates.map((x) => updateFacets(m, x)),
    ...portal.minutes.map((x) => minutesFacets(m, x)),
    ...portal.inputs.map((x) => inputFacets(m, x)),
    ...(portal.reviews ?? []).map((x) => reviewFacets(m, x)),
    ...(portal.checkins ?? []).map((x) => checkinFacets(m, x)),
  ];
}

/** Every value each filter can take, across a set of entries' facets, sorted (years newest first). */
export function filterValues(m: Messages, all: SearchFacets[]): Record<FilterName, string[]> {
  const values = Object.fromEntries(FILTERS.map((f) => [f, new Set<string>()])) as Record<FilterName, Set<string>>;
  for (const f of all) for (const name of FILTERS) for (const v of f.filters[name] ?? []) values[name].add(v);
  return Object.fromEntries(
    FILTERS.map((name) => {
      const list = [...values[name]];
      if (name === 'type')
        return [name, SEARCH_TYPES.map((t) => searchTypeLabel(m, t)).filter((t) => values.type.has(t))];
      return [name, name === 'year' ? list.sort().reverse() : list.sort((a, b) => a.localeCompare(b, m.lang))];
    }),
  ) as Record<FilterName, string[]>;
}

/** The filters worth offering: those with at least one value, in the order the search page offers them. */
export function offeredFilters(
  m: Messages,
  values: Record<FilterName, string[]>,
): { name: FilterName; label: string; values: string[] }[] {
  return FILTERS.filter((name) => values[name].length > 0).map((name) => ({
    name,
    label: m.t(FILTER_KEYS[name]),
    values: values[name],
  }));
}
