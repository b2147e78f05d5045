import { describe, expect, it } from 'vitest';
import { countByStatus, scorecard } from '../../src/model/counts.ts';
import type { CommitmentState } from '../../src/model/status.ts';

const state = (over: Partial<CommitmentState>): CommitmentState => ({
  status: 'in-progress',
  overdue: null,
  stale: null,
  ...over,
});

// A partner with five commitments, worked out by hand:
// delivered (last update 2025-04-02), in progress and overdue by 3 days (2025-05-20),
// in progress and stale (2024-09-01), at risk, overdue and stale (2024-10-10), and one with no update yet.
const partnerStates = [
  state({ status: 'delivered', lastUpdate: '2025-04-02' }),
  state({ status: 'in-progress', lastUpdate: '2025-05-20', overdue: 3 }),
  state({ status: 'in-progress', lastUpdate: '2024-09-01', stale: 250 }),
  state({ status: 'at-risk', lastUpdate: '2024-10-10', overdue: 40, stale: 211 }),
  state({ status: 'no-update', stale: 300 }),
];

describe('countByStatus', () => {
  it('counts every status, with zero where there are none', () => {
    expect(countByStatus(partnerStates)).toEqual({
      'no-update': 1,
      'not-started': 0,
      'in-progress': 2,
      'at-risk': 1,
      delivered: 1,
      'partly-delivered': 0,
      'not-delivered': 0,
      withdrawn: 0,
    });
  });
});

describe('scorecard', () => {
  it('gives a partner’s record in numbers', () => {
    const card = scorecard(partnerStates);
    expect(card).toMatchObject({
      made: 5,
      delivered: 1,
      inProgress: 2,
      atRisk: 1,
      overdue: 2,
      stale: 3,
      lastUpdate: '2025-05-20',
    });
  });
  it('has no last update for a partner that has reported nothing', () => {
    expect(scorecard([state({ status: 'no-update' })]).lastUpdate).toBeUndefined();
  });
  it('is all zeros for a partner with no commitments', () => {
    expect(scorecard([])).toMatchObject({ made: 0, delivered: 0, overdue: 0, stale: 0, lastUpdate: undefined });
  });
});
