// The community's verdict beside the partner's report, the involvement gap, moved deadlines and a
// check-in's snapshot: every answer below was worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOLVEMENT_LEVELS, UPDATE_STATUSES, VERDICTS } from '../../src/contract/index.ts';
import { changesSince, snapshot, statusOn } from '../../src/model/checkins.ts';
import {
  assessReview,
  communityCounts,
  communityView,
  compare,
  DELIVERY_LADDER,
  involvementGap,
  JUDGING_VERDICTS,
  ladderHeight,
} from '../../src/model/community.ts';
import { deadline, deadlineCounts } from '../../src/model/deadlines.ts';
import { commitmentState, type UpdateLike } from '../../src/model/status.ts';

describe('the ladder the partner’s status and the verdict are compared on', () => {
  it('puts every status a partner can report on exactly one rung', () => {
    const placed = DELIVERY_LADDER.flatMap((r) => r.statuses as readonly string[]);
    expect([...placed].sort()).toEqual([...UPDATE_STATUSES].sort());
  });
  it('counts up from nothing done to all of it done', () => {
    expect(UPDATE_STATUSES.map((s) => [s, ladderHeight(s)])).toEqual([
      ['not-started', 0],
      ['in-progress', 2],
      ['at-risk', 1],
      ['delivered', 4],
      ['partly-delivered', 3],
      ['not-delivered', 0],
      ['withdrawn', 0],
    ]);
  });
});

describe('compare: the partner’s status against the reviewers’ verdict', () => {
  it.each([
    // partner says, reviewers found, outcome
    ['delivered', 'partly-delivered', 'disputed'],
    ['delivered', 'delivered', 'agrees'],
    ['partly-delivered', 'delivered', 'found-more'],
    ['in-progress', 'at-risk', 'disputed'],
    ['at-risk', 'in-progress', 'found-more'],
    ['in-progress', 'partly-delivered', 'found-more'],
    ['not-started', 'not-delivered', 'agrees'],
    ['withdrawn', 'not-delivered', 'agrees'],
    ['at-risk', 'not-delivered', 'disputed'],
    ['no-update', 'delivered', 'no-report'],
    ['delivered', 'too-early', 'too-early'],
    ['no-update', 'too-early', 'too-early'],
  ] as const)('partner %s, reviewers %s: %s', (partner, verdict, outcome) => {
    expect(compare(partner, verdict)).toBe(outcome);
  });

  it('is disputed one way exactly when the reviewers found more the other way, and agrees both ways or neither', () => {
    fc.assert(
      fc.property(fc.constantFrom(...JUDGING_VERDICTS), fc.constantFrom(...JUDGING_VERDICTS), (a, b) => {
        const there = compare(a, b);
        const back = compare(b, a);
        expect(there === 'disputed').toBe(back === 'found-more');
        expect(there === 'agrees').toBe(back === 'agrees');
      }),
    );
  });
  it('never agrees nor disputes when the reviewers say it is too early, whatever the partner says', () => {
    fc.assert(
      fc.property(fc.constantFrom('no-update' as const, ...UPDATE_STATUSES), (partner) => {
        expect(compare(partner, 'too-early')).toBe('too-early');
      }),
    );
  });
  it('offers every verdict a place: the verdicts are the judging ones and too-early', () => {
    expect([...JUDGING_VERDICTS, 'too-early']).toEqual([...VERDICTS]);
  });
});

const u = (id: string, date: string, status: UpdateLike['status']): UpdateLike => ({ id, date, status });

describe('assessReview: what the partner had reported by the review’s day', () => {
  const updates = [u('a', '2025-03-01', 'in-progress'), u('b', '2025-08-01', 'delivered')];
  it('reads the partner’s status from the updates up to and including that day', () => {
    // On 1 August the delivered update is published the same day, so the reviewers saw it.
    expect(assessReview({ date: '2025-08-01', verdict: 'partly-delivered' }, updates)).toEqual({
      partnerStatus: 'delivered',
      comparison: 'disputed',
    });
    // On 31 July the partner still said in progress.
    expect(assessReview({ date: '2025-07-31', verdict: 'in-progress' }, updates)).toEqual({
      partnerStatus: 'in-progress',
      comparison: 'agrees',
    });
    // Before any update there is nothing to compare.
    expect(assessReview({ date: '2025-02-01', verdict: 'at-risk' }, updates)).toEqual({
      partnerStatus: 'no-update',
      comparison: 'no-report',
    });
  });
});

