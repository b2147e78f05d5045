// Lived-experience reviews where a member follows what happened: in the feeds (read back by a real
// feed parser), in an input's story and in the year's involvement report, all worked out by hand
// from the small partnership in small-partnership.ts. Without reviews, none of them says a word
// about reviews.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { buildPortal } from '../../src/model/read-model.ts';
import { atomXml, type FeedDoc } from '../../src/present/atom.ts';
import { allFeeds, commitmentFeed, groupFeed, partnerFeed, siteFeed } from '../../src/present/feeds.ts';
import { reviewSentence } from '../../src/present/community.ts';
import { involvementTables, toCsv, unknowns } from '../../src/present/replies.ts';
import { openDataTables } from '../../src/present/open-data.ts';
import { collections as registry } from '../../src/contract/index.ts';
import { input, reviews, TODAY } from './small-partnership.ts';
import { en } from '../helpers/messages.ts';

const reviewed = buildPortal({ ...input, reviews }, TODAY);
const plain = buildPortal(input, TODAY);
// On UTC's clocks, so a day in a feed reads back as the same day in UTC (published.test.ts tests the zone).
const publisher = {
  partnership: 'Test partnership',
  locale: 'en-GB',
  origin: 'https://portal.example.org',
  timeZone: 'UTC',
};
const commitment = (id: string) => reviewed.commitments.find((c) => c.id === id)!;

function read(doc: FeedDoc) {
  const xml = atomXml(doc, publisher);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parseFeed(xml).items.map((i) => ({
    day: i.published?.toISOString().slice(0, 10),
    title: i.title,
    summary: i.description,
    url: i.url,
    id: i.id,
    categories: i.categories.map((c) => c.term),
  }));
}

describe('reviews in the feeds', () => {
  it('a commitment’s feed has each review on the day it was agreed and the reply on the day it was given', () => {
    expect(read(commitmentFeed(en, commitment('line'), reviewed)).map((i) => [i.day, i.title])).toEqual([
      ['2025-03-25', 'Line: Council replied to the review'],
      ['2025-03-15', 'Line: reviewed by Forum'],
      ['2025-03-02', 'Overdue: Line'],
      ['2025-02-20', 'Line: now at risk'],
      ['2025-02-20', 'Line: Trouble'],
      ['2025-01-20', 'Line: Started'],
      ['2025-01-10', 'Line: reviewed by Forum'],
      ['2025-01-01', 'New commitment: Line'],
    ]);
  });

  it('a review’s entry gives the verdict against the partner’s report and links to the review', () => {
    const [reply, review] = read(commitmentFeed(en, commitment('line'), reviewed));
    expect(review).toMatchObject({
      url: 'https://portal.example.org/reviews/line-2025-03-15/',
      summary: 'Forum reviewed it and found it not delivered. The partner reports more than the reviewers found.',
      categories: ['Council', 'Lived-experience review', 'Not delivered', 'Disputed'],
    });
    expect(reply).toMatchObject({
      url: 'https://portal.example.org/reviews/line-2025-03-15/#reply-line-2025-03-15',
      summary: 'Council replied to the review (Head of Services). We are hiring.',
    });
  });

  it('an update that changed the status says from what to what; the first says only its status', () => {
    const items = read(commitmentFeed(en, commitment('line'), reviewed));
    const summary = (title: string) => items.find((i) => i.title === title)!.summary;
    expect(summary('Line: Trouble')).toBe('An update from Council. Status changed from In progress to At risk.');
    expect(summary('Line: Started')).toBe('An update from Council. Status: In progress, 10% done.');
  });

  it('the partner’s, the group’s and the whole site’s feeds carry every review and reply', () => {
    const reviewTitles = (doc: FeedDoc) =>
      read(doc)
        .filter((i) => i.title?.includes('review'))
        .map((i) => [i.day, i.title]);
    const expected = [
      ['2025-03-25', 'Line: Council replied to the review'],
      ['2025-03-20', 'Beds: reviewed by Forum'],
      ['2025-03-15', 'Line: reviewed by Forum'],
      ['2025-01-10', 'Line: reviewed by Forum'],
    ];
    expect(reviewTitles(partnerFeed(en, reviewed.partners[0]!, reviewed))).toEqual(expected);
    expect(reviewTitles(groupFeed(en, reviewed.groups[0]!, reviewed))).toEqual(expected);
    expect(reviewTitles(siteFeed(en, reviewed))).toEqual(expected);
  });

  it('leaves out a reply dated after the build day', () => {
    const early = buildPortal({ ...input, reviews }, '2025-03-20');
    const titles = read(siteFeed(en, early)).map((i) => i.title);
    expect(titles).toContain('Beds: reviewed by Forum');
    expect(titles).not.toContain('Line: Council replied to the review');
  });

  it('gives the same ids on another build, each entry its own', () => {
    const again = buildPortal(structuredClone({ ...input, reviews }), TODAY);
    expect(allFeeds(en, again).map((d) => atomXml(d, publisher))).toEqual(
      allFeeds(en, reviewed).map((d) => atomXml(d, publisher)),
    );
    const ids = read(siteFeed(en, reviewed)).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says nothing about reviews in any feed of a partnership without them', () => {
    for (const doc of allFeeds(en, plain)) expect(atomXml(doc, publisher)).not.toMatch(/review/i);
  });
});

