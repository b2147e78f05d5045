// schema.org structured data (JSON-LD) for the pages where a type fits: a commitment is an Action
// with an actionStatus, a partner an Organization, a meeting an Event, the open data a Dataset
// with a DataDownload for each file. Search engines and other tools read it; people never see it.
//
// Each block is a WebPage, the page itself: its own address in its own language and that
// language, with the thing it is about inside it. The page is what has a language: an Action or
// an Organization has no `inLanguage` on schema.org, and an Event's would say what language the
// meeting is held in, which the content does not say.
import { timeZoneOf, type Site } from '../contract/index.ts';
import { finalSince, updateFacts, type CommitmentStatus } from '../model/status.ts';
import type { CommitmentView, GroupView, MinutesView, PartnerView } from '../model/read-model.ts';
import { zonedOf } from '../model/zone-clock.ts';
import { absolute } from './atom.ts';
import type { Messages } from './messages.ts';
import type { Routes } from './routes.ts';
import { languageOfWords, type HasTranslation } from './words-language.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** The page the structured data is on: its language's words and addresses, and the site's origin when known. */
export interface LdPage {
  /** The page's words; its `locale` is the page's language as its `<html lang>` gives it. */
  m: Messages;
  /** The site's addresses, its pages in the page's language. */
  routes: Routes;
  origin?: string | undefined;
}

/** The four ways schema.org says where an action stands. */
type ActionStatusType = 'PotentialActionStatus' | 'ActiveActionStatus' | 'CompletedActionStatus' | 'FailedActionStatus';

/**
 * What schema.org can say truthfully of a commitment with each status: its `actionStatus`, and
 * whether it has ended, so has an `endTime` (the day it reached that status, from its updates).
 *
 * - No update yet, or not started: promised, and nothing says work has begun (Potential).
 * - In progress, or at risk: under way, however late (Active); at risk is a warning, not an end.
 * - Delivered: done (Completed), ended the day it was first reported delivered.
 * - Partly delivered: finished without doing all that was promised. Completed would publish it as
 *   done, and Active as still going on, so it is Failed, like not delivered and withdrawn: each
 *   ended the day it was reported so.
 *
 * A commitment not yet done has no `endTime`. Its due date is not an end: a passed one would read
 * as the day it finished, a coming one as a promise kept. schema.org's Action has no property for
 * a due date, so it is left to the page and the open data (`dueNow`), which say it plainly.
 */
export const ACTION: Record<CommitmentStatus, { status: ActionStatusType; ended: boolean }> = {
  'no-update': { status: 'PotentialActionStatus', ended: false },
  'not-started': { status: 'PotentialActionStatus', ended: false },
  'in-progress': { status: 'ActiveActionStatus', ended: false },
  'at-risk': { status: 'ActiveActionStatus', ended: false },
  delivered: { status: 'CompletedActionStatus', ended: true },
  'partly-delivered': { status: 'FailedActionStatus', ended: true },
  'not-delivered': { status: 'FailedActionStatus', ended: true },
  withdrawn: { status: 'FailedActionStatus', ended: true },
};

/** Words as JSON-LD holds them: a plain string in the page's language, else tagged with their own. */
export type LdText = string | { '@value': string; '@language': string };

/** The words at `path` of `of`, tagged with the original's language when they are its words on another language's page. */
function words(of: HasTranslation | undefined, path: string, text: string): LdText {
  const lang = languageOfWords(of, path);
  return lang === undefined ? text : { '@value': text, '@language': lang };
}

const languageOf = (text: LdText): string | undefined => (typeof text === 'string' ? undefined : text['@language']);

/**
 * A name and a description in one language: the description is left out when its words are in
 * another language than the name's (a translated title over a summary still in English), except
 * beside a name no translation changes (an organisation's), which is a name in any language.
 */
function named(name: LdText, description: LdText | undefined, properName = false): JsonLd {
  const same = description !== undefined && languageOf(description) === languageOf(name);
  const besideName = properName && description !== undefined && languageOf(description) === undefined;
  return { name, ...(same || besideName ? { description } : {}) };
}

/** The page itself, holding what it is about. */
function webPage(page: LdPage, path: string, about: JsonLd, relation: 'mainEntity' | 'about' = 'mainEntity'): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    url: absolute(path, page.origin),
    inLanguage: page.m.locale,
    [relation]: about,
  };
}

const organization = (p: PartnerView, page: LdPage): JsonLd => ({
  '@type': 'Organization',
  name: words(p, 'name', p.data.name),
  url: absolute(page.routes.partner(p.id), page.origin),
});

export function commitmentLd(c: CommitmentView, page: LdPage): JsonLd {
  const { status, ended } = ACTION[c.state.status];
  const endTime = ended ? finalSince(updateFacts(c.updates.items)) : undefined;
  const path = page.routes.commitment(c.id);
  return webPage(page, path, {
    '@type': 'Action',
    ...named(words(c, 'title', c.data.title), words(c, 'summary', c.data.summary)),
    url: absolute(path, page.origin),
    actionStatus: `${CONTEXT}/${status}`,
    agent: organization(c.partner, page),
    startTime: c.data.made,
    ...(endTime ? { endTime } : {}),
  });
}

