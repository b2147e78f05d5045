// The schema.org structured data and the sitemap, worked out by hand: from the small partnership
// (small-partnership.ts, built on 1 April 2025), from commitments with every kind of ending built on
// 1 February 2026, from the same in Turkish, and from next meetings in summer and winter time; the
// sitemap read back by fast-xml-parser.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UPDATE_STATUSES, type Commitment, type Group, type Site, type Update } from '../../src/contract/index.ts';
import { buildPortal, type Entry, type PortalInput } from '../../src/model/read-model.ts';
import { utcOf } from '../../src/model/zone-clock.ts';
import { isFinal } from '../../src/model/status.ts';
import {
  commitmentLd,
  datasetLd,
  groupLd,
  minutesLd,
  partnerLd,
  type JsonLd,
  type LdPage,
} from '../../src/present/json-ld.ts';
import { routesUnder } from '../../src/present/routes.ts';
import { sitemapXml } from '../../src/present/sitemap.ts';
import { messagesIn } from '../helpers/messages.ts';
import { oneVisionInput } from './one-commitment.ts';
import { SITE } from './site-settings.ts';
import { input, TODAY } from './small-partnership.ts';

const origin = 'https://portal.example.org';
const pageIn = (lang: string): LdPage => ({
  m: messagesIn(lang),
  routes: routesUnder('/', lang === 'en' ? undefined : lang),
  origin,
});
const english = pageIn('en');
const turkish = pageIn('tr');
/** What a page's WebPage holds. */
const entity = (ld: JsonLd) => (ld.mainEntity ?? ld.about) as JsonLd;

const portal = buildPortal(input, TODAY);
const commitment = (id: string) => portal.commitments.find((c) => c.id === id)!;

describe('structured data of the small partnership', () => {
  it('a commitment is an Action on its page, whose status is the one worked out for the build day', () => {
    // Line: at risk since 20 February (in progress on schema.org's terms); due 1 March, passed, so
    // no endTime: it has not ended. The page is in English, as the site.yaml's locale says.
    expect(commitmentLd(commitment('line'), english)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: 'https://portal.example.org/commitments/line/',
      inLanguage: 'en-GB',
      mainEntity: {
        '@type': 'Action',
        name: 'Line',
        description: 'A line.',
        url: 'https://portal.example.org/commitments/line/',
        actionStatus: 'https://schema.org/ActiveActionStatus',
        agent: { '@type': 'Organization', name: 'Council', url: 'https://portal.example.org/partners/council/' },
        startTime: '2025-01-01',
      },
    });
    // Beds: delivered on 10 March, due 1 December: it ended the day it was delivered.
    expect(entity(commitmentLd(commitment('beds'), english))).toMatchObject({
      actionStatus: 'https://schema.org/CompletedActionStatus',
      endTime: '2025-03-10',
    });
  });

  it('a partner is an Organization on its page', () => {
    expect(partnerLd(portal.partners[0]!, english)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: 'https://portal.example.org/partners/council/',
      inLanguage: 'en-GB',
      mainEntity: { '@type': 'Organization', name: 'Council', url: 'https://portal.example.org/partners/council/' },
    });
  });

  it('a meeting is an Event on its day, organised by its group, and so is a group’s next meeting', () => {
    expect(entity(minutesLd(portal.minutes[0]!, english))).toMatchObject({
      '@type': 'Event',
      name: 'Forum, January',
      startDate: '2025-01-15',
      url: 'https://portal.example.org/minutes/m-jan/',
      organizer: { '@type': 'Organization', name: 'Forum', url: 'https://portal.example.org/groups/forum/' },
    });
    // No time, place or way to join is given: a day, and nothing said of where.
    expect(groupLd(portal.groups[0]!, english, SITE).map(entity)).toEqual([
      {
        '@type': 'Event',
        name: 'Forum: next meeting',
        startDate: '2025-04-10',
        eventStatus: 'https://schema.org/EventScheduled',
        url: 'https://portal.example.org/groups/forum/',
        organizer: { '@type': 'Organization', name: 'Forum', url: 'https://portal.example.org/groups/forum/' },
      },
    ]);
    const after = buildPortal(input, '2025-04-11');
    expect(groupLd(after.groups[0]!, english, SITE)).toEqual([]);
  });

  it('the open data is a Dataset under the partnership’s licence with a DataDownload for each file', () => {
    const ld = datasetLd(SITE, TODAY, [{ name: 'Commitments', file: 'commitments.csv', format: 'text/csv' }], english);
    expect(ld).toMatchObject({ '@type': 'WebPage', url: 'https://portal.example.org/data/', inLanguage: 'en-GB' });
    expect(entity(ld)).toMatchObject({
      '@type': 'Dataset',
      name: 'p: Open data',
      description: 'Everything on n as CSV and JSON, with a data dictionary, free to reuse.',
      license: SITE.licence.url,
      dateModified: '2025-04-01',
      distribution: [
        {
          '@type': 'DataDownload',
          name: 'Commitments',
          encodingFormat: 'text/csv',
          contentUrl: 'https://portal.example.org/data/commitments.csv',
        },
      ],
    });
  });
});

