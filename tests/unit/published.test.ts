// Feeds, calendars and open data from a small partnership worked out by hand, each read back with
// an independent parser of its format: @rowanmanning/feed-parser and fast-xml-parser for Atom,
// ical.js for iCalendar, csv-parse for CSV, fflate for the zip.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import { buildPortal } from '../../src/model/read-model.ts';
import { statusChanges, overdueSince } from '../../src/model/history.ts';
import { atomXml, FEED_ENTRIES, type FeedDoc, type FeedEntry, type Publisher } from '../../src/present/atom.ts';
import { commitmentFeed, groupFeed, overdueFeed, siteFeed, themeFeed, allFeeds } from '../../src/present/feeds.ts';
import {
  calendarSettings,
  foldLine,
  groupCalendar,
  icsFile,
  meetingsCalendar,
  type CalendarDoc,
} from '../../src/present/calendars.ts';
import { openDataTables } from '../../src/present/open-data.ts';
import { dataFiles, tableCsv } from '../../src/present/data-files.ts';
import { collections as registry } from '../../src/contract/index.ts';
import { SITE } from './site-settings.ts';
import { input, reviews, TODAY } from './small-partnership.ts';
import { catalogue, en, messagesIn } from '../helpers/messages.ts';
import type { Messages } from '../../src/present/messages.ts';
import {
  filesLanguage,
  followLinkText,
  headFeeds,
  meetingsCalendarLink,
  siteFeedLink,
  themeFollow,
} from '../../src/present/follow.ts';

const portal = buildPortal(input, TODAY);
// On UTC's clocks, so a day in a feed reads back as the same day in UTC (the zone's own test is below).
const publisher = {
  partnership: 'Test partnership',
  locale: 'en-GB',
  origin: 'https://portal.example.org',
  timeZone: 'UTC',
};
const commitment = (id: string) => portal.commitments.find((c) => c.id === id)!;

/** The feed as a real feed parser reads it, after a strict XML parser accepts it. */
function read(doc: FeedDoc) {
  const xml = atomXml(doc, publisher);
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parseFeed(xml);
  return {
    xml,
    feed,
    items: feed.items.map((i) => ({
      title: i.title,
      day: i.published?.toISOString().slice(0, 10),
      url: i.url,
      id: i.id,
    })),
  };
}

/** A feed of the entries given and nothing else. */
const feedOf = (entries: FeedEntry[], quietSince: string): FeedDoc => ({
  key: 'k',
  title: 't',
  subtitle: 's',
  path: '/f.xml',
  page: '/',
  quietSince,
  entries,
});

