// The example partnership's reviews, check-ins and moved deadlines, as of 3 December 2026, counted
// by hand from the files in src/content (reviews/, checkins/ and the commitments' dueChanges).
import { describe, expect, it } from 'vitest';
import { changesSentence, reviewedSentence } from '../../src/present/community.ts';
import { examplePortal } from './example-portal.ts';
import { en } from '../helpers/messages.ts';

const portal = examplePortal('2026-12-03');
const commitment = (id: string) => portal.commitments.find((c) => c.id === id)!;

describe('the example’s reviews', () => {
  it('has 13 of its 17 commitments reviewed: 7 agreeing, 4 disputed, 1 where reviewers found more, 1 too early', () => {
    // Disputed: crisis line (delivered, found partly), "you said, we did" (delivered, found partly), crisis café
    // (in progress, found at risk), housing pathway (in progress, found at risk). Not reviewed: benefits advice,
    // care plan copy, college staff training, stigma campaign.
    expect(portal.totals.community).toEqual({
      commitments: 17,
      reviewed: 13,
      notReviewed: 4,
      byComparison: { disputed: 4, agrees: 7, 'found-more': 1, 'no-report': 0, 'too-early': 1 },
      // Both accounts given for 9 (peer support's reviewers gave none); two or more rungs apart for the crisis
      // line, discharge planning, the crisis café and the housing pathway.
      involvementJudged: 9,
      involvementFlagged: 4,
    });
    expect(
      portal.lists.reviewed.items
        .filter((c) => c.community!.comparison === 'disputed')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['crisis-cafe', 'crisis-line-24-7', 'housing-pathway', 'you-said-we-did']);
    expect(reviewedSentence(en, portal.totals.community)).toBe(
      'People with lived experience have reviewed what partners report on 13 of 17 commitments: they agreed with 7 reports and disputed 4.',
    );
  });
  it('marks the crisis café’s latest review as made before the partner’s latest update, with a two-rung gap', () => {
    // Reviewed by the forum on 15 September 2026; Kestrel House updated on 19 October. It claims co-produced,
    // the forum found engaged: rungs 1 and 3 of the ladder.
    expect(commitment('crisis-cafe').community).toMatchObject({
      comparison: 'disputed',
      partnerStatus: 'in-progress',
      beforeLatestUpdate: true,
      involvement: { claimed: 'co-produced', found: 'engaged', rungs: 2, flagged: true },
    });
    expect(commitment('crisis-cafe').reviews.count).toBe(2);
  });
  it('gives the health trust 6 of 7 reviewed and two big involvement gaps', () => {
    const trust = portal.partners.find((p) => p.id === 'wrenfold-health-trust')!;
    expect(trust.community).toMatchObject({
      commitments: 7,
      reviewed: 6,
      notReviewed: 1,
      involvementJudged: 5,
      involvementFlagged: 2,
    });
    expect(trust.community.byComparison).toMatchObject({ disputed: 1, agrees: 4, 'found-more': 1 });
  });
});

describe('the example’s moved deadlines', () => {
  it('has three commitments moved, one twice: 4 moves adding 182 + 183 + 184 days', () => {
    expect(portal.totals.deadlines).toEqual({ moved: 3, moves: 4, daysAdded: 549 });
    expect(commitment('crisis-cafe').deadline).toMatchObject({
      original: '2025-09-30',
      due: '2026-03-31',
      daysAdded: 182,
    });
    // 31 March to 3 December 2026: 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 3 = 247 days.
    expect(commitment('crisis-cafe').state.overdue).toBe(247);
  });
});

describe('the example’s check-ins', () => {
  it('has two a year apart on the vision, the next due in September 2027', () => {
    const vision = portal.visions[0]!;
    expect(vision.checkins.items.map((k) => k.data.date)).toEqual(['2026-09-19', '2025-09-20']);
    expect(vision.nextCheckin).toEqual({ date: '2027-09-18', passed: false });
  });
  it('says what changed between them, counted commitment by commitment', () => {
    // Delivered since: crisis line, rights guide, advocacy, 72-hour follow-up. Now in progress: housing pathway,
    // named worker, supported housing. Not started: college training. At risk: talking therapy. Partly
    // delivered: discharge. Not delivered: peer support. Withdrawn: care plan choice. New: care plan copy,
    // benefits advice. The same: stigma campaign, crisis café, "you said, we did".
    const second = portal.checkins.find((k) => k.data.date === '2026-09-19')!;
    expect(changesSentence(en, second.changes!)).toBe(
      '1 now not started, 3 now in progress, 1 now at risk, 4 delivered since, 1 now partly delivered, 1 now not delivered, 1 now withdrawn; 2 new commitments made since; 3 the same.',
    );
    expect(second.reviews.count).toBe(6);
  });
});