// Built on 1 February 2026, all the council's, worked out by hand:
//   line24  due 31 Dec 2025; in progress 1 Sep, delivered 12 Jan 2026, delivered again 26 Jan:
//           delivered after its due date, so it ended on 12 January, not on 31 December.
//   beds    due 30 Sep 2025; in progress 1 May, at risk 15 Aug, partly delivered 3 Oct: finished
//           short of what was promised, so Failed (not Completed), ended 3 October.
//   cafe    due 30 Nov 2025; in progress 1 Jun: overdue (63 days), still under way: Active, no end.
//   hub     due 31 Oct 2025, moved on 15 Oct to 31 Mar 2026; at risk 1 Sep: not overdue, Active,
//           and neither due date is given as an end.
//   quiet   made 5 Jan 2026, no update: promised, nothing reported (Potential), no end.
//   again   delivered 1 Jun 2025, in progress again 1 Jul, delivered 1 Sep: ended 1 September.
const ON = '2026-02-01';
const promise = (id: string, made: string, due: string, more: Partial<Commitment> = {}): Entry<Commitment> => ({
  id,
  data: {
    title: `The ${id}`,
    summary: `What the ${id} is.`,
    partner: 'council',
    vision: 'plan',
    aims: ['crisis'],
    made,
    due,
    ...more,
  },
});
const update = (commitment: string, date: string, status: Update['status']): Entry<Update> => ({
  id: `${commitment}-${date}`,
  data: { title: status, date, commitment, status },
});
const promises: PortalInput = {
  ...oneVisionInput({ ...SITE, languages: ['en', 'tr'] }, [
    promise('line24', '2025-03-10', '2025-12-31'),
    promise('beds', '2025-03-01', '2025-09-30'),
    promise('cafe', '2025-03-10', '2025-11-30'),
    promise('hub', '2025-02-01', '2025-10-31', {
      dueChanges: [{ due: '2026-03-31', reason: 'The building was handed over late.', agreed: '2025-10-15' }],
    }),
    promise('quiet', '2026-01-05', '2026-12-31'),
    promise('again', '2025-01-01', '2025-12-31'),
  ]),
  updates: [
    update('line24', '2025-09-01', 'in-progress'),
    update('line24', '2026-01-12', 'delivered'),
    update('line24', '2026-01-26', 'delivered'),
    update('beds', '2025-05-01', 'in-progress'),
    update('beds', '2025-08-15', 'at-risk'),
    update('beds', '2025-10-03', 'partly-delivered'),
    update('cafe', '2025-06-01', 'in-progress'),
    update('hub', '2025-09-01', 'at-risk'),
    update('again', '2025-06-01', 'delivered'),
    update('again', '2025-07-01', 'in-progress'),
    update('again', '2025-09-01', 'delivered'),
  ],
  translations: [
    {
      collection: 'commitments',
      of: 'cafe',
      language: 'tr',
      data: { title: 'Kriz kafesi', summary: 'Akşamları gidilecek bir yer.' },
    },
    { collection: 'commitments', of: 'line24', language: 'tr', data: { title: 'Kriz hattı' } },
  ],
};
const built = buildPortal(promises, ON);
const action = (id: string, page = english, portal = built) =>
  entity(
    commitmentLd(
      portal.commitments.find((c) => c.id === id)!,
      page,
    ),
  );

