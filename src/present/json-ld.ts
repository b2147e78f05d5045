// schema.org structured data (JSON-LD) for the pages where a type fits: a commitment is an Action
// with an actionStatus, a partner an Organization, a meeting an Event, the open data a Dataset
// with a DataDownload for each file. Search engines and other tools read it; people never see it.
import type { Site } from '../contract/index.ts';
import type { CommitmentStatus } from '../model/status.ts';
import type { CommitmentView, GroupView, MinutesView, PartnerView } from '../model/read-model.ts';
import { absolute } from './atom.ts';
import { routes } from './routes.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** How schema.org says where an action stands, for each status. */
export const ACTION_STATUS: Record<CommitmentStatus, string> = {
  'no-update': 'PotentialActionStatus',
  'not-started': 'PotentialActionStatus',
  'in-progress': 'ActiveActionStatus',
  'at-risk': 'ActiveActionStatus',
  delivered: 'CompletedActionStatus',
  'partly-delivered': 'CompletedActionStatus',
  'not-delivered': 'FailedActionStatus',
  withdrawn: 'FailedActionStatus',
};

const organization = (p: PartnerView, origin?: string): JsonLd => ({
  '@type': 'Organization',
  name: p.data.name,
  url: absolute(routes.partner(p.id), origin),
});

export function commitmentLd(c: CommitmentView, origin?: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Action',
    name: c.data.title,
    description: c.data.summary,
    url: absolute(routes.commitment(c.id), origin),
    actionStatus: `${CONTEXT}/${ACTION_STATUS[c.state.status]}`,
    agent: organization(c.partner, origin),
    startTime: c.data.made,
    // The due date last agreed: what the site judges it against.
    ...(c.deadline.due ? { endTime: c.deadline.due } : {}),
  };
}

export function partnerLd(p: PartnerView, origin?: string): JsonLd {
  return {
    '@context': CONTEXT,
    ...organization(p, origin),
    ...(p.data.description ? { description: p.data.description } : {}),
    ...(p.data.website ? { sameAs: p.data.website } : {}),
  };
}

function event(name: string, date: string, page: string, group: GroupView, origin?: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name,
    startDate: date,
    eventStatus: `${CONTEXT}/EventScheduled`,
    url: absolute(page, origin),
    organizer: { '@type': 'Organization', name: group.data.name, url: absolute(routes.group(group.id), origin) },
    ...(group.data.meets ? { description: group.data.meets } : {}),
  };
}

export const minutesLd = (m: MinutesView, origin?: string): JsonLd =>
  event(m.data.title, m.data.date, routes.minutes(m.id), m.group, origin);

/** A group's next meeting, when one is set. */
export const groupLd = (g: GroupView, origin?: string): JsonLd[] =>
  g.upcoming === undefined ? [] : [event(`${g.data.name}: next meeting`, g.upcoming, routes.group(g.id), g, origin)];

export interface DownloadLike {
  name: string;
  /** The file's name under /data/. */
  file: string;
  format: string;
}

export function datasetLd(site: Site, today: string, downloads: DownloadLike[], origin?: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: `${site.partnership}: open data`,
    description: site.description,
    url: absolute(routes.data(), origin),
    license: site.licence.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: site.partnership },
    dateModified: today,
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      encodingFormat: d.format,
      contentUrl: absolute(routes.dataFile(d.file), origin),
    })),
  };
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