describe('the Atom feeds', () => {
  it('a commitment’s feed: made, its updates, a change of status and the day it became overdue, newest first', () => {
    const { feed, items } = read(commitmentFeed(en, commitment('line'), portal));
    expect(feed.title).toBe('Line: updates');
    expect(feed.updated?.toISOString()).toBe('2025-03-02T00:00:00.000Z');
    expect(items.map((i) => [i.day, i.title])).toEqual([
      ['2025-03-02', 'Overdue: Line'],
      ['2025-02-20', 'Line: now at risk'],
      ['2025-02-20', 'Line: Trouble'],
      ['2025-01-20', 'Line: Started'],
      ['2025-01-01', 'New commitment: Line'],
    ]);
    expect(items[2]!.url).toBe('https://portal.example.org/updates/u2/');
    // The update dated after the build day is not in it.
    expect(items.map((i) => i.title)).not.toContain('Line: Done');
  });

  it('the overdue feed lists only what is overdue now, dated the day after it fell due', () => {
    const { items } = read(overdueFeed(en, portal));
    expect(items.map((i) => [i.day, i.title, i.url])).toEqual([
      ['2025-03-02', 'Overdue: Line', 'https://portal.example.org/commitments/line/'],
    ]);
  });

  it('the whole site’s feed has every update seen, commitment, meeting, input and overdue notice', () => {
    const { items } = read(siteFeed(en, portal));
    expect(items.map((i) => [i.day, i.title])).toEqual([
      ['2025-03-10', 'Beds: Open'],
      ['2025-03-02', 'Overdue: Line'],
      ['2025-02-20', 'Line: Trouble'],
      ['2025-01-20', 'Line: Started'],
      ['2025-01-15', 'AB-2025-1: Acted on'],
      ['2025-01-15', 'Minutes: Forum, January'],
      ['2025-01-05', 'New commitment: Beds'],
      ['2025-01-01', 'New commitment: Line'],
    ]);
  });

  it('a group’s feed has its minutes and each action when agreed and when closed', () => {
    const { items } = read(groupFeed(en, portal.groups[0]!, portal));
    expect(items.map((i) => [i.day, i.title])).toEqual([
      ['2025-02-01', 'Action done: Book a room'],
      ['2025-01-15', 'Action agreed: Write to the trust'],
      ['2025-01-15', 'Action agreed: Book a room'],
      ['2025-01-15', 'Minutes: Forum, January'],
    ]);
    expect(items[1]!.url).toBe('https://portal.example.org/minutes/m-jan/#action-a1');
  });

  it('a topic’s feed has what people said, the meetings and the updates on what it led to', () => {
    const { items } = read(themeFeed(en, portal.themes[0]!, portal));
    expect(items.map((i) => i.title)).toEqual([
      'Line: Trouble',
      'Line: Started',
      'AB-2025-1: Acted on',
      'Minutes: Forum, January',
    ]);
  });

  it('an input still waiting for a reply says so, never “undefined”', () => {
    const waiting = buildPortal(
      {
        ...input,
        inputs: [
          ...input.inputs,
          {
            id: 'ab-2025-2',
            data: {
              ref: 'AB-2025-2',
              received: '2025-03-20',
              source: 'Forum',
              themes: ['crisis'],
              said: 'Open at weekends.',
              outcome: 'awaiting-response',
            },
          },
        ],
      },
      TODAY,
    );
    const xml = atomXml(siteFeed(en, waiting), publisher);
    const entry = parseFeed(xml).items.find((i) => i.title === 'AB-2025-2: Waiting for a reply');
    expect(entry?.description ?? entry?.content).toBe('You said: Open at weekends. We have not replied yet.');
    expect(xml).not.toContain('undefined');
  });

  it('ids are the same on another build and differ between entries and between partnerships', () => {
    const again = buildPortal(structuredClone(input), TODAY);
    const all = allFeeds(en, portal).map((d) => atomXml(d, publisher));
    expect(allFeeds(en, again).map((d) => atomXml(d, publisher))).toEqual(all);
    const ids = read(siteFeed(en, portal)).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) =>
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id ?? ''),
      ),
    ).toBe(true);
    const other = atomXml(siteFeed(en, portal), { ...publisher, partnership: 'Another' });
    expect(read(siteFeed(en, portal)).xml).not.toEqual(other);
  });

  it('an empty feed is dated the last day anything happened, not the build day', () => {
    const quiet = buildPortal({ ...input, commitments: [], updates: [], inputs: [] }, TODAY);
    const { feed } = read(overdueFeed(en, quiet));
    expect(feed.items).toEqual([]);
    expect(feed.updated?.toISOString().slice(0, 10)).toBe('2025-01-15');
  });

  it('a feed holds only its newest 100 entries, whatever order they were gathered in, and is dated by the newest', () => {
    expect(FEED_ENTRIES).toBe(100);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 0, maxLength: 260 }), (dayNumbers) => {
        const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
        const { feed, items } = read(
          feedOf(
            dayNumbers.map((n) => ({
              key: `e${n}`,
              title: `Entry ${n}`,
              date: day(n),
              path: `/e/${n}/`,
              summary: 's',
            })),
            '2019-12-31',
          ),
        );
        const newest = [...dayNumbers].sort((a, b) => b - a).slice(0, 100);
        expect(items.map((i) => i.title)).toEqual(newest.map((n) => `Entry ${n}`));
        expect(feed.updated?.toISOString().slice(0, 10)).toBe(newest.length > 0 ? day(newest[0]!) : '2019-12-31');
      }),
      { numRuns: 40 },
    );
  });

  it('any text a volunteer writes stays well-formed XML and reads back the same', () => {
    const xmlParser = new XMLParser({ trimValues: false, parseTagValue: false, processEntities: true });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).map((s) => s.replace(/\r/g, '')),
        (title) => {
          const xml = atomXml(
            feedOf([{ key: 'e', title: `x${title}`, date: TODAY, path: '/x/', summary: 's' }], TODAY),
            publisher,
          );
          expect(XMLValidator.validate(xml)).toBe(true);
          // What XML cannot hold at all (control characters) is left out; everything else reads back as written.
          const holdable = [...`x${title}`]
            .filter((c) => c === '\t' || c === '\n' || (c >= ' ' && c !== '\uFFFE' && c !== '\uFFFF'))
            .join('');
          expect(String(xmlParser.parse(xml).feed.entry.title)).toBe(holdable);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a reply to what people said, in the feeds', () => {
  // AB-2025-1 (said 15 Jan, about crisis) as it stood before the partnership replied, and after.
  const said = input.inputs[0]!;
  const withInput = (data: Record<string, unknown>, today = TODAY) =>
    buildPortal({ ...input, inputs: [{ id: said.id, data: { ...said.data, ...data } as typeof said.data }] }, today);
  const waiting = withInput({ outcome: 'awaiting-response', response: undefined });
  const replied = withInput({ responded: '2025-03-05' });
  const entriesOf = (doc: FeedDoc) => {
    const feed = parseFeed(atomXml(doc, publisher));
    return feed.items
      .filter((i) => i.title?.startsWith('AB-2025-1'))
      .map((i) => ({
        id: i.id,
        title: i.title,
        published: i.published?.toISOString().slice(0, 10),
        updated: i.updated?.toISOString().slice(0, 10),
        summary: i.description,
        url: i.url,
      }));
  };

  it('is an entry of its own on the day of the reply, and the entry for what was said keeps its id and day', () => {
    const before = entriesOf(siteFeed(en, waiting));
    expect(before.map((e) => [e.published, e.title, e.summary])).toEqual([
      ['2025-01-15', 'AB-2025-1: Waiting for a reply', 'You said: Open later. We have not replied yet.'],
    ]);
    const after = entriesOf(siteFeed(en, replied));
    expect(after).toEqual([
      {
        id: expect.not.stringMatching(before[0]!.id!) as string,
        title: 'AB-2025-1: we replied (acted on)',
        published: '2025-03-05',
        updated: '2025-03-05',
        summary: 'You said: Open later. What happened: We will.',
        url: 'https://portal.example.org/you-said/ab-2025-1/#what-happened',
      },
      {
        id: before[0]!.id,
        title: 'AB-2025-1: what you said',
        published: '2025-01-15',
        updated: '2025-01-15',
        // No longer “we have not replied yet”, which would now be untrue.
        summary: 'You said: Open later. We replied on 5 March 2025.',
        url: 'https://portal.example.org/you-said/ab-2025-1/',
      },
    ]);
  });

  it('moves the topic’s feed to the day of the reply, as it does the whole site’s', () => {
    const theme = (p: typeof portal) => parseFeed(atomXml(themeFeed(en, p.themes[0]!, p), publisher));
    // Before: the newest thing on the topic is the update of 20 February.
    expect(theme(waiting).updated?.toISOString().slice(0, 10)).toBe('2025-02-20');
    expect(theme(replied).updated?.toISOString().slice(0, 10)).toBe('2025-03-05');
    expect(theme(replied).items[0]!.title).toBe('AB-2025-1: we replied (acted on)');
    expect(entriesOf(themeFeed(en, replied.themes[0]!, replied))).toEqual(entriesOf(siteFeed(en, replied)));
  });

  it('keeps the one entry when the reply has no day of its own, and leaves out a reply after the build day', () => {
    // The small partnership's AB-2025-1 has a response but no `responded`.
    expect(entriesOf(siteFeed(en, portal)).map((e) => [e.published, e.title, e.summary])).toEqual([
      ['2025-01-15', 'AB-2025-1: Acted on', 'You said: Open later. What happened: We will.'],
    ]);
    const early = withInput({ responded: '2025-03-05' }, '2025-03-01');
    expect(entriesOf(siteFeed(en, early)).map((e) => [e.published, e.title, e.summary])).toEqual([
      ['2025-01-15', 'AB-2025-1: what you said', 'You said: Open later.'],
    ]);
  });

  it('whatever the days, the reply is the feed’s newest news and the said entry’s id never changes', () => {
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
    const idOfSaid = (p: typeof portal) =>
      entriesOf(themeFeed(en, p.themes[0]!, p)).find((e) => !e.title?.includes('we replied'))!.id;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }), (r, wait) => {
        const received = day(r);
        const responded = day(r + wait);
        const today = day(200);
        const quiet = { ...input, updates: [], minutes: [] };
        const build = (data: Record<string, unknown>) =>
          buildPortal(
            { ...quiet, inputs: [{ id: said.id, data: { ...said.data, received, ...data } as typeof said.data }] },
            today,
          );
        const before = build({ outcome: 'awaiting-response', response: undefined });
        const after = build({ responded });
        const feed = parseFeed(atomXml(themeFeed(en, after.themes[0]!, after), publisher));
        expect(feed.updated?.toISOString().slice(0, 10)).toBe(responded);
        expect(feed.items[0]!.published?.toISOString().slice(0, 10)).toBe(responded);
        expect(idOfSaid(after)).toBe(idOfSaid(before));
        const ids = feed.items.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('corrected minutes, in the feeds', () => {
  // Forum, January (15 Jan) corrected on 3 February and again on 20 March; a third correction
  // dated after the build day (1 April) is not yet news.
  const corrected = buildPortal(
    {
      ...input,
      minutes: [
        {
          ...input.minutes[0]!,
          data: {
            ...input.minutes[0]!.data,
            corrections: [
              { date: '2025-03-20', what: 'Twelve people came, not 21.' },
              { date: '2025-02-03', what: 'The room was wrong.' },
              { date: '2025-05-01', what: 'Not yet.' },
            ],
          },
        },
      ],
    },
    TODAY,
  );
  const minutesOf = (p: typeof portal) => {
    const feed = parseFeed(atomXml(groupFeed(en, p.groups[0]!, p), publisher));
    const entry = feed.items.find((i) => i.title === 'Minutes: Forum, January')!;
    return {
      feedUpdated: feed.updated?.toISOString().slice(0, 10),
      first: feed.items[0]!.title,
      id: entry.id,
      published: entry.published?.toISOString().slice(0, 10),
      updated: entry.updated?.toISOString().slice(0, 10),
      summary: entry.description,
    };
  };

  it('are published on the meeting’s day and updated on the latest correction, which the summary gives', () => {
    const before = minutesOf(portal);
    expect(before).toEqual({
      feedUpdated: '2025-02-01',
      first: 'Action done: Book a room',
      id: before.id,
      published: '2025-01-15',
      updated: '2025-01-15',
      summary: 'Forum met on 15 January 2025: 12 people came; 0 decisions and 2 actions agreed.',
    });
    expect(minutesOf(corrected)).toEqual({
      feedUpdated: '2025-03-20',
      first: 'Minutes: Forum, January',
      id: before.id,
      published: '2025-01-15',
      updated: '2025-03-20',
      summary:
        'Forum met on 15 January 2025: 12 people came; 0 decisions and 2 actions agreed. Corrected 2 times, last on 20 March 2025: Twelve people came, not 21.',
    });
  });

  it('say a single correction plainly, and move the topic’s and the whole site’s feeds too', () => {
    const once = buildPortal(
      {
        ...input,
        minutes: [
          {
            ...input.minutes[0]!,
            data: { ...input.minutes[0]!.data, corrections: [{ date: '2025-02-03', what: 'The room was wrong.' }] },
          },
        ],
      },
      TODAY,
    );
    expect(minutesOf(once).summary).toMatch(/agreed\. Corrected on 3 February 2025: The room was wrong\.$/);
    const theme = parseFeed(atomXml(themeFeed(en, corrected.themes[0]!, corrected), publisher));
    expect([theme.updated?.toISOString().slice(0, 10), theme.items[0]!.title]).toEqual([
      '2025-03-20',
      'Minutes: Forum, January',
    ]);
    const site = parseFeed(atomXml(siteFeed(en, corrected), publisher)).items.map((i) => i.title);
    // Beds: Open (10 March) is older news than the correction of 20 March.
    expect(site.slice(0, 2)).toEqual(['Minutes: Forum, January', 'Beds: Open']);
  });

  it('a feed’s newest 100 are those changed last, and the feed is dated by the latest change', () => {
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ n: fc.integer({ min: 0, max: 3000 }), later: fc.option(fc.integer({ min: 1, max: 900 })) }),
          {
            selector: (e) => e.n,
            maxLength: 200,
          },
        ),
        (drawn) => {
          const { feed, items } = read(
            feedOf(
              drawn.map(({ n, later }) => ({
                key: `e${n}`,
                title: `Entry ${n}`,
                date: day(n),
                ...(later === null ? {} : { updated: day(n + later) }),
                path: `/e/${n}/`,
                summary: 's',
              })),
              '2019-12-31',
            ),
          );
          const changed = drawn
            .map(({ n, later }) => ({ n, last: day(n + (later ?? 0)) }))
            .sort((a, b) => b.last.localeCompare(a.last) || `e${a.n}`.localeCompare(`e${b.n}`))
            .slice(0, FEED_ENTRIES);
          expect(items.map((i) => i.title)).toEqual(changed.map((c) => `Entry ${c.n}`));
          // Each keeps the day it happened as its <published>.
          expect(items.map((i) => i.day)).toEqual(changed.map((c) => day(c.n)));
          expect(feed.updated?.toISOString().slice(0, 10)).toBe(changed[0]?.last ?? '2019-12-31');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the feed’s language', () => {
  it('is site.yaml’s locale, not always British English', () => {
    const lang = (locale: string) =>
      new XMLParser({ ignoreAttributes: false }).parse(atomXml(siteFeed(en, portal), { ...publisher, locale })).feed[
        '@_xml:lang'
      ];
    expect(lang('en-GB')).toBe('en-GB');
    expect(lang('tr')).toBe('tr');
    expect(lang('en-US')).toBe('en-US');
  });
});

describe('the days in a feed', () => {
  // A feed of one entry on a summer day and one on a winter day, as a feed reader reads it.
  const days = (timeZone: string) =>
    parseFeed(
      atomXml(
        feedOf(
          [
            { key: 'a', title: 'A', date: '2025-07-15', path: '/a/', summary: 'A.' },
            { key: 'b', title: 'B', date: '2025-01-10', updated: '2025-01-12', path: '/b/', summary: 'B.' },
          ],
          '2025-01-01',
        ),
        { ...publisher, timeZone },
      ),
    ).items.map((i) => [i.published?.toISOString(), i.updated?.toISOString()]);
  it('start at midnight on the partnership’s clocks, so readers west of UTC are not shown the day before', () => {
    expect(days('America/Toronto')).toEqual([
      ['2025-07-15T04:00:00.000Z', '2025-07-15T04:00:00.000Z'],
      ['2025-01-10T05:00:00.000Z', '2025-01-12T05:00:00.000Z'],
    ]);
  });
  it('follow London’s summer time when site.yaml names no zone', () => {
    expect(days('Europe/London')).toEqual([
      ['2025-07-14T23:00:00.000Z', '2025-07-14T23:00:00.000Z'],
      ['2025-01-10T00:00:00.000Z', '2025-01-12T00:00:00.000Z'],
    ]);
    expect(atomXml(siteFeed(en, portal), { ...publisher, timeZone: 'Europe/London' })).toContain(
      '<published>2025-01-15T00:00:00+00:00</published>',
    );
  });
});

describe('links to the feeds from pages in another language', () => {
  // The example's content is in English (locale en-GB); its pages are also in Turkish, Polish and Arabic.
  const tr = messagesIn('tr');
  const pl = messagesIn('pl');
  const ar = messagesIn('ar');
  const theme = themeFollow(tr, portal.themes[0]!);

  it('say the feed is in English and mark it so, on a Turkish, Polish or Arabic page', () => {
    const filesIn = filesLanguage('tr', 'en', 'en-GB');
    expect(filesIn).toEqual({ code: 'en', tag: 'en-GB' });
    expect(headFeeds(tr, theme, filesIn)).toEqual([
      { href: '/feeds/updates.xml', title: 'Bu sitedeki bütün yenilikler (İngilizce)', hreflang: 'en-GB' },
      {
        href: '/feeds/themes/crisis.xml',
        title: `${tr.t('follow.theme', { name: 'Crisis' })} (İngilizce)`,
        hreflang: 'en-GB',
      },
    ]);
    expect(followLinkText(pl, siteFeedLink(pl), filesLanguage('pl', 'en', 'en-GB'))).toBe(
      `Obserwuj: ${pl.t('follow.site')} (kanał, po angielsku)`,
    );
    expect(followLinkText(ar, meetingsCalendarLink(ar), filesLanguage('ar', 'en', 'en-GB'))).toBe(
      // Arabic isolates each value put into its words, so a left-to-right name keeps its order.
      `تابع: \u2068${ar.t('follow.meetings')}\u2069 (ملف تقويم، \u2068بالإنجليزية\u2069)`,
    );
    expect(tr.t('follow.filesLanguage', { language: 'en' })).toMatch(/^Akışlar ve takvim dosyaları İngilizcedir;/);
  });

  it('stay as they were on the pages in the content’s own language', () => {
    expect(filesLanguage('en', 'en', 'en-GB')).toBeUndefined();
    expect(headFeeds(en, [], undefined)).toEqual([
      { href: '/feeds/updates.xml', title: 'Everything new on this site' },
    ]);
    expect(followLinkText(en, siteFeedLink(en))).toBe('Follow: Everything new on this site (feed)');
  });

  it('name the content’s language, whichever it is, in every catalogue', () => {
    for (const code of ['en', 'tr', 'pl', 'ar']) {
      const m = messagesIn(code);
      const named = ['en', 'tr', 'pl', 'ar', 'cy'].map((language) => m.t('follow.inLanguage', { language }));
      // Each language has its own words, and one the catalogues do not know is still said plainly.
      expect(new Set(named).size).toBe(5);
      expect(named.every((words) => words.length > 0 && !words.includes('{'))).toBe(true);
    }
  });

  it('choose their words by a code in a right-to-left language too, which isolates only words it shows', () => {
    // A code to choose by, wrapped in isolates, matched no choice: Arabic always said “other”.
    expect(ar.t('follow.inLanguage', { language: 'en' })).toBe('بالإنجليزية');
    expect(ar.t('community.partnerClaimsMore', { steps: 2, big: 'yes' })).not.toBe(
      ar.t('community.partnerClaimsMore', { steps: 2, big: 'no' }),
    );
  });
});

describe('statusChanges and overdueSince', () => {
  it('counts a change only when the status differs from the one before, in date order', () => {
    expect(
      statusChanges([
        { id: 'c', date: '2025-03-01', status: 'at-risk' },
        { id: 'a', date: '2025-01-01', status: 'in-progress' },
        { id: 'b', date: '2025-02-01', status: 'in-progress' },
      ]).map((c) => [c.date, c.from, c.to]),
    ).toEqual([
      ['2025-01-01', 'no-update', 'in-progress'],
      ['2025-03-01', 'in-progress', 'at-risk'],
    ]);
  });
  it('is the day after the due date, only once that day has come and only when not final', () => {
    expect(overdueSince('2025-02-28', 'in-progress', '2025-03-01')).toBe('2025-03-01');
    expect(overdueSince('2025-02-28', 'in-progress', '2025-02-28')).toBeUndefined();
    expect(overdueSince('2025-02-28', 'delivered', '2025-06-01')).toBeUndefined();
    expect(overdueSince(undefined, 'in-progress', '2025-06-01')).toBeUndefined();
  });
});

describe('the calendars', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const parseIcs = (text: string) => {
    const vcal = new ICAL.Component(ICAL.parse(text));
    return vcal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        allDay: e.startDate.isDate,
        summary: e.summary,
        url: v.getFirstPropertyValue('url'),
      };
    });
  };

  it('a group’s calendar: its past meeting linked to the minutes, then its next meeting', () => {
    const text = icsFile(groupCalendar(en, portal.groups[0]!, calendarSettings(portal)), publisher);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseIcs(text)).toEqual([
      {
        uid: expect.stringMatching(UUID),
        start: '2025-01-15',
        end: '2025-01-16',
        allDay: true,
        summary: 'Forum, January',
        url: 'https://portal.example.org/minutes/m-jan/',
      },
      {
        uid: expect.stringMatching(UUID),
        start: '2025-04-10',
        end: '2025-04-11',
        allDay: true,
        summary: 'Forum: next meeting',
        url: 'https://portal.example.org/groups/forum/',
      },
    ]);
  });

  it('the next meeting has its hours and where it is, when its words give them', () => {
    const withDetails = buildPortal(
      {
        ...input,
        groups: [
          {
            id: 'forum',
            data: {
              ...input.groups[0]!.data,
              nextMeetingTime: '6pm to 8pm (doors open at 5.30pm)',
              nextMeetingPlace: 'Library, community room',
              nextMeetingAddress: '1 Market Square, Wrenfold',
              nextMeetingOnline: 'ask us for a link',
            },
          },
        ],
      },
      TODAY,
    );
    const text = icsFile(groupCalendar(en, withDetails.groups[0]!, calendarSettings(withDetails)), publisher);
    const next = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .find((v) => v.getFirstPropertyValue('summary') === 'Forum: next meeting')!,
    );
    // 6pm to 8pm in London in April, summer time: 17:00 to 19:00 UTC.
    expect([next.startDate.toString(), next.endDate.toString(), next.startDate.isDate]).toEqual([
      '2025-04-10T17:00:00Z',
      '2025-04-10T19:00:00Z',
      false,
    ]);
    // Stamped the day the calendar was made, never the meeting's day still to come.
    const stamps = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => [v.getFirstPropertyValue('summary'), String(v.getFirstPropertyValue('dtstamp'))]);
    expect(stamps).toEqual([
      ['Forum, January', '2025-01-15T00:00:00Z'],
      ['Forum: next meeting', '2025-04-01T00:00:00Z'],
    ]);
    const inToronto = icsFile(
      groupCalendar(en, withDetails.groups[0]!, { timeZone: 'America/Toronto', today: TODAY }),
      publisher,
    );
    expect(inToronto).toContain('DTSTART:20250410T220000Z');
    expect(next.location).toBe('Library, community room, 1 Market Square, Wrenfold');
    expect(next.description).toContain(
      'The next meeting of Forum, 6pm to 8pm (doors open at 5.30pm). Online: ask us for a link.',
    );
  });

  it('says where a meeting’s page is only when the site’s address is known, as a calendar app cannot follow a path', () => {
    const description = (origin?: string) =>
      new ICAL.Event(
        new ICAL.Component(
          ICAL.parse(icsFile(groupCalendar(en, portal.groups[0]!, calendarSettings(portal)), { ...publisher, origin })),
        ).getAllSubcomponents('vevent')[0]!,
      ).description;
    expect(description('https://portal.example.org')).toMatch(
      /Minutes: https:\/\/portal\.example\.org\/minutes\/m-jan\/$/,
    );
    expect(description()).not.toMatch(/Minutes:|\/minutes\//);
  });

  it('the calendar claims links to the minutes only when its events carry them', () => {
    const calendarDescription = (doc: CalendarDoc, origin?: string) =>
      new ICAL.Component(ICAL.parse(icsFile(doc, { ...publisher, origin })))
        .getFirstPropertyValue('x-wr-caldesc')
        // ical.js hands an X- property's value over as written, escapes and all.
        ?.toString()
        .replace(/\\,/g, ',');
    const group = groupCalendar(en, portal.groups[0]!, calendarSettings(portal));
    const all = meetingsCalendar(en, portal);
    expect(calendarDescription(group, 'https://portal.example.org')).toBe(
      'The next meeting of Forum, and its past meetings with links to their minutes.',
    );
    expect(calendarDescription(group)).toBe('The next meeting of Forum, and its past meetings.');
    expect(calendarDescription(all, 'https://portal.example.org')).toBe(
      'The next meeting of each group of p, and past meetings with links to their minutes.',
    );
    expect(calendarDescription(all)).toBe('The next meeting of each group of p, and past meetings.');
    // And indeed: without the site's address, no event has an address in it.
    expect(icsFile(all, { ...publisher, origin: undefined })).not.toMatch(/^URL:|https?:|\/minutes\//m);
  });

  it('the next meeting keeps its UID when its minutes are published', () => {
    const later = buildPortal(
      {
        ...input,
        minutes: [
          ...input.minutes,
          {
            id: 'm-apr',
            data: { title: 'Forum, April', date: '2025-04-10', group: 'forum', attendance: { total: 9 } },
          },
        ],
      },
      '2025-04-10',
    );
    const before = parseIcs(icsFile(meetingsCalendar(en, portal), publisher));
    const after = parseIcs(icsFile(meetingsCalendar(en, later), publisher));
    expect(before.map((e) => e.summary)).toEqual(['Forum, January', 'Forum: next meeting']);
    expect(after.map((e) => e.summary)).toEqual(['Forum, January', 'Forum, April']);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(new Set(after.map((e) => e.uid)).size).toBe(2);
  });

  it('gives a meeting the same UID at any address or none, and another partnership’s meeting another', () => {
    const uids = (p: Publisher) => parseIcs(icsFile(meetingsCalendar(en, portal), p)).map((e) => e.uid);
    const here = uids(publisher);
    expect(here.every((uid) => UUID.test(uid))).toBe(true);
    expect(uids({ ...publisher, origin: 'https://another.example' })).toEqual(here);
    expect(uids({ ...publisher, origin: undefined })).toEqual(here);
    const elsewhere = uids({ ...publisher, partnership: 'Another partnership' });
    expect(elsewhere.filter((uid) => here.includes(uid))).toEqual([]);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${s}`);
      }),
    );
  });
});

describe('a deadline moved in the open', () => {
  // Line was due 1 March; on 10 February the partnership agreed 20 March instead. On 1 April it
  // has been overdue since 21 March: 12 days past its due date, not 31.
  const moved = (to: string) =>
    buildPortal(
      {
        ...input,
        commitments: input.commitments.map((c) =>
          c.id === 'line'
            ? { ...c, data: { ...c.data, dueChanges: [{ due: to, reason: 'Staff', agreed: '2025-02-10' }] } }
            : c,
        ),
      },
      TODAY,
    );

  it('is announced overdue the day after the date last agreed, saying it was first promised earlier', () => {
    const portal = moved('2025-03-20');
    const { items, xml } = read(overdueFeed(en, portal));
    expect(items.map((i) => [i.day, i.title])).toEqual([['2025-03-21', 'Overdue: Line']]);
    expect(xml).toContain(
      'Council promised this by 20 March 2025 (first promised by 1 March 2025; the date was moved once), and it is not finished. Status: at risk.',
    );
  });

  it('is not announced overdue while the date last agreed is still to come, in any feed', () => {
    const portal = moved('2025-05-01');
    expect(read(overdueFeed(en, portal)).items).toEqual([]);
    const line = portal.commitments.find((c) => c.id === 'line')!;
    expect(read(commitmentFeed(en, line, portal)).items.map((i) => i.title)).not.toContain('Overdue: Line');
    expect(read(siteFeed(en, portal)).items.map((i) => i.title)).not.toContain('Overdue: Line');
  });

  it('gives the open data the date last agreed beside the first, and counts days overdue from it', () => {
    const portal = moved('2025-03-20');
    const entries = Object.fromEntries(
      Object.entries(input)
        .filter(([k]) => k !== 'site')
        .map(([k, v]) => [k, v as { id: string; data: unknown }[]]),
    );
    const tables = openDataTables({ m: en, registry, entries, portal, origin: publisher.origin });
    const rows = parse(tableCsv(tables.find((t) => t.name === 'commitments')!), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r.id === 'line')).toMatchObject({
      due: '2025-03-01',
      dueNow: '2025-03-20',
      overdue: 'true',
      daysOverdue: '12',
    });
    expect(rows.find((r) => r.id === 'beds')).toMatchObject({ due: '2025-12-01', dueNow: '2025-12-01' });
  });
});

describe('the open data', () => {
  const entries = Object.fromEntries(
    Object.entries(input)
      .filter(([k]) => k !== 'site')
      .map(([k, v]) => [k, v as { id: string; data: unknown }[]]),
  );
  const tables = openDataTables({ m: en, registry, entries, portal, origin: publisher.origin });
  const table = (name: string) => tables.find((t) => t.name === name)!;
  const csv = (name: string) => parse(tableCsv(table(name)), { columns: true }) as Record<string, string>[];

  it('has a table for every collection in the registry, and the actions', () => {
    expect(tables.map((t) => t.name)).toEqual([...Object.keys(registry), 'actions']);
  });
  it('describes every column in English, whatever language the content is in', () => {
    const described = (m: Messages) =>
      openDataTables({ m, registry, entries, portal, origin: publisher.origin }).flatMap((t) =>
        t.columns.map((c) => `${t.name}.${c.name}: ${c.description}`),
      );
    const english = described(en);
    expect(english).toContain(
      'partners.status_in_progress: How many of its commitments have the status in-progress now.',
    );
    for (const lang of ['tr', 'pl', 'ar']) expect(described(messagesIn(lang))).toEqual(english);
  });

  it('the commitments’ CSV has their fields and the statuses and flags worked out by hand', () => {
    const line = csv('commitments').find((r) => r.id === 'line')!;
    expect(line).toMatchObject({
      address: 'https://portal.example.org/commitments/line/',
      title: 'Line',
      aims: '["a1"]',
      due: '2025-03-01',
      status: 'at-risk',
      statusLabel: 'At risk',
      lastUpdate: '2025-02-20',
      progress: '10',
      updates: '2',
      overdue: 'true',
      daysOverdue: '31',
      stale: 'false',
      daysSinceUpdate: '40',
      lead: '',
    });
    expect(csv('commitments').find((r) => r.id === 'beds')).toMatchObject({
      status: 'delivered',
      overdue: 'false',
      daysOverdue: '',
    });
  });

  it('the partners’ CSV has each scorecard, adding up to the commitments made', () => {
    expect(csv('partners')[0]).toMatchObject({
      id: 'council',
      commitmentsMade: '2',
      status_at_risk: '1',
      status_delivered: '1',
      status_no_update: '0',
      overdue: '1',
      stale: '0',
      lastUpdate: '2025-03-10',
    });
  });

  it('the actions’ CSV says how long each has waited or took', () => {
    expect(csv('actions').map((r) => [r.id, r.status, r.days, r.daysOverdue, r.closedOn])).toEqual([
      ['A1', 'open', '76', '59', ''],
      ['A2', 'done', '17', '', '2025-02-01'],
    ]);
  });

  it('the inputs’ CSV says whether each has had a reply, and in how many working days', () => {
    // AB-2025-1 as given has no responded day. Replied on Wed 19 Feb instead: 25 working days after
    // Wed 15 Jan, 5 past the 20 promised. AB-2025-2, received Tue 25 March and waiting: 5 on 1 April.
    expect(csv('inputs').map((r) => [r.ref, r.address, r.replyState, r.replyWorkingDays, r.replyLateBy])).toEqual([
      ['AB-2025-1', 'https://portal.example.org/you-said/ab-2025-1/', 'unrecorded', '', ''],
    ]);
    const first = input.inputs[0]!;
    const inputs = [
      { ...first, data: { ...first.data, responded: '2025-02-19' } },
      {
        id: 'ab-2025-2',
        data: { ...first.data, ref: 'AB-2025-2', received: '2025-03-25', outcome: 'awaiting-response' as const },
      },
    ];
    const replied = buildPortal({ ...input, inputs }, TODAY);
    const rows = openDataTables({ m: en, registry, entries: { ...entries, inputs }, portal: replied }).find(
      (t) => t.name === 'inputs',
    )!.rows;
    expect(rows.map((r) => [r.ref, r.replyState, r.replyWorkingDays, r.replyLateBy])).toEqual([
      ['AB-2025-1', 'answered', 25, 5],
      ['AB-2025-2', 'waiting', 5, null],
    ]);
  });

  it('counts a reply’s working days without England’s bank holidays for a partnership elsewhere', () => {
    // Received Wed 24 Dec 2025, answered Mon 29 Dec. In England 25 and 26 are bank holidays and
    // 27, 28 the weekend: 1 working day. Without them, and with only its own 26th: 25 and 29, 2.
    const first = input.inputs[0]!;
    const inputs = [{ ...first, data: { ...first.data, received: '2025-12-24', responded: '2025-12-29' } }];
    const daysWith = (site: typeof SITE) =>
      openDataTables({
        m: en,
        registry,
        entries: { ...entries, inputs },
        portal: buildPortal({ ...input, site, inputs }, '2026-01-05'),
      }).find((t) => t.name === 'inputs')!.rows[0]!.replyWorkingDays;
    expect(daysWith(SITE)).toBe(1);
    expect(daysWith({ ...SITE, englandAndWalesBankHolidays: false, bankHolidays: ['2025-12-26'] })).toBe(2);
  });

  it('keeps a volunteer’s commas, quotes and line breaks through CSV', () => {
    const awkward = structuredClone(input);
    awkward.themes[0]!.data.description = 'Crisis, “care”, and "help"\nat night';
    const t = openDataTables({
      m: en,
      registry,
      entries: { ...entries, themes: awkward.themes },
      portal,
      origin: undefined,
    });
    const rows = parse(tableCsv(t.find((x) => x.name === 'themes')!), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.description).toBe('Crisis, “care”, and "help"\nat night');
    expect(rows[0]!.address).toBe('/themes/crisis/');
  });

  it('the zip holds every file, byte for byte, and is the same on another build', () => {
    const options = { site: SITE, today: TODAY, origin: publisher.origin };
    const files = dataFiles(tables, registry, options);
    const zip = unzipSync(files.get('all-data.zip') as Uint8Array);
    expect(Object.keys(zip).sort()).toEqual([...files.keys()].filter((n) => n !== 'all-data.zip').sort());
    expect(strFromU8(zip['commitments.csv']!)).toBe(files.get('commitments.csv'));
    const again = dataFiles(
      openDataTables({
        m: en,
        registry,
        entries,
        portal: buildPortal(structuredClone(input), TODAY),
        origin: publisher.origin,
      }),
      registry,
      options,
    );
    expect(
      Buffer.from(again.get('all-data.zip') as Uint8Array).equals(Buffer.from(files.get('all-data.zip') as Uint8Array)),
    ).toBe(true);
  });
});

describe('feeds and calendars in the content’s language', () => {
  // One partnership that says everything a feed or calendar can: reviews and a reply, a deadline
  // moved and missed, one meeting's minutes corrected twice and another's once, an input waiting,
  // one answered without a day, one answered on a day and one on a day still to come, and a next
  // meeting with its hours and an online option.
  const everythingInput: typeof input = {
    ...input,
    reviews,
    groups: [
      {
        id: 'forum',
        data: { ...input.groups[0]!.data, nextMeetingTime: '6pm to 8pm', nextMeetingOnline: 'ask us for a link' },
      },
      { id: 'board', data: { name: 'Board', kind: 'board', description: 'Decides.' } },
    ],
    commitments: input.commitments.map((c) =>
      c.id === 'line'
        ? { ...c, data: { ...c.data, dueChanges: [{ due: '2025-03-20', reason: 'Staff', agreed: '2025-02-10' }] } }
        : c,
    ),
    minutes: [
      {
        ...input.minutes[0]!,
        data: {
          ...input.minutes[0]!.data,
          corrections: [
            { date: '2025-02-03', what: 'The room was wrong.' },
            { date: '2025-03-20', what: 'Twelve people came, not 21.' },
          ],
        },
      },
      {
        id: 'm-board',
        data: {
          title: 'Board, March',
          date: '2025-03-03',
          group: 'board',
          attendance: { total: 3 },
          corrections: [{ date: '2025-03-04', what: 'A date.' }],
        },
      },
    ],
    inputs: [
      ...input.inputs,
      {
        id: 'ab-2025-2',
        data: {
          ref: 'AB-2025-2',
          received: '2025-02-01',
          source: 'Forum',
          themes: ['crisis'],
          said: 'More beds.',
          outcome: 'awaiting-response',
        },
      },
      {
        id: 'ab-2025-3',
        data: {
          ref: 'AB-2025-3',
          received: '2025-02-02',
          source: 'Forum',
          themes: ['crisis'],
          said: 'A bus.',
          response: 'It runs.',
          responded: '2025-02-20',
          outcome: 'acted-on',
        },
      },
      {
        id: 'ab-2025-4',
        data: {
          ref: 'AB-2025-4',
          received: '2025-03-01',
          source: 'Forum',
          themes: ['crisis'],
          said: 'A ramp.',
          response: 'Coming.',
          responded: '2025-05-01',
          outcome: 'in-progress',
        },
      },
    ],
  };
  const everything = buildPortal(everythingInput, TODAY);
  /** Every sentence the feeds and calendars say, in one language, and the catalogue keys they said them with. */
  const said = (lang: string) => {
    const words = messagesIn(lang);
    const used = new Set<string>();
    const m: Messages = {
      ...words,
      t: (key, values) => {
        used.add(key);
        return words.t(key, values);
      },
    } as Messages;
    const calendars = [
      meetingsCalendar(m, everything),
      ...everything.groups.map((g) => groupCalendar(m, g, calendarSettings(everything))),
    ];
    const text = [
      ...allFeeds(m, everything).flatMap((f) => [
        f.title,
        f.subtitle,
        ...f.entries.flatMap((e) => [e.title, e.summary, ...(e.categories ?? [])]),
      ]),
      ...calendars.flatMap((c) => [
        c.name,
        c.description.linked,
        c.description.unlinked,
        ...c.events.flatMap((e) => [e.title, e.description, e.pathLabel]),
      ]),
    ];
    return { text, used };
  };
  const OWN_KEYS = (lang: string) =>
    Object.keys(catalogue(lang)).filter((key) => key.startsWith('feed.') || key.startsWith('calendar.'));

  it('uses every one of its sentences, so the partnership above tries them all', () => {
    expect([...said('en').used].filter((key) => OWN_KEYS('en').includes(key)).sort()).toEqual(OWN_KEYS('en').sort());
  });

  it.each(['tr', 'pl', 'ar'])('writes no English of its own in %s, only what the volunteers wrote', (lang) => {
    // The words of the English sentences, less placeholders and those the content or this
    // language's own sentences also use (Online is Polish too).
    const source = (l: string) =>
      OWN_KEYS(l)
        .map((key) => messagesIn(l).source(key))
        .join(' ');
    const placeholders = new Set([...source('en').matchAll(/\{\s*(\w+)/g)].map((x) => x[1]!.toLowerCase()));
    const icu = new Set(['select', 'plural', 'other', 'number', 'percent', 'once', 'times']);
    const content = JSON.stringify(everythingInput).toLowerCase();
    const own = source(lang).toLowerCase();
    const english = [...new Set(source('en').match(/[A-Za-z]{4,}/g))].filter((w) => {
      const word = w.toLowerCase();
      return !placeholders.has(word) && !icu.has(word) && !content.includes(word) && !own.includes(word);
    });
    expect(english.length).toBeGreaterThan(30);
    const { text } = said(lang);
    const leaks = english.filter((w) => text.some((t) => new RegExp(`\\b${w}\\b`, 'i').test(t)));
    expect(leaks).toEqual([]);
  });

  it('says a meeting and its corrections in Polish with Polish plurals and dates, worked out by hand', () => {
    const pl = messagesIn('pl');
    const minutes = groupFeed(pl, everything.groups[0]!, everything).entries.find((e) => e.key === 'minutes/m-jan')!;
    expect(minutes.title).toBe('Protokół: Forum, January');
    // 12 is many (osób), 0 is many (decyzji), 2 is few (zadania), corrected 2 times is few (razy).
    expect(minutes.summary).toBe(
      'Spotkanie grupy Forum w dniu 15 stycznia 2025: przyszło 12 osób; podjęto 0 decyzji i uzgodniono 2 zadania. Poprawiono 2 razy, ostatnio 20 marca 2025: Twelve people came, not 21.',
    );
    const board = groupFeed(pl, everything.groups[1]!, everything).entries.find((e) => e.key === 'minutes/m-board')!;
    expect(board.summary).toBe(
      'Spotkanie grupy Board w dniu 3 marca 2025: przyszło mniej niż 5 osób; podjęto 0 decyzji i uzgodniono 0 zadań. Poprawiono 4 marca 2025: A date.',
    );
    const update = siteFeed(pl, everything).entries.find((e) => e.key === 'update/u1')!;
    expect(update.summary).toBe('Aktualizacja od: Council. Status: W trakcie; zrobione w 10%.');
  });

  it('writes a calendar in Turkish, with the link to the minutes named in Turkish', () => {
    const tr = messagesIn('tr');
    const text = icsFile(groupCalendar(tr, everything.groups[0]!, calendarSettings(everything)), publisher);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.description])).toEqual([
      [
        'Forum, January',
        'Forum 15 Ocak 2025 tarihinde toplandı. Tutanak, alınan kararları ve kararlaştırılan işleri anlatır. Tutanak: https://portal.example.org/minutes/m-jan/',
      ],
      [
        'Forum: bir sonraki toplantı',
        'Forum grubunun bir sonraki toplantısı, 6pm to 8pm. Çevrim içi: ask us for a link. Ayrıntılar: https://portal.example.org/groups/forum/',
      ],
    ]);
  });
});