describe('a commitment’s Action says how it ended, and never gives a due date as its end', () => {
  it('a delivered commitment ended the day it was first reported delivered, after its due date', () => {
    expect(action('line24')).toMatchObject({
      actionStatus: 'https://schema.org/CompletedActionStatus',
      startTime: '2025-03-10',
      endTime: '2026-01-12',
    });
  });

  it('a partly delivered commitment is not published as completed: it failed to do all it promised', () => {
    expect(action('beds')).toMatchObject({
      actionStatus: 'https://schema.org/FailedActionStatus',
      endTime: '2025-10-03',
    });
  });

  it('an overdue commitment is still under way, with no end, and its passed due date appears nowhere', () => {
    const cafe = built.commitments.find((c) => c.id === 'cafe')!;
    expect(cafe.state.overdue).toBe(63);
    const ld = action('cafe');
    expect(ld.actionStatus).toBe('https://schema.org/ActiveActionStatus');
    expect(ld).not.toHaveProperty('endTime');
    expect(JSON.stringify(ld)).not.toContain('2025-11-30');
  });

  it('a commitment whose deadline moved gives neither the first due date nor the moved one as an end', () => {
    const hub = built.commitments.find((c) => c.id === 'hub')!;
    expect([hub.deadline.due, hub.state.overdue]).toEqual(['2026-03-31', null]);
    const ld = action('hub');
    expect(ld.actionStatus).toBe('https://schema.org/ActiveActionStatus');
    expect(ld).not.toHaveProperty('endTime');
    expect(JSON.stringify(ld)).not.toMatch(/2025-10-31|2026-03-31/);
  });

  it('a commitment with no update yet is only promised', () => {
    expect(action('quiet')).toMatchObject({ actionStatus: 'https://schema.org/PotentialActionStatus' });
    expect(action('quiet')).not.toHaveProperty('endTime');
  });

  it('a commitment delivered, taken up again and delivered again ended the second time', () => {
    expect(action('again')).toMatchObject({
      actionStatus: 'https://schema.org/CompletedActionStatus',
      endTime: '2025-09-01',
    });
  });

  it('has an end exactly when its status is final: the day the run of that status it ends with began', () => {
    const statuses = UPDATE_STATUSES;
    const day = (n: number) => new Date(Date.UTC(2025, 0, 2 + n)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ at: fc.integer({ min: 0, max: 300 }), status: fc.constantFrom(...statuses) }), {
          selector: (u) => u.at,
          maxLength: 8,
        }),
        (given) => {
          const updates = given.map((u) => update('p', day(u.at), u.status));
          const portal = buildPortal(
            { ...oneVisionInput(SITE, [promise('p', '2025-01-01', '2025-06-30')]), updates },
            '2026-01-01',
          );
          const ld = action('p', english, portal);
          const oldestFirst = [...updates].sort((a, b) => a.data.date.localeCompare(b.data.date));
          const last = oldestFirst.at(-1)?.data.status;
          if (last === undefined || !isFinal(last)) return ld.endTime === undefined;
          const end = ld.endTime as string;
          // Every update from the end on has the final status, and the one before it (if any) does not.
          const from = oldestFirst.filter((u) => u.data.date >= end);
          const before = oldestFirst.filter((u) => u.data.date < end).at(-1);
          return (
            from[0]?.data.date === end && from.every((u) => u.data.status === last) && before?.data.status !== last
          );
        },
      ),
    );
  });
});

