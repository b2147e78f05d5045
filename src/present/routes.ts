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

/** The site's addresses for a site published at `base` (`/` normally; something like `/portal/` on a GitHub Pages project site). */
export function routesUnder(base: string) {
  const root = base.replace(/\/+$/, '');
  /** A path inside the site, under the base path. */
  const href = (path: string) => `${root}${path.startsWith('/') ? path : `/${path}`}`;
  /** Page `n` of a list split into pages, the first at `path` itself. */
  const paged = (path: string, n: number) => href(`${path}${n === 1 ? '' : `${pageParam(n)}/`}`);
  const updatesPage = (n: number) => paged('/updates/', n);
  return {
    href,
    home: () => href('/'),
    favicon: () => href('/favicon.svg'),

    visions: () => href('/vision/'),
    vision: (id: string) => href(`/vision/${id}/`),
    visionAim: (id: string, aim: string) => href(`/vision/${id}/#${anchors.aim(aim)}`),
    easyRead: (id: string) => href(`/vision/${id}/easy-read/`),
    /** Every Easy Read version on the site. */
    easyReads: () => href('/easy-read/'),
    /** A commitment's Easy Read page, with its updates' Easy Read. */
    commitmentEasyRead: (id: string) => href(`/commitments/${id}/easy-read/`),
    /** An update's Easy Read, on its commitment's Easy Read page. */
    updateEasyRead: (commitment: string, update: string) =>
      href(`/commitments/${commitment}/easy-read/#${anchors.easyReadUpdate(update)}`),
    /** A picture an Easy Read line names, served from the site itself. */
    picture: (name: string) => href(`/pictures/${name}.svg`),

    commitments: () => href('/commitments/'),
    commitmentsWithStatus: (status: string) => href(`/commitments/#${anchors.status(status)}`),
    /** Each grouping of the commitments is a page of its own, listing every commitment once. */
    commitmentsOverdue: () => href('/commitments/overdue/'),
    commitmentsByStatus: () => href(`/commitments/#${anchors.byStatus}`),
    commitmentsByPartner: () => href('/commitments/by-partner/'),
    commitmentsByAim: () => href('/commitments/by-aim/'),
    /** Every commitment under one heading of a grouping, a page at a time. */
    commitmentsWithStatusPage: (status: string, n = 1) => paged(`/commitments/status/${status}/`, n),
    commitmentsOfPartnerPage: (partner: string, n = 1) => paged(`/commitments/by-partner/${partner}/`, n),
    commitmentsTowardsAimPage: (vision: string, aim: string, n = 1) =>
      paged(`/commitments/by-aim/${vision}/${aim}/`, n),
    commitmentsOverduePage: (n: number) => paged('/commitments/overdue/', n),
    commitment: (id: string) => href(`/commitments/${id}/`),

    partners: () => href('/partners/'),
    partner: (id: string) => href(`/partners/${id}/`),

    updates: () => updatesPage(1),
    updatesPage,
    update: (id: string) => href(`/updates/${id}/`),

    meetings: () => href('/minutes/'),
    minutes: (id: string) => href(`/minutes/${id}/`),
    action: (meeting: string, action: string) => href(`/minutes/${meeting}/#${anchors.action(action)}`),
    actions: () => href('/actions/'),
    actionsPage: (n: number) => paged('/actions/', n),

    groups: () => href('/groups/'),
    group: (id: string) => href(`/groups/${id}/`),
    /** How the groups connect: the levels of representation. */
    levels: () => href('/groups/levels/'),

    /** The year's involvement report, and its figures as CSV. */
    involvementYears: () => href('/involvement/'),
    involvement: (year: string) => href(`/involvement/${year}/`),
    involvementCsv: (year: string) => href(`/involvement/${year}/figures.csv`),

    themes: () => href('/themes/'),
    theme: (id: string) => href(`/themes/${id}/`),
    themePage: (id: string, n: number) => paged(`/themes/${id}/`, n),

    youSaidList: () => href('/you-said/'),
    /** Every input waiting for a reply, longest waiting first, a page at a time (only when /you-said/ cannot list them all). */
    waitingPage: (n = 1) => paged('/you-said/waiting/', n),
    /** What happened to one input: its reference code, in lower case. */
    youSaid: (ref: string) => href(`/you-said/${refParam(ref)}/`),
    codes: () => href(`/you-said/#${anchors.codes}`),
    /** One year's reference codes as JSON, fetched by the code box and search when a member looks up a code. */
    codeYear: (year: string) => href(`/you-said/codes/${year}.json`),
    /** The page listing one year's reference codes, when there are too many for /you-said/. */
    codesOfYear: (year: string) => href(`/you-said/codes/${year}/`),

    /** Lived-experience reviews: every review, and one page each. */
    reviews: () => href('/reviews/'),
    review: (id: string) => href(`/reviews/${id}/`),
    reviewReply: (id: string) => href(`/reviews/${id}/#${anchors.reviewReply(id)}`),
    verdictMethod: () => href(`/reviews/#${anchors.verdictMethod}`),
    /** Check-ins with residents on a vision. */
    checkins: () => href('/check-ins/'),
    checkin: (id: string) => href(`/check-ins/${id}/`),
    visionCheckins: (id: string) => href(`/vision/${id}/#${anchors.checkins}`),
    commitmentVerdict: (id: string) => href(`/commitments/${id}/#${anchors.communityVerdict}`),

    getInvolved: () => href('/get-involved/'),
    /** Where to get help now: the services in site.yaml, linked from every page's header. */
    help: () => href('/help/'),
    /** What the site's words mean; a term's place on it is its label made into an id (src/present/glossary.ts). */
    glossary: () => href('/glossary/'),
    glossaryTerm: (id: string) => href(`/glossary/#${id}`),
    accessibility: () => href('/accessibility/'),
    accessibilityFormats: () => href(`/accessibility/#${anchors.anotherFormat}`),
    contributing: () => href('/contributing/'),
    search: () => href('/search/'),
    /** Where Pagefind's index is published. */
    searchIndex: () => href('/pagefind/'),

    /** How to follow the site without an account: feeds and calendars, in plain words. */
    follow: () => href('/follow/'),
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
    data: () => href('/data/'),
    dataFile: (name: string) => href(`/data/${name}`),
    /** The content contract as JSON Schema: the page, and each schema by its file name. */
    schemas: () => href('/data/schema/'),
    schema: (file: string) => href(`/data/schema/${file}`),
    /** How statuses, flags and charts are worked out. */
    methodology: () => href('/methodology/'),
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
