// Reviews, check-ins and moved deadlines through the read model, the words and the charts: a small
// partnership built on 15 January 2026, with every answer below worked out by hand.
//
// Partners: Council, Trust. Groups: Board, Forum. One vision `v` with one aim.
// Commitments (by title: Beds, Cafe, Homes, Line):
//   cafe   Council, made 10 Jan 2025, due 30 Jun 2025, moved to 30 Sep (agreed 1 May, at m1) and to 31 Dec
//          (agreed 15 Sep): 92 + 92 = 184 days added. Claims co-produced.
//          Updates: 1 Mar in progress, 1 Aug at risk, 1 Oct in progress. On 15 Jan 2026: 15 days past 31 Dec.
//   homes  Council, made 1 Feb 2025, no due date, no update.
//   line   Trust, made 10 Jan 2025, due 1 Dec 2025, claims engaged. Update: 1 Nov delivered.
//   beds   Trust, made 10 Jan 2025, update 1 Jun 2025 in progress. Never reviewed.
// Reviews:
//   r1 cafe  Board  1 Apr 2025 in progress, found consulted     partner in progress -> agrees (not the latest)
//   r2 cafe  Forum  1 Sep 2025 not delivered, part of check-in k2 partner at risk   -> disputed, before the 1 Oct update
//   rl line  Board 20 Nov 2025 partly delivered, found consulted partner delivered   -> disputed
//   rt homes Forum  1 Mar 2025 too early                        partner no update   -> too early
// Check-ins on v: k1 1 Jun 2025 (next 1 Dec 2025), k2 1 Dec 2025 (next 1 Dec 2026).
import { describe, expect, it } from 'vitest';
import type { Commitment, Review } from '../../src/contract/index.ts';
import { buildPortal, type Entry, type PortalInput } from '../../src/model/read-model.ts';
import { agreementChart, chartTable, promisesChart, verdictChart } from '../../src/present/charts.ts';
import {
  changesSentence,
  communitySummary,
  deadlinesSentence,
  involvementSentence,
  reviewedSentence,
} from '../../src/present/community.ts';
import { commitmentFacets, reviewFacets } from '../../src/present/search-facets.ts';
import { SITE } from './site-settings.ts';
import { en } from '../helpers/messages.ts';

const TODAY = '2026-01-15';
const commitment = (id: string, title: string, partner: string, extra: Partial<Commitment>): Entry<Commitment> => ({
  id,
  data: { title, summary: 's', partner, vision: 'v', aims: ['a1'], made: '2025-01-10', ...extra },
});
const review = (id: string, data: Omit<Review, 'title' | 'method'>): Entry<Review> => ({
  id,
  data: { title: id, method: 'm', ...data },
  html: '<p>What people said.</p>',
});