describe('a page in another language describes that page', () => {
  it('a translated commitment: the Turkish page’s address, Turkish, and its Turkish title and summary', () => {
    expect(
      commitmentLd(
        buildPortal(promises, ON, 'tr').commitments.find((c) => c.id === 'cafe')!,
        turkish,
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: 'https://portal.example.org/tr/commitments/cafe/',
      inLanguage: 'tr',
      mainEntity: {
        '@type': 'Action',
        name: 'Kriz kafesi',
        description: 'Akşamları gidilecek bir yer.',
        url: 'https://portal.example.org/tr/commitments/cafe/',
        actionStatus: 'https://schema.org/ActiveActionStatus',
        // A name is never translated: it says it is English.
        agent: {
          '@type': 'Organization',
          name: { '@value': 'Wrenfold Council', '@language': 'en' },
          url: 'https://portal.example.org/tr/partners/council/',
        },
        startTime: '2025-03-10',
      },
    });
  });

  it('a title translated over a summary still in English: the name alone, in one language', () => {
    const ld = action('line24', turkish, buildPortal(promises, ON, 'tr'));
    expect(ld.name).toBe('Kriz hattı');
    expect(ld).not.toHaveProperty('description');
  });

  it('a commitment not translated: its English words, each saying it is English', () => {
    expect(action('beds', turkish, buildPortal(promises, ON, 'tr'))).toMatchObject({
      name: { '@value': 'The beds', '@language': 'en' },
      description: { '@value': 'What the beds is.', '@language': 'en' },
      url: 'https://portal.example.org/tr/commitments/beds/',
    });
  });

  it('the open data in Arabic: named and described in Arabic, at the Arabic page, its files at one address', () => {
    const arabic = pageIn('ar');
    const ld = datasetLd(
      SITE,
      ON,
      [{ name: 'Commitments', lang: 'en', file: 'commitments.csv', format: 'text/csv' }],
      arabic,
    );
    expect(ld).toMatchObject({ url: 'https://portal.example.org/ar/data/', inLanguage: 'ar' });
    expect(entity(ld)).toMatchObject({
      name: 'p: البيانات المفتوحة',
      description: 'كل ما في \u2068n\u2069 بصيغتي CSV وJSON، مع قاموس للبيانات، ويمكن إعادة استخدامه بحرية.',
      url: 'https://portal.example.org/ar/data/',
      distribution: [
        {
          '@type': 'DataDownload',
          name: { '@value': 'Commitments', '@language': 'en' },
          encodingFormat: 'text/csv',
          contentUrl: 'https://portal.example.org/data/commitments.csv',
        },
      ],
    });
  });
});

// Built on 1 June 2026, on London's clocks unless said. British Summer Time runs from 29 March to
// 25 October 2026 (UTC+1); otherwise London is on UTC.
//   forum   Tuesday 9 June, 6pm to 8pm (summer: +01:00, 17:00 to 19:00 UTC), at the library and online.
//   board   Tuesday 8 December, 10am to 1pm (winter: +00:00), at the town hall only.
//   voices  Thursday 10 December, online only, no time given: a day.
const group = (id: string, more: Partial<Group>): Entry<Group> => ({
  id,
  data: { name: `Wrenfold ${id}`, kind: 'forum', description: 'Residents who meet.', ...more },
});
const meetings: PortalInput = {
  ...oneVisionInput({ ...SITE, languages: ['en', 'tr'] }, []),
  groups: [
    group('forum', {
      nextMeeting: '2026-06-09',
      nextMeetingTime: '6pm to 8pm (doors open at 5.30pm)',
      nextMeetingPlace: 'Wrenfold Library',
      nextMeetingAddress: '1 Market Square, Wrenfold',
      nextMeetingOnline: 'email us for the Zoom link',
      meets: 'Every three months, on a Tuesday evening.',
    }),
    group('board', { nextMeeting: '2026-12-08', nextMeetingTime: '10am to 1pm', nextMeetingPlace: 'Town Hall' }),
    group('voices', { nextMeeting: '2026-12-10', nextMeetingOnline: 'on Zoom' }),
  ],
  translations: [
    {
      collection: 'groups',
      of: 'forum',
      language: 'tr',
      // Worded as a Turkish reader would say it: the hours are still the original's.
      data: { nextMeetingTime: 'saat 18.00 ile 20.00 arası', nextMeetingPlace: 'Wrenfold Kütüphanesi' },
    },
  ],
};
const nextOf = (id: string, page = english, site: Site = SITE, lang?: string) =>
  entity(
    groupLd(
      buildPortal(meetings, '2026-06-01', lang).groups.find((g) => g.id === id)!,
      page,
      site,
    )[0]!,
  );