describe('communityView: a commitment’s latest review', () => {
  const fields = (r: {
    id: string;
    date: string;
    verdict: 'in-progress' | 'not-delivered';
    involvement?: 'consulted';
  }) => r;
  // Updates: 1 March in progress, 1 August at risk, 1 October in progress.
  // r1, 1 April, board, in progress (the partner said in progress): agrees; found "consulted".
  // r2, 1 September, forum, not delivered (the partner said at risk on that day): disputed; no involvement given.
  const updates = [
    u('u1', '2025-03-01', 'in-progress'),
    u('u2', '2025-08-01', 'at-risk'),
    u('u3', '2025-10-01', 'in-progress'),
  ];
  const r1 = { id: 'r1', date: '2025-04-01', verdict: 'in-progress' as const, involvement: 'consulted' as const };
  const r2 = { id: 'r2', date: '2025-09-01', verdict: 'not-delivered' as const };

  it('is the latest review by date, set against the partner’s status on its day', () => {
    const view = communityView([r2, r1], fields, updates.slice(0, 2), 'co-produced')!;
    expect(view.latest).toBe(r2);
    expect(view.partnerStatus).toBe('at-risk');
    expect(view.comparison).toBe('disputed');
  });
  it('says when the partner has updated since the review', () => {
    expect(communityView([r1, r2], fields, updates.slice(0, 2), undefined)!.beforeLatestUpdate).toBe(false);
    expect(communityView([r1, r2], fields, updates, undefined)!.beforeLatestUpdate).toBe(true);
  });
  it('takes the involvement found from the latest review that judged it', () => {
    // Claimed co-produced (rung 1 of 6), found consulted (rung 4): three rungs apart, flagged.
    const view = communityView([r1, r2], fields, updates, 'co-produced')!;
    expect(view.involvementFound).toBe('consulted');
    expect(view.involvement).toEqual({ claimed: 'co-produced', found: 'consulted', rungs: 3, flagged: true });
  });
  it('is undefined for a commitment nobody has reviewed', () => {
    expect(communityView([], fields, updates, 'co-produced')).toBeUndefined();
  });
  it('counts commitments by what their latest review found, and those not reviewed', () => {
    const disputed = communityView([r1, r2], fields, updates, 'co-produced');
    const agrees = communityView([r1], fields, updates, 'consulted');
    const counts = communityCounts([disputed, agrees, undefined]);
    expect(counts).toEqual({
      commitments: 3,
      reviewed: 2,
      notReviewed: 1,
      byComparison: { disputed: 1, agrees: 1, 'found-more': 0, 'no-report': 0, 'too-early': 0 },
      involvementJudged: 2,
      involvementFlagged: 1,
    });
  });
});

describe('involvementGap: the partner’s rung against the reviewers’ rung', () => {
  it.each([
    ['co-produced', 'consulted', 3, true],
    ['co-designed', 'engaged', 1, false],
    ['engaged', 'informed', 2, true],
    ['informed', 'co-designed', -3, true],
    ['consulted', 'consulted', 0, false],
  ] as const)('claimed %s, found %s: %i rungs, flagged %s', (claimed, found, rungs, flagged) => {
    expect(involvementGap(claimed, found)).toEqual({ claimed, found, rungs, flagged });
  });
  it('needs both sides', () => {
    expect(involvementGap(undefined, 'consulted')).toBeUndefined();
    expect(involvementGap('consulted', undefined)).toBeUndefined();
  });
  it('is flagged exactly when two or more rungs apart, and the same size either way round', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INVOLVEMENT_LEVELS), fc.constantFrom(...INVOLVEMENT_LEVELS), (a, b) => {
        const gap = involvementGap(a, b)!;
        expect(gap.rungs + involvementGap(b, a)!.rungs).toBe(0);
        expect(gap.flagged).toBe(Math.abs(INVOLVEMENT_LEVELS.indexOf(a) - INVOLVEMENT_LEVELS.indexOf(b)) >= 2);
      }),
    );
  });
});