const input: PortalInput = {
  site: SITE,
  partners: [
    { id: 'council', data: { name: 'Council', kind: 'council' } },
    { id: 'trust', data: { name: 'Trust', kind: 'nhs' } },
  ],
  themes: [],
  groups: [
    { id: 'board', data: { name: 'Board', kind: 'board', description: 'd' } },
    { id: 'forum', data: { name: 'Forum', kind: 'forum', description: 'd' } },
  ],
  visions: [
    {
      id: 'v',
      data: {
        title: 'V',
        summary: 's',
        status: 'draft',
        coProduction: 'c',
        aims: [{ id: 'a1', title: 'Night help', description: 'd' }],
      },
    },
  ],
  commitments: [
    commitment('cafe', 'Cafe', 'council', {
      due: '2025-06-30',
      involvement: 'co-produced',
      dueChanges: [
        { due: '2025-09-30', reason: 'Building work', agreed: '2025-05-01', meeting: 'm1' },
        { due: '2025-12-31', reason: 'Staff', agreed: '2025-09-15' },
      ],
    }),
    commitment('homes', 'Homes', 'council', { made: '2025-02-01' }),
    commitment('line', 'Line', 'trust', { due: '2025-12-01', involvement: 'engaged' }),
    commitment('beds', 'Beds', 'trust', {}),
  ],
  updates: [
    { id: 'u1', data: { title: 'u1', date: '2025-03-01', commitment: 'cafe', status: 'in-progress' } },
    { id: 'u2', data: { title: 'u2', date: '2025-08-01', commitment: 'cafe', status: 'at-risk' } },
    { id: 'u3', data: { title: 'u3', date: '2025-10-01', commitment: 'cafe', status: 'in-progress' } },
    { id: 'l1', data: { title: 'l1', date: '2025-11-01', commitment: 'line', status: 'delivered' } },
    { id: 'b1', data: { title: 'b1', date: '2025-06-01', commitment: 'beds', status: 'in-progress' } },
  ],
  minutes: [{ id: 'm1', data: { title: 'Board, May', date: '2025-05-01', group: 'board', attendance: { total: 8 } } }],
  inputs: [],
  reviews: [
    review('r1', {
      date: '2025-04-01',
      group: 'board',
      commitment: 'cafe',
      verdict: 'in-progress',
      involvement: 'consulted',
    }),
    review('r2', { date: '2025-09-01', group: 'forum', commitment: 'cafe', verdict: 'not-delivered', checkin: 'k2' }),
    review('rl', {
      date: '2025-11-20',
      group: 'board',
      commitment: 'line',
      verdict: 'partly-delivered',
      involvement: 'consulted',
      reply: { date: '2025-12-01', text: 'We will look again.', role: 'Director of Crisis Services' },
    }),
    review('rt', { date: '2025-03-01', group: 'forum', commitment: 'homes', verdict: 'too-early' }),
  ],
  checkins: [
    { id: 'k2', data: { title: 'k2', date: '2025-12-01', vision: 'v', method: 'm', next: '2026-12-01' } },
    { id: 'k1', data: { title: 'k1', date: '2025-06-01', vision: 'v', method: 'm', next: '2025-12-01' } },
  ],
};
const portal = buildPortal(input, TODAY);
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;
const cafe = byId(portal.commitments, 'cafe');
const line = byId(portal.commitments, 'line');
const homes = byId(portal.commitments, 'homes');
const beds = byId(portal.commitments, 'beds');
const [council, trust] = [byId(portal.partners, 'council'), byId(portal.partners, 'trust')];

