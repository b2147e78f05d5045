// What a reader can follow from each page: its feeds (Atom) and calendars (iCalendar), each with
// the words its link says. Base.astro lists the feeds in the page's head, for feed readers that
// look there; the Follow component shows them all on the page, for people.
import type { CommitmentView, GroupView, PartnerView, ThemeView } from '../model/read-model.ts';
import type { Messages } from './messages.ts';
import { wordsIn } from '../model/translations.ts';
// Feeds and calendars are one file for every reader, so their addresses are the site's own, in any language.
import { routes } from './routes.ts';

export interface Followable {
  href: string;
  /** What the link says, and the feed's title in the page's head. */
  label: string;
  kind: 'feed' | 'calendar';
}

export const ATOM_TYPE = 'application/atom+xml';

/** The feed of everything new on the site, which every page offers in its head. */
export const siteFeedLink = (m: Messages): Followable => ({
  href: routes.feed(),
  label: m.t('follow.site'),
  kind: 'feed',
});
export const overdueFeedLink = (m: Messages): Followable => ({
  href: routes.overdueFeed(),
  label: m.t('follow.overdue'),
  kind: 'feed',
});
export const meetingsCalendarLink = (m: Messages): Followable => ({
  href: routes.meetingsCalendar(),
  label: m.t('follow.meetings'),
  kind: 'calendar',
});

export const commitmentFollow = (m: Messages, c: CommitmentView): Followable[] => [
  { href: routes.commitmentFeed(c.id), label: m.t('follow.commitment'), kind: 'feed' },
];

export const partnerFollow = (m: Messages, p: PartnerView): Followable[] => [
  { href: routes.partnerFeed(p.id), label: m.t('follow.partner', { name: p.data.name }), kind: 'feed' },
];

export const themeFollow = (m: Messages, t: ThemeView): Followable[] => [
  { href: routes.themeFeed(t.id), label: m.t('follow.theme', { name: t.data.name }), kind: 'feed' },
];

export const groupFollow = (m: Messages, g: GroupView): Followable[] => [
  { href: routes.groupFeed(g.id), label: m.t('follow.group', { name: g.data.name }), kind: 'feed' },
  { href: routes.groupCalendar(g.id), label: m.t('follow.groupCalendar', { name: g.data.name }), kind: 'calendar' },
];

/**
 * The language feeds and calendar files are in, told to a page in another language: they are one
 * file for every reader, in the content's own language (its code, and site.yaml's locale, which the
 * feeds give as their xml:lang). None on the content language's own pages.
 */
export interface FilesLanguage {
  /** The content's language, like `en`: which language the words name. */
  code: string;
  /** site.yaml's locale, like `en-GB`: the links' hreflang. */
  tag: string;
}

export function filesLanguage(
  pageLanguage: string,
  contentLanguage: string,
  locale: string,
): FilesLanguage | undefined {
  return pageLanguage === contentLanguage ? undefined : { code: contentLanguage, tag: locale };
}

/** A feed as a page's head lists it: its title, and its language when that is not the page's. */
export interface HeadFeed {
  href: string;
  title: string;
  hreflang?: string;
}

const inLanguage = (m: Messages, filesIn: FilesLanguage) => m.t('follow.inLanguage', { language: filesIn.code });

/** The feeds a page lists in its head: the whole site's first, then the page's own, each once. */
export const headFeeds = (m: Messages, links: readonly Followable[], filesIn?: FilesLanguage): HeadFeed[] =>
  [siteFeedLink(m), ...links.filter((l) => l.kind === 'feed' && l.href !== routes.feed())].map((l) =>
    filesIn
      ? {
          href: l.href,
          title: m.t('follow.titleIn', { name: l.label, inLanguage: inLanguage(m, filesIn) }),
          hreflang: filesIn.tag,
        }
      : { href: l.href, title: l.label },
  );

/** What a Follow box's link says: what it follows, that it is a feed or calendar, and its language when not the page's. */
export function followLinkText(m: Messages, link: Followable, filesIn?: FilesLanguage): string {
  if (!filesIn) return m.t(link.kind === 'feed' ? 'follow.feed' : 'follow.calendar', { name: link.label });
  return m.t(link.kind === 'feed' ? 'follow.feedIn' : 'follow.calendarIn', {
    name: link.label,
    inLanguage: inLanguage(m, filesIn),
  });
}

/** What the follow page lists: the whole site's feeds, and each group's feed and calendar. */
export interface FollowPageView {
  site: Followable[];
  /** Each group's name, with its language where it is not the page's (the original's, on another language's page). */
  groups: { name: string; nameIn: string | undefined; links: Followable[] }[];
}

export function followPage(m: Messages, groups: readonly GroupView[]): FollowPageView {
  return {
    site: [siteFeedLink(m), overdueFeedLink(m), meetingsCalendarLink(m)],
    groups: groups.map((g) => ({
      name: g.data.name,
      nameIn: wordsIn(g.translation, 'name'),
      links: groupFollow(m, g),
    })),
  };
}
