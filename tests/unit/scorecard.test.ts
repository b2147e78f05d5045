// A partner's scorecard adds up: every status has a count, and the counts make the number made.
import { describe, expect, it } from 'vitest';
import { scorecard } from '../../src/model/counts.ts';
import { COMMITMENT_STATUSES, type CommitmentState } from '../../src/model/status.ts';
import { examplePortal } from './example-portal.ts';

const state = (status: CommitmentState['status'], overdue: number | null = null): CommitmentState => ({
  status,
  overdue,
  stale: null,
});

describe('scorecard', () => {
  // By hand: one delivered, one not delivered (closed, so never overdue), one in progress and 10
  // days overdue, one with no update: four made, and each status counted once.
  const card = scorecard([state('delivered'), state('not-delivered'), state('in-progress', 10), state('no-update')]);

  it('lists every status once, in the site’s order, with its count', () => {
    expect(card.statuses.map((s) => s.status)).toEqual([...COMMITMENT_STATUSES]);
    expect(Object.fromEntries(card.statuses.map((s) => [s.status, s.count]))).toEqual({
      'no-update': 1,
      'not-started': 0,
      'in-progress': 1,
      'at-risk': 0,
      delivered: 1,
      'partly-delivered': 0,
      'not-delivered': 1,
      withdrawn: 0,
    });
  });
  it('has status counts that add up to the commitments made', () => {
    expect(card.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(card.made);
    expect(card.made).toBe(4);
  });
});

describe('every partner in the example partnership', () => {
  const portal = examplePortal('2026-11-24');
  it.each(portal.partners.map((p) => [p.data.name, p] as const))('%s: status counts add up to made', (_, p) => {
    expect(p.scorecard.statuses.map((s) => s.status)).toEqual([...COMMITMENT_STATUSES]);
    expect(p.scorecard.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(p.scorecard.made);
    expect(p.scorecard.made).toBe(p.commitments.count);
  });
  it('and over the whole partnership too', () => {
    const total = portal.totals.commitments;
    expect(total.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(portal.commitments.length);
  });
});
