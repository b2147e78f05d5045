// Every address the site makes, one function each, all under the base path the site is published
// at. Pages and components never write an address themselves: they ask here. The ids of the
// places inside a page that other pages link to are here too, so a link and its target agree.
declare const __PORTAL_BASE__: string | undefined;

/** The ids of places inside pages that links point at. */
export const anchors = {
  /** On the commitments page: each status's section, and the list by status. */
  status: (status: string) => `status-${status}`,
  byStatus: 'by-status',
  /** On a vision's page: each aim. */
  aim: (aim: string) => `aim-${aim}`,
  /** On a meeting's page: each action, by its id in lower case. */
  action: (action: string) => `action-${action.toLowerCase()}`,
  /** On the you-said page: the list of every reference code. */
  codes: 'codes',
  /** On an input's page: what happened to it, with the partnership's reply. */
  whatHappened: 'what-happened',
  /** On every page: the start of the main content. */
  main: 'main',
  /** On a commitment's page: the community's verdict beside the partner's status. */
  communityVerdict: 'community-verdict',
  /** On the reviews page (and the methodology): how the verdict is compared with the partner's status. */
  verdictMethod: 'how-verdicts-are-compared',
  /** On a vision's page: its check-ins with residents. */
  checkins: 'check-ins',
  /** On a review's page (and its commitment's, for the latest review): the partner's reply. */
  reviewReply: (review: string) => `reply-${review}`,
  /** On a commitment's Easy Read page: each update's Easy Read. */
  easyReadUpdate: (update: string) => `update-${update}`,
  /** On the accessibility statement: how to ask for another format or language. */
  anotherFormat: 'another-format',
} as const;

/** The path segment of a page of a split list after its first ('page/2'); none for the first. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** The path segment of an input's page: its reference code in lower case. */
export function refParam(ref: string): string {
  return ref.toLowerCase();
}

/**
 * The site's addresses for a site published at `base` (`/` normally; something like `/portal/` on
 * a GitHub Pages project site), with its pages in the language whose code is `lang`: pages of a
 * language other than the content's own are under `/<lang>/`. Files that are the same in every
 * language (feeds, calendars, open data, pictures, the search index) have one address.
 */