describe('reviews in an input’s story', () => {
  const story = (portal: typeof reviewed) => portal.inputs[0]!.story.map((e) => [e.kind, e.date]);

  it('follows the updates with the reviews since it was said and the partner’s reply', () => {
    // The review of 10 January came before AB-2025-1 was said on 15 January: not part of its story.
    expect(story(reviewed)).toEqual([
      ['said', '2025-01-15'],
      ['commitment', '2025-01-15'],
      ['update', '2025-01-20'],
      ['update', '2025-02-20'],
      ['review', '2025-03-15'],
      ['review-reply', '2025-03-25'],
    ]);
  });

  it('says what the reviewers found beside the partner’s report, from the community comparison', () => {
    const event = reviewed.inputs[0]!.story.find((e) => e.kind === 'review')!;
    expect(event.kind === 'review' && reviewSentence(en, event.review)).toBe(
      'Forum reviewed it and found it not delivered. The partner reports more than the reviewers found.',
    );
  });

  it('has no review in it when the partnership publishes none', () => {
    expect(story(plain).map(([kind]) => kind)).toEqual(['said', 'commitment', 'update', 'update']);
  });
});

describe('reviews in the year’s involvement report', () => {
  const year = reviewed.involvement.find((y) => y.year === '2025')!;
  const table = (y: typeof year) => involvementTables(en, y).find((t) => t.id === 'reviews');

  it('counts the year’s reviews by verdict, the disputed, the replied and who took part', () => {
    expect(year.reviews).toEqual({
      published: 3,
      byVerdict: [
        { verdict: 'delivered', count: 1 },
        { verdict: 'partly-delivered', count: 0 },
        { verdict: 'in-progress', count: 0 },
        { verdict: 'at-risk', count: 0 },
        { verdict: 'not-delivered', count: 1 },
        { verdict: 'too-early', count: 1 },
      ],
      disputed: 1,
      replied: 1,
      participants: { n: 3, withheld: true },
      participantsUnrecorded: 2,
    });
  });

  it('shows review counts as they are but the 3 people who took part as fewer than 5', () => {
    expect(table(year)!.rows).toEqual([
      ['Published', '3'],
      ['Verdict: Delivered', '1'],
      ['Verdict: Partly delivered', '0'],
      ['Verdict: In progress', '0'],
      ['Verdict: At risk', '0'],
      ['Verdict: Not delivered', '1'],
      ['Verdict: Too early to judge', '1'],
      ['Disputed the partner’s report', '1'],
      ['The partner has replied', '1'],
      ['People with lived experience who took part', 'fewer than 5'],
    ]);
    expect(unknowns(en, year)).toContain('2 reviews did not record how many people took part.');
  });

  it('puts the same review rows in the CSV as on the page', () => {
    const csv = toCsv([table(year)!]);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '"Reviews by people with lived experience"',
      '"Reviews","Number"',
      '"Published","3"',
    ]);
    expect(csv).toContain('"People with lived experience who took part","fewer than 5"');
  });

  it('says "Not recorded" rather than 0 when no review counted the people who took part', () => {
    const uncounted = buildPortal({ ...input, reviews: [reviews[0]!, reviews[2]!] }, TODAY);
    const rows = table(uncounted.involvement.find((y) => y.year === '2025')!)!.rows;
    expect(rows.at(-1)).toEqual(['People with lived experience who took part', 'Not recorded']);
  });

  it('has no review row, figure or word for a partnership without reviews', () => {
    const y = plain.involvement.find((x) => x.year === '2025')!;
    expect(y.reviews).toBeUndefined();
    expect(table(y)).toBeUndefined();
    expect(toCsv(involvementTables(en, y))).not.toMatch(/review/i);
    expect(unknowns(en, y).join(' ')).not.toMatch(/review/i);
  });
});

describe('reviews in the open data', () => {
  it('gives each review its page and what it was compared with, as on its page', () => {
    const entries = { ...input, reviews } as unknown as Record<string, { id: string; data: unknown }[]>;
    const table = openDataTables({ m: en, registry, entries, portal: reviewed, origin: publisher.origin }).find(
      (t) => t.name === 'reviews',
    )!;
    expect(table.rows.map((r) => [r.id, r.address, r.partner, r.partnerStatus, r.comparison, r.latest])).toEqual([
      [
        'beds-2025-03-20',
        'https://portal.example.org/reviews/beds-2025-03-20/',
        'council',
        'delivered',
        'agrees',
        true,
      ],
      [
        'line-2025-01-10',
        'https://portal.example.org/reviews/line-2025-01-10/',
        'council',
        'no-update',
        'too-early',
        false,
      ],
      [
        'line-2025-03-15',
        'https://portal.example.org/reviews/line-2025-03-15/',
        'council',
        'at-risk',
        'disputed',
        true,
      ],
    ]);
  });
});