describe('reviews in the read model', () => {
  it('lists every review disputed first, then agreeing, then too early, newest first within each', () => {
    expect(portal.reviews.map((r) => [r.id, r.comparison])).toEqual([
      ['rl', 'disputed'],
      ['r2', 'disputed'],
      ['r1', 'agrees'],
      ['rt', 'too-early'],
    ]);
  });
  it('sets each review beside what the partner had reported on its day', () => {
    expect(portal.reviews.map((r) => [r.id, r.partnerStatus, r.beforeLatestUpdate, r.latest])).toEqual([
      ['rl', 'delivered', false, true],
      ['r2', 'at-risk', true, true],
      ['r1', 'in-progress', true, false],
      ['rt', 'no-update', false, true],
    ]);
    expect(byId(portal.reviews, 'r2').checkin?.id).toBe('k2');
    expect(byId(portal.reviews, 'rl').involvement).toEqual({
      claimed: 'engaged',
      found: 'consulted',
      rungs: 1,
      flagged: false,
    });
  });
  it('gives each commitment its latest review, with the involvement found by the latest review that judged it', () => {
    expect(cafe.reviews.items.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(cafe.community).toMatchObject({
      comparison: 'disputed',
      partnerStatus: 'at-risk',
      beforeLatestUpdate: true,
      involvementFound: 'consulted',
      involvement: { claimed: 'co-produced', found: 'consulted', rungs: 3, flagged: true },
    });
    expect(cafe.community!.latest.id).toBe('r2');
    expect(homes.community).toMatchObject({ comparison: 'too-early', partnerStatus: 'no-update' });
    expect(homes.community!.involvement).toBeUndefined();
    expect(beds.community).toBeUndefined();
  });
  it('gives each group its reviews, disputed first', () => {
    expect(portal.groups.map((g) => [g.id, g.reviews.items.map((r) => r.id)])).toEqual([
      ['board', ['rl', 'r1']],
      ['forum', ['r2', 'rt']],
    ]);
    expect(portal.lists.reviewsByGroup.map((g) => g.key.id)).toEqual(['board', 'forum']);
  });
  it('counts, for each partner, its commitments reviewed, agreed, disputed and not reviewed, by their latest review', () => {
    expect(council.community).toEqual({
      commitments: 2,
      reviewed: 2,
      notReviewed: 0,
      byComparison: { disputed: 1, agrees: 0, 'found-more': 0, 'no-report': 0, 'too-early': 1 },
      involvementJudged: 1,
      involvementFlagged: 1,
    });
    expect(trust.community).toMatchObject({ reviewed: 1, notReviewed: 1, involvementJudged: 1, involvementFlagged: 0 });
    expect(trust.community.byComparison.disputed).toBe(1);
    expect(council.involvement.items.map((c) => c.id)).toEqual(['cafe']);
    expect(trust.involvement.items.map((c) => c.id)).toEqual(['line']);
    expect(portal.totals.community).toMatchObject({ commitments: 4, reviewed: 3, notReviewed: 1 });
    expect(portal.totals.community.byComparison).toMatchObject({ disputed: 2, agrees: 0, 'too-early': 1 });
  });
  it('says so in words: the home page’s sentence and a partner’s summary', () => {
    expect(reviewedSentence(en, portal.totals.community)).toBe(
      'People with lived experience have reviewed what partners report on 3 of 4 commitments: they agreed with 0 reports and disputed 2.',
    );
    expect(communitySummary(en, council.community)).toBe(
      '2 of 2 commitments reviewed by people with lived experience: they agreed with the partner on 0 and disputed 1; they said 1 is too early to judge. 0 not reviewed yet.',
    );
    expect(involvementSentence(en, cafe.community!.involvement!)).toBe(
      'The partner describes more involvement than the reviewers found: 3 steps apart on the ladder, which is a big gap.',
    );
  });
});

describe('moved deadlines in the read model', () => {
  it('judges overdue against the latest agreed date and keeps every move, with the meeting that agreed it', () => {
    expect(cafe.state.overdue).toBe(15);
    expect(cafe.deadline).toMatchObject({ original: '2025-06-30', due: '2025-12-31', daysAdded: 184 });
    expect(cafe.deadline.moves.map((m) => [m.from, m.to, m.days, m.minutes?.data.title])).toEqual([
      ['2025-06-30', '2025-09-30', 92, 'Board, May'],
      ['2025-09-30', '2025-12-31', 92, undefined],
    ]);
    // Line is delivered, so not overdue though its date has passed; Homes has no date.
    expect([line.state.overdue, homes.state.overdue]).toEqual([null, null]);
  });
  it('counts them on the scorecard, and says so', () => {
    expect(council.deadlines).toEqual({ moved: 1, moves: 2, daysAdded: 184 });
    expect(council.moved.items.map((c) => c.id)).toEqual(['cafe']);
    expect(trust.deadlines).toEqual({ moved: 0, moves: 0, daysAdded: 0 });
    expect(deadlinesSentence(en, council.deadlines)).toBe(
      '1 commitment has had its deadline moved (2 moves in all), adding 184 days.',
    );
    expect(deadlinesSentence(en, trust.deadlines)).toBe('No deadline has been moved.');
  });
  it('counts a commitment as fallen due, in the promises chart, by its latest agreed date', () => {
    const chart = promisesChart(en, portal.commitments, TODAY);
    const due = chart.series[0]!.values;
    // Months from January 2025: June (index 5) had nothing fall due, as Cafe's 30 June had moved;
    // by December (index 11) Line (1 December) and Cafe (31 December) had.
    expect([due[5], due[11]]).toEqual([0, 2]);
  });
});

describe('check-ins in the read model', () => {
  const k1 = byId(portal.checkins, 'k1');
  const k2 = byId(portal.checkins, 'k2');
  it('links each check-in to the ones before and after it, newest first on the vision', () => {
    expect(portal.checkins.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect([k2.previous?.id, k1.following?.id, k1.previous, k2.following]).toEqual(['k1', 'k2', undefined, undefined]);
    expect(portal.visions[0]!.checkins.items.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(portal.visions[0]!.nextCheckin).toEqual({ date: '2026-12-01', passed: false });
  });
  it('takes a snapshot of every commitment towards the vision on the day, beside now', () => {
    expect(k1.snapshot.map((r) => [r.commitment.id, r.then, r.now])).toEqual([
      ['beds', 'in-progress', 'in-progress'],
      ['cafe', 'in-progress', 'in-progress'],
      ['homes', 'no-update', 'no-update'],
      ['line', 'no-update', 'delivered'],
    ]);
    expect(k1.changes).toBeUndefined();
  });
  it('says what changed since the previous check-in', () => {
    expect(k2.snapshot.map((r) => [r.commitment.id, r.before, r.then])).toEqual([
      ['beds', 'in-progress', 'in-progress'],
      ['cafe', 'in-progress', 'in-progress'],
      ['homes', 'no-update', 'no-update'],
      ['line', 'no-update', 'delivered'],
    ]);
    expect(changesSentence(en, k2.changes!)).toBe('1 delivered since; 3 the same.');
    expect(k2.reviews.items.map((r) => r.id)).toEqual(['r2']);
  });
  it('says when the next check-in was due and has passed', () => {
    const onlyFirst = buildPortal({ ...input, checkins: input.checkins!.filter((k) => k.id === 'k1') }, TODAY);
    expect(onlyFirst.visions[0]!.nextCheckin).toEqual({ date: '2025-12-01', passed: true });
  });
});

describe('the charts of the community’s verdict', () => {
  it('sets what the partner reported against what the reviewers found, by each commitment’s latest review', () => {
    const chart = verdictChart(en, portal.lists.reviewed.items);
    expect(chart.summary).toBe(
      'Of 3 commitments reviewed, the reviewers agreed with the partner’s report on 0 and disputed 2.',
    );
    expect(chartTable(chart)).toEqual({
      columns: [
        'The reviewers found',
        'Partner reported: No update yet',
        'Partner reported: At risk',
        'Partner reported: Delivered',
      ],
      rows: [
        { header: 'Partly delivered', cells: [0, 0, 1] },
        { header: 'Not delivered', cells: [0, 1, 0] },
        { header: 'Too early to judge', cells: [1, 0, 0] },
      ],
    });
  });
  it('shows agreement by partner, with the commitments not reviewed yet', () => {
    const chart = agreementChart(en, portal.lists.communityByPartner);
    expect(chart.summary).toBe('The reviewers disputed 2 reports, 1 each from Council and Trust.');
    expect(chartTable(chart)).toEqual({
      columns: ['Partner', 'Disputed', 'Too early to judge', 'Not reviewed yet'],
      rows: [
        { header: 'Council', cells: [1, 1, 0] },
        { header: 'Trust', cells: [1, 0, 1] },
      ],
    });
  });
});

describe('search', () => {
  it('files a review under its verdict, whether it agrees, its partner, aim and group', () => {
    expect(reviewFacets(en, byId(portal.reviews, 'r2')).filters).toEqual({
      type: ['Review'],
      year: ['2025'],
      partner: ['Council'],
      verdict: ['Not delivered'],
      disputed: ['Disputed'],
      aim: ['Night help'],
      group: ['Forum'],
    });
  });
  it('files a reviewed commitment under its latest verdict, and an unreviewed one under none', () => {
    expect(commitmentFacets(en, cafe).filters).toMatchObject({ verdict: ['Not delivered'], disputed: ['Disputed'] });
    expect(commitmentFacets(en, beds).filters.verdict).toBeUndefined();
  });
});

describe('a partnership with no review, check-in or moved deadline', () => {
  const plain = buildPortal(
    {
      ...input,
      reviews: undefined,
      checkins: undefined,
      commitments: input.commitments.map((c) => {
        const { dueChanges: _moves, involvement: _claimed, ...data } = c.data;
        return { ...c, data };
      }),
    },
    TODAY,
  );
  it('uses none of them, so the site says nothing about them', () => {
    expect(plain.uses).toEqual({
      reviews: false,
      checkins: false,
      movedDeadlines: false,
      involvement: false,
      easyRead: false,
    });
    expect(reviewedSentence(en, plain.totals.community)).toBeUndefined();
    expect(plain.commitments.every((c) => c.community === undefined && c.deadline.moves.length === 0)).toBe(true);
    expect(plain.lists.reviewsByGroup).toEqual([]);
    expect(plain.visions[0]!.nextCheckin).toBeUndefined();
  });
  it('judges overdue against the due date as written, as before', () => {
    // Cafe's own date, 30 June 2025: 199 days before 15 January 2026.
    expect(byId(plain.commitments, 'cafe').state.overdue).toBe(199);
  });
});