describe('a group’s next meeting', () => {
  it('in summer starts and ends at its hours on British Summer Time, in the library and online', () => {
    expect(nextOf('forum')).toEqual({
      '@type': 'Event',
      name: 'Wrenfold forum: next meeting',
      description: 'Every three months, on a Tuesday evening.',
      startDate: '2026-06-09T18:00:00+01:00',
      endDate: '2026-06-09T20:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: [
        { '@type': 'Place', name: 'Wrenfold Library', address: '1 Market Square, Wrenfold' },
        { '@type': 'VirtualLocation', description: 'email us for the Zoom link' },
      ],
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      url: 'https://portal.example.org/groups/forum/',
      organizer: { '@type': 'Organization', name: 'Wrenfold forum', url: 'https://portal.example.org/groups/forum/' },
    });
  });

  it('is the same moment as the calendar’s', () => {
    // The calendar's DTSTART for the same meeting: 20260609T170000Z.
    expect(utcOf('2026-06-09', '18:00', 'Europe/London')).toBe('20260609T170000Z');
    expect(Date.parse(nextOf('forum').startDate as string)).toBe(Date.UTC(2026, 5, 9, 17, 0));
  });

  it('in winter is on Greenwich time, at the town hall only', () => {
    expect(nextOf('board')).toMatchObject({
      startDate: '2026-12-08T10:00:00+00:00',
      endDate: '2026-12-08T13:00:00+00:00',
      location: { '@type': 'Place', name: 'Town Hall' },
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
  });

  it('is on the clocks of site.yaml’s time zone: New York in winter is five hours behind UTC', () => {
    expect(nextOf('board', english, { ...SITE, timeZone: 'America/New_York' })).toMatchObject({
      startDate: '2026-12-08T10:00:00-05:00',
      endDate: '2026-12-08T13:00:00-05:00',
    });
  });

  it('online only, with no time given: a day, and a virtual location', () => {
    const voices = nextOf('voices');
    expect(voices).toMatchObject({
      startDate: '2026-12-10',
      location: { '@type': 'VirtualLocation', description: 'on Zoom' },
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    });
    expect(voices).not.toHaveProperty('endDate');
  });

  it('on the Turkish page keeps the original’s hours, however the translation words the time', () => {
    expect(nextOf('forum', turkish, SITE, 'tr')).toMatchObject({
      name: 'Wrenfold forum: bir sonraki toplantı',
      startDate: '2026-06-09T18:00:00+01:00',
      endDate: '2026-06-09T20:00:00+01:00',
      location: [
        {
          '@type': 'Place',
          name: 'Wrenfold Kütüphanesi',
          address: { '@value': '1 Market Square, Wrenfold', '@language': 'en' },
        },
        { '@type': 'VirtualLocation', description: { '@value': 'email us for the Zoom link', '@language': 'en' } },
      ],
      url: 'https://portal.example.org/tr/groups/forum/',
    });
  });
});

describe('the sitemap', () => {
  it('gives every page’s full address under the base path, sorted, without the error page or the editor', () => {
    const xml = sitemapXml(
      ['/commitments/', '/', '/404.html', '/admin/', '/search/?q=a&b'],
      'https://portal.example.org',
      '/portal',
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser().parse(xml).urlset.url as { loc: string }[];
    expect(urls.map((u) => u.loc)).toEqual([
      'https://portal.example.org/portal/',
      'https://portal.example.org/portal/commitments/',
      'https://portal.example.org/portal/search/?q=a&b',
    ]);
  });
});