describe('deadline: a due date moved openly', () => {
  // Due 30 June 2025; moved to 30 September (agreed 1 May), then to 31 December (agreed 15 September).
  // 30 June to 30 September: 31 + 31 + 30 = 92 days; 30 September to 31 December: 31 + 30 + 31 = 92 days.
  const commitment = {
    made: '2025-01-10',
    due: '2025-06-30',
    dueChanges: [
      { due: '2025-12-31', reason: 'Staff shortage', agreed: '2025-09-15', meeting: 'board-sept' },
      { due: '2025-09-30', reason: 'Building work', agreed: '2025-05-01' },
    ],
  };
  const d = deadline(commitment);

  it('lists every move in the order agreed, with the days each added', () => {
    expect(d.moves).toEqual([
      { from: '2025-06-30', to: '2025-09-30', reason: 'Building work', agreed: '2025-05-01', days: 92 },
      {
        from: '2025-09-30',
        to: '2025-12-31',
        reason: 'Staff shortage',
        agreed: '2025-09-15',
        meeting: 'board-sept',
        days: 92,
      },
    ]);
    expect(d).toMatchObject({ original: '2025-06-30', due: '2025-12-31', daysAdded: 184 });
  });
  it('judges overdue against the latest agreed date, not the first', () => {
    const atRisk = [u('x', '2025-08-01', 'at-risk')];
    // On 1 December 2025 the first date is 154 days gone, but the agreed one is still to come.
    expect(commitmentState({ made: commitment.made, due: d.due }, atRisk, '2025-12-01').overdue).toBeNull();
    // On 15 January 2026: 15 days past 31 December (against the first date it would be 199).
    expect(commitmentState({ made: commitment.made, due: d.due }, atRisk, '2026-01-15').overdue).toBe(15);
    expect(commitmentState({ made: commitment.made, due: commitment.due }, atRisk, '2026-01-15').overdue).toBe(199);
  });
  it('keeps a commitment without moves as it was', () => {
    expect(deadline({ due: '2025-06-30' })).toEqual({
      original: '2025-06-30',
      due: '2025-06-30',
      moves: [],
      daysAdded: 0,
    });
    expect(deadline({})).toEqual({ moves: [], daysAdded: 0 });
  });
  it('sets a date where none was set, adding no days, and counts a move forward as days taken away', () => {
    const set = deadline({ dueChanges: [{ due: '2025-10-01', reason: 'r', agreed: '2025-02-01' }] });
    expect(set.moves).toEqual([{ to: '2025-10-01', reason: 'r', agreed: '2025-02-01' }]);
    expect(set).toMatchObject({ due: '2025-10-01', daysAdded: 0 });
    // 1 October back to 1 September: 30 days earlier.
    expect(
      deadline({ due: '2025-10-01', dueChanges: [{ due: '2025-09-01', reason: 'r', agreed: '2025-02-01' }] }).daysAdded,
    ).toBe(-30);
  });
  it('counts, for a scorecard, the commitments moved, the moves and the days added', () => {
    expect(
      deadlineCounts([
        d,
        deadline({ due: '2025-06-30' }),
        deadline({ due: '2025-01-01', dueChanges: [{ due: '2025-01-11', reason: 'r', agreed: '2024-12-01' }] }),
      ]),
    ).toEqual({
      moved: 2,
      moves: 3,
      daysAdded: 194,
    });
  });
});