export function partnerLd(p: PartnerView, page: LdPage): JsonLd {
  const description = p.data.description === undefined ? undefined : words(p, 'description', p.data.description);
  return webPage(page, page.routes.partner(p.id), {
    ...organization(p, page),
    ...named(words(p, 'name', p.data.name), description, true),
    ...(p.data.website ? { sameAs: p.data.website } : {}),
  });
}

const groupOrganization = (group: GroupView, page: LdPage): JsonLd => ({
  '@type': 'Organization',
  name: words(group, 'name', group.data.name),
  url: absolute(page.routes.group(group.id), page.origin),
});

const meets = (group: GroupView): LdText | undefined =>
  group.data.meets === undefined ? undefined : words(group, 'meets', group.data.meets);

/** A meeting that has been held: the day its minutes give, which give no hours or place. */
export function minutesLd(minutes: MinutesView, page: LdPage): JsonLd {
  const path = page.routes.minutes(minutes.id);
  return webPage(page, path, {
    '@type': 'Event',
    ...named(words(minutes, 'title', minutes.data.title), meets(minutes.group)),
    startDate: minutes.data.date,
    // schema.org: "taking place or has taken place on the startDate as scheduled".
    eventStatus: `${CONTEXT}/EventScheduled`,
    url: absolute(path, page.origin),
    organizer: groupOrganization(minutes.group, page),
  });
}

/**
 * Where the next meeting is, as the calendar gives it: a Place with its name and address, and a
 * VirtualLocation with how to join online (the content gives words, like "email us for the Zoom
 * link", not an address to join at); and whether one can come in person, online or either.
 */
function whereAndHow(group: GroupView): JsonLd {
  const next = group.next;
  if (!next) return {};
  const place: JsonLd[] =
    next.place || next.address
      ? [
          {
            '@type': 'Place',
            ...(next.place ? { name: words(group, 'nextMeetingPlace', next.place) } : {}),
            ...(next.address ? { address: words(group, 'nextMeetingAddress', next.address) } : {}),
          },
        ]
      : [];
  const online: JsonLd[] = next.online
    ? [{ '@type': 'VirtualLocation', description: words(group, 'nextMeetingOnline', next.online) }]
    : [];
  const locations = [...place, ...online];
  if (locations.length === 0) return {};
  const mode = place.length && online.length ? 'Mixed' : place.length ? 'Offline' : 'Online';
  return {
    location: locations.length === 1 ? locations[0] : locations,
    eventAttendanceMode: `${CONTEXT}/${mode}EventAttendanceMode`,
  };
}

/**
 * A group's next meeting, when one is set, on the group's page. With its hours (read as the
 * calendar reads them) it starts and ends at moments with the offset of the clocks of site.yaml's
 * `timeZone` on that day, as the calendar's are; without them it is a day.
 */
export function groupLd(group: GroupView, page: LdPage, site: Pick<Site, 'timeZone'>): JsonLd[] {
  const next = group.next;
  if (!next) return [];
  const timeZone = timeZoneOf(site);
  const hours = next.hours;
  const path = page.routes.group(group.id);
  const name = page.m.t('groups.nextMeetingOf', { group: group.data.name });
  return [
    webPage(
      page,
      path,
      {
        '@type': 'Event',
        ...named(name, meets(group)),
        startDate: hours ? zonedOf(next.date, hours.start, timeZone) : next.date,
        ...(hours ? { endDate: zonedOf(next.date, hours.end, timeZone) } : {}),
        eventStatus: `${CONTEXT}/EventScheduled`,
        ...whereAndHow(group),
        url: absolute(path, page.origin),
        organizer: groupOrganization(group, page),
      },
      // The page is the group's; its next meeting is one thing on it.
      'about',
    ),
  ];
}

export interface DownloadLike {
  name: string;
  /** The language of its name, when that is not the page's. */
  lang?: string | undefined;
  /** The file's name under /data/. */
  file: string;
  format: string;
}

/**
 * The open data: named and described in the page's own words, as its heading and description say
 * it, so the name and the description are in one language whatever site.yaml's translation holds.
 */
export function datasetLd(site: Site & HasTranslation, today: string, downloads: DownloadLike[], page: LdPage): JsonLd {
  const partnership = words(site, 'partnership', site.partnership);
  return webPage(page, page.routes.data(), {
    '@type': 'Dataset',
    name: `${site.partnership}: ${page.m.t('data.title')}`,
    description: page.m.t('data.description', { site: site.name }),
    url: absolute(page.routes.data(), page.origin),
    license: site.licence.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: partnership },
    dateModified: today,
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.lang === undefined ? d.name : { '@value': d.name, '@language': d.lang },
      encodingFormat: d.format,
      // One file for every language, at one address.
      contentUrl: absolute(page.routes.dataFile(d.file), page.origin),
    })),
  });
}

/** JSON-LD as the text of a <script type="application/ld+json">: nothing in it can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
