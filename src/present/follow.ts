// What a reader can follow from each page: its feeds (Atom) and calendars (iCalendar), each with
// the words its link says. Base.astro lists the feeds in the page's head, for feed readers that
// look there; the Follow component shows them all on the page, for people.
import type { CommitmentView, GroupView, PartnerView, ThemeView } from '../model/read-model.ts';
import { routes } from './routes.ts';

export interface Followable {
  href: string;
  /** What the link says, and the feed's title in the page's head. */
  label: string;
  kind: 'feed' | 'calendar';
}

export const ATOM_TYPE = 'application/atom+xml';

/** The feed of everything new on the site, which every page offers in its head. */
export const siteFeedLink: Followable = { href: routes.feed(), label: 'Everything new on this site', kind: 'feed' };
export const overdueFeedLink: Followable = {
  href: routes.overdueFeed(),
  label: 'Commitments as they become overdue',
  kind: 'feed',
};
export const meetingsCalendarLink: Followable = {
  href: routes.meetingsCalendar(),
  label: 'Every group’s meetings, in your calendar',
  kind: 'calendar',
};

export const commitmentFollow = (c: CommitmentView): Followable[] => [
  { href: routes.commitmentFeed(c.id), label: 'Updates on this commitment', kind: 'feed' },
];

export const partnerFollow = (p: PartnerView): Followable[] => [
  { href: routes.partnerFeed(p.id), label: `${p.data.name}: commitments and updates`, kind: 'feed' },
];

export const themeFollow = (t: ThemeView): Followable[] => [
  { href: routes.themeFeed(t.id), label: `${t.data.name}: what people said and what happened`, kind: 'feed' },
];

export const groupFollow = (g: GroupView): Followable[] => [
  { href: routes.groupFeed(g.id), label: `${g.data.name}: minutes and actions`, kind: 'feed' },
  { href: routes.groupCalendar(g.id), label: `${g.data.name}: meetings, in your calendar`, kind: 'calendar' },
];

/** The feeds a page lists in its head: the whole site's first, then the page's own, each once. */
export const headFeeds = (links: readonly Followable[]): Followable[] => [
  siteFeedLink,
  ...links.filter((l) => l.kind === 'feed' && l.href !== siteFeedLink.href),
];

/** What the follow page lists: the whole site's feeds, and each group's feed and calendar. */
export interface FollowPageView {
  site: Followable[];
  groups: { name: string; links: Followable[] }[];
}

export function followPage(groups: readonly GroupView[]): FollowPageView {
  return {
    site: [siteFeedLink, overdueFeedLink, meetingsCalendarLink],
    groups: groups.map((g) => ({ name: g.data.name, links: groupFollow(g) })),
  };
}