describe('a check-in’s snapshot', () => {
  // Check-ins on 1 June 2025 and 1 June 2026; built on 1 July 2026.
  //   A made 1 Jan 2025: in progress 1 Mar 2025, delivered 1 Nov 2025      -> then in progress / delivered, now delivered
  //   B made 1 Jan 2025: in progress 1 May 2025, at risk 1 Feb 2026, in progress 20 Jun 2026
  //                                                                       -> in progress / at risk, now in progress
  //   C made 1 Aug 2025, no update                                        -> not made / no update, now no update
  //   D made 1 Jan 2025: in progress 1 Feb 2025                           -> in progress / in progress
  const commitments = {
    A: {
      made: '2025-01-01',
      updates: [u('a1', '2025-03-01', 'in-progress'), u('a2', '2025-11-01', 'delivered')],
      now: 'delivered',
    },
    B: {
      made: '2025-01-01',
      updates: [
        u('b1', '2025-05-01', 'in-progress'),
        u('b2', '2026-02-01', 'at-risk'),
        u('b3', '2026-06-20', 'in-progress'),
      ],
      now: 'in-progress',
    },
    C: { made: '2025-08-01', updates: [], now: 'no-update' },
    D: { made: '2025-01-01', updates: [u('d1', '2025-02-01', 'in-progress')], now: 'in-progress' },
  } as const;
  const names = Object.keys(commitments) as (keyof typeof commitments)[];
  const read = (n: keyof typeof commitments) => commitments[n];

  it('says where each commitment stood on the day, from the updates up to that day', () => {
    expect(statusOn(commitments.B, commitments.B.updates, '2026-02-01')).toBe('at-risk');
    expect(statusOn(commitments.B, commitments.B.updates, '2026-01-31')).toBe('in-progress');
    expect(statusOn(commitments.C, [], '2025-07-31')).toBe('not-made');
    expect(statusOn(commitments.C, [], '2025-08-01')).toBe('no-update');
  });
  it('the first check-in: then and now, with nothing to compare with before it', () => {
    expect(snapshot(names, read, '2025-06-01', undefined)).toEqual([
      { commitment: 'A', then: 'in-progress', now: 'delivered' },
      { commitment: 'B', then: 'in-progress', now: 'in-progress' },
      { commitment: 'C', then: 'not-made', now: 'no-update' },
      { commitment: 'D', then: 'in-progress', now: 'in-progress' },
    ]);
  });
  it('the second: what each was at the first, and what changed since (1 at risk, 1 delivered, 1 new, 1 the same)', () => {
    const rows = snapshot(names, read, '2026-06-01', '2025-06-01');
    expect(rows.map((r) => [r.commitment, r.before, r.then, r.now])).toEqual([
      ['A', 'in-progress', 'delivered', 'delivered'],
      ['B', 'in-progress', 'at-risk', 'in-progress'],
      ['C', 'not-made', 'no-update', 'no-update'],
      ['D', 'in-progress', 'in-progress', 'in-progress'],
    ]);
    expect(changesSince(rows)).toEqual({
      reached: [
        { status: 'at-risk', count: 1 },
        { status: 'delivered', count: 1 },
      ],
      newlyMade: 1,
      unchanged: 1,
    });
  });
});

describe('invariants over generated commitments', () => {
  const day = fc
    .integer({ min: 0, max: 1500 })
    .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const status = fc.constantFrom(...UPDATE_STATUSES);
  const commitmentArb = fc.record({
    made: day,
    updates: fc.array(fc.record({ date: day, status }), { maxLength: 5 }),
  });

  it('counts every commitment made by a check-in exactly once: reached a status, new since, or the same', () => {
    fc.assert(
      fc.property(fc.array(commitmentArb, { maxLength: 8 }), day, day, (raw, a, b) => {
        const [previous, day2] = a < b ? [a, b] : [b, a];
        const commitments = raw.map((c, i) => ({
          made: c.made,
          updates: c.updates.map((u, j) => ({ id: `${i}-${j}`, ...u })),
          now: 'no-update' as const,
        }));
        const rows = snapshot(commitments, (c) => c, day2, previous);
        const changes = changesSince(rows);
        const made = commitments.filter((c) => c.made <= day2).length;
        const reached = changes.reached.reduce((n, r) => n + r.count, 0);
        expect(reached + changes.newlyMade + changes.unchanged).toBe(made);
      }),
    );
  });

  it('adds, over every move, exactly the days between the first due date and the last', () => {
    fc.assert(
      fc.property(day, fc.array(fc.record({ due: day, agreed: day }), { maxLength: 4 }), (due, moves) => {
        const d = deadline({ due, dueChanges: moves.map((m) => ({ ...m, reason: 'r' })) });
        const last = d.moves.at(-1)?.to ?? due;
        const span = Math.round((Date.parse(last) - Date.parse(due)) / 86_400_000);
        expect(d.daysAdded).toBe(span);
        expect(d.due).toBe(last);
      }),
    );
  });
});