export function routesUnder(base: string, lang?: string) {
  const root = base.replace(/\/+$/, '');
  /** A path inside the site, under the base path. */
  const href = (path: string) => `${root}${path.startsWith('/') ? path : `/${path}`}`;
  /** A page in the reader's language. */
  const page = (path: string) => href(lang ? `/${lang}${path.startsWith('/') ? path : `/${path}`}` : path);
  /** Page `n` of a list split into pages, the first at `path` itself. */
  const paged = (path: string, n: number) => page(`${path}${n === 1 ? '' : `${pageParam(n)}/`}`);
  const updatesPage = (n: number) => paged('/updates/', n);
  return {
    href,
    /** A page of the site in this language, by its path in the content's own language. */
    page,
    home: () => page('/'),
    favicon: () => href('/favicon.svg'),

    visions: () => page('/vision/'),
    vision: (id: string) => page(`/vision/${id}/`),
    visionAim: (id: string, aim: string) => page(`/vision/${id}/#${anchors.aim(aim)}`),
    easyRead: (id: string) => page(`/vision/${id}/easy-read/`),
    /** Every Easy Read version on the site. */
    easyReads: () => page('/easy-read/'),
    /** A commitment's Easy Read page, with its updates' Easy Read. */
    commitmentEasyRead: (id: string) => page(`/commitments/${id}/easy-read/`),
    /** An update's Easy Read, on its commitment's Easy Read page. */
    updateEasyRead: (commitment: string, update: string) =>
      page(`/commitments/${commitment}/easy-read/#${anchors.easyReadUpdate(update)}`),
    /** A picture an Easy Read line names, served from the site itself. */
    picture: (name: string) => href(`/pictures/${name}.svg`),

    commitments: () => page('/commitments/'),
    commitmentsWithStatus: (status: string) => page(`/commitments/#${anchors.status(status)}`),
    /** Each grouping of the commitments is a page of its own, listing every commitment once. */
    commitmentsOverdue: () => page('/commitments/overdue/'),
    commitmentsByStatus: () => page(`/commitments/#${anchors.byStatus}`),
    commitmentsByPartner: () => page('/commitments/by-partner/'),
    commitmentsByAim: () => page('/commitments/by-aim/'),
    /** Every commitment under one heading of a grouping, a page at a time. */
    commitmentsWithStatusPage: (status: string, n = 1) => paged(`/commitments/status/${status}/`, n),
    commitmentsOfPartnerPage: (partner: string, n = 1) => paged(`/commitments/by-partner/${partner}/`, n),
    commitmentsTowardsAimPage: (vision: string, aim: string, n = 1) =>
      paged(`/commitments/by-aim/${vision}/${aim}/`, n),
    commitmentsOverduePage: (n: number) => paged('/commitments/overdue/', n),
    commitment: (id: string) => page(`/commitments/${id}/`),

    partners: () => page('/partners/'),
    partner: (id: string) => page(`/partners/${id}/`),

    updates: () => updatesPage(1),
    updatesPage,
    update: (id: string) => page(`/updates/${id}/`),

    meetings: () => page('/minutes/'),
    minutes: (id: string) => page(`/minutes/${id}/`),
    action: (meeting: string, action: string) => page(`/minutes/${meeting}/#${anchors.action(action)}`),
    actions: () => page('/actions/'),
    actionsPage: (n: number) => paged('/actions/', n),

    groups: () => page('/groups/'),
    group: (id: string) => page(`/groups/${id}/`),
    /** How the groups connect: the levels of representation. */
    levels: () => page('/groups/levels/'),

    /** The year's involvement report, and its figures as CSV. */
    involvementYears: () => page('/involvement/'),
    involvement: (year: string) => page(`/involvement/${year}/`),
    involvementCsv: (year: string) => href(`/involvement/${year}/figures.csv`),

    themes: () => page('/themes/'),
    theme: (id: string) => page(`/themes/${id}/`),
    themePage: (id: string, n: number) => paged(`/themes/${id}/`, n),

    youSaidList: () => page('/you-said/'),
    /** Every input waiting for a reply, longest waiting first, a page at a time (only when /you-said/ cannot list them all). */
    waitingPage: (n = 1) => paged('/you-said/waiting/', n),
    /** What happened to one input: its reference code, in lower case. */
    youSaid: (ref: string) => page(`/you-said/${refParam(ref)}/`),
    /** The reply on an input's page. */
    youSaidReply: (ref: string) => page(`/you-said/${refParam(ref)}/#${anchors.whatHappened}`),
    codes: () => page(`/you-said/#${anchors.codes}`),
    /** One year's reference codes as JSON, fetched by the code box and search when a member looks up a code. */
    codeYear: (year: string) => href(`/you-said/codes/${year}.json`),
    /** The page listing one year's reference codes, when there are too many for /you-said/. */
    codesOfYear: (year: string) => page(`/you-said/codes/${year}/`),

    /** Lived-experience reviews: every review, and one page each. */
    reviews: () => page('/reviews/'),
    review: (id: string) => page(`/reviews/${id}/`),
    reviewReply: (id: string) => page(`/reviews/${id}/#${anchors.reviewReply(id)}`),
    verdictMethod: () => page(`/reviews/#${anchors.verdictMethod}`),
    /** Check-ins with residents on a vision. */
    checkins: () => page('/check-ins/'),
    checkin: (id: string) => page(`/check-ins/${id}/`),
    visionCheckins: (id: string) => page(`/vision/${id}/#${anchors.checkins}`),
    commitmentVerdict: (id: string) => page(`/commitments/${id}/#${anchors.communityVerdict}`),

    getInvolved: () => page('/get-involved/'),
    /** Where to get help now: the services in site.yaml, linked from every page's header. */
    help: () => page('/help/'),
    /** What the site's words mean; a term's place on it is its label made into an id (src/present/glossary.ts). */
    glossary: () => page('/glossary/'),
    glossaryTerm: (id: string) => page(`/glossary/#${id}`),
    accessibility: () => page('/accessibility/'),
    accessibilityFormats: () => page(`/accessibility/#${anchors.anotherFormat}`),
    contributing: () => page('/contributing/'),
    search: () => page('/search/'),
    /** Where Pagefind's index is published. */
    searchIndex: () => href('/pagefind/'),

    /** How to follow the site without an account: feeds and calendars, in plain words. */
    follow: () => page('/follow/'),
    /** Atom feeds: everything new on the site, and one for each commitment, partner, topic and group. */
    feed: () => href('/feeds/updates.xml'),
    overdueFeed: () => href('/feeds/overdue.xml'),
    commitmentFeed: (id: string) => href(`/feeds/commitments/${id}.xml`),
    partnerFeed: (id: string) => href(`/feeds/partners/${id}.xml`),
    themeFeed: (id: string) => href(`/feeds/themes/${id}.xml`),
    groupFeed: (id: string) => href(`/feeds/groups/${id}.xml`),
    /** iCalendar files of meetings: every group's, and each group's own. */
    meetingsCalendar: () => href('/calendars/meetings.ics'),
    groupCalendar: (id: string) => href(`/calendars/groups/${id}.ics`),
    /** The open data: the page for people, and each file by its name (`commitments.csv`). */
    data: () => page('/data/'),
    dataFile: (name: string) => href(`/data/${name}`),
    /** The content contract as JSON Schema: the page, and each schema by its file name. */
    schemas: () => page('/data/schema/'),
    schema: (file: string) => href(`/data/schema/${file}`),
    /** How statuses, flags and charts are worked out. */
    methodology: () => page('/methodology/'),
    sitemap: () => href('/sitemap.xml'),

    /** A place on the page itself. */
    onPage: (anchor: string) => `#${anchor}`,
    email: (address: string) => `mailto:${address}`,
    /** A link that phones a number: only its digits (and a leading +), so 116 123 becomes tel:116123. */
    tel: (phone: string) => `tel:${phone.trim().replace(/[^\d+]/g, '')}`,
  };
}

export type Routes = ReturnType<typeof routesUnder>;

/** The addresses of this build, under the base path set in astro.config.mjs (`/` outside a build). */
export const routes: Routes = routesUnder(typeof __PORTAL_BASE__ === 'string' ? __PORTAL_BASE__ : '/');

/** A path inside the site, under the base path: for an address no route names (there should be none). */
export const href = routes.href;

/** A language the site offers, as the language links need it. */
export interface LanguageOffered {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself: Türkçe, العربية. */
  name: string;
  routes: Routes;
}

/**
 * The page at `path` in every language offered, for the language switcher and the head's
 * alternates: the reader stays on the same page. `origin` makes each address absolute when the
 * build knows the site's address.
 */
export function languageLinks(path: string, offered: readonly LanguageOffered[], origin?: string) {
  // The page's path in the content's own language: what is left after its language's home.
  const home = offered
    .map((language) => language.routes.home())
    .filter((start) => path.startsWith(start))
    .reduce((longest, start) => (start.length > longest.length ? start : longest), '');
  const rest = `/${path.slice(home.length)}`;
  return offered.map((language) => {
    const href = language.routes.page(rest);
    return { lang: language.lang, dir: language.dir, name: language.name, href, absolute: `${origin ?? ''}${href}` };
  });
}
