import { describe, expect, it } from 'vitest';
import {
  finalSince,
  commitmentState,
  deriveStatus,
  isFinal,
  latestUpdate,
  overdueDays,
  staleDays,
  type UpdateLike,
} from '../../src/model/status.ts';

describe('deriveStatus', () => {
  it('is "no-update" when a commitment has no update', () => {
    expect(deriveStatus([])).toBe('no-update');
  });
  it('takes the latest update by date, not by file name', () => {
    const updates: UpdateLike[] = [
      { id: 'a-written-last', date: '2025-06-01', status: 'delivered' },
      { id: 'z-written-first', date: '2025-01-10', status: 'in-progress' },
      { id: 'm-middle', date: '2025-03-05', status: 'at-risk' },
    ];
    expect(deriveStatus(updates)).toBe('delivered');
    expect(deriveStatus([...updates].reverse())).toBe('delivered');
  });
  it('can go back from a final status when a later update says so', () => {
    expect(
      deriveStatus([
        { id: 'one', date: '2025-02-01', status: 'delivered' },
        { id: 'two', date: '2025-05-01', status: 'in-progress' },
      ]),
    ).toBe('in-progress');
  });
});

describe('latestUpdate', () => {
  it('breaks a tie on the same day by id, so the choice never depends on the order files are read', () => {
    const a = { id: 'a', date: '2025-02-01', status: 'in-progress' as const };
    const b = { id: 'b', date: '2025-02-01', status: 'in-progress' as const };
    expect(latestUpdate([a, b])).toBe(b);
    expect(latestUpdate([b, a])).toBe(b);
  });
});

describe('isFinal', () => {
  it('treats delivered, partly delivered, not delivered and withdrawn as final', () => {
    expect(['delivered', 'partly-delivered', 'not-delivered', 'withdrawn'].every((s) => isFinal(s as never))).toBe(
      true,
    );
  });
  it('treats the others as still open', () => {
    expect(['no-update', 'not-started', 'in-progress', 'at-risk'].some((s) => isFinal(s as never))).toBe(false);
  });
});

describe('overdueDays', () => {
  it('counts the days since the due date passed', () => {
    expect(overdueDays('2025-03-31', 'in-progress', '2025-04-10')).toBe(10);
  });
  it('is not overdue on the due date itself', () => {
    expect(overdueDays('2025-03-31', 'in-progress', '2025-03-31')).toBeNull();
  });
  it('is not overdue once the commitment is final', () => {
    expect(overdueDays('2025-03-31', 'not-delivered', '2025-06-01')).toBeNull();
  });
  it('is not overdue without a due date', () => {
    expect(overdueDays(undefined, 'at-risk', '2030-01-01')).toBeNull();
  });
  it('can be overdue with no update at all', () => {
    expect(overdueDays('2025-01-01', 'no-update', '2025-02-01')).toBe(31);
  });
});

describe('staleDays', () => {
  it('is not stale at exactly six months', () => {
    expect(staleDays('2025-01-31', undefined, 'no-update', '2025-07-31')).toBeNull();
  });
  it('is stale the day after six months, counted from the day it was made when there is no update', () => {
    // 31 January to 1 August 2025: 28 + 31 + 30 + 31 + 30 + 31 + 1 = 182 days.
    expect(staleDays('2025-01-31', undefined, 'no-update', '2025-08-01')).toBe(182);
  });
  it('counts from the last update when there is one', () => {
    // 1 May 2024 to 15 January 2025: 245 days to 1 January, then 14.
    expect(staleDays('2024-02-01', '2024-05-01', 'in-progress', '2025-01-15')).toBe(259);
  });
  it('is never stale once final', () => {
    expect(staleDays('2020-01-01', '2020-02-01', 'delivered', '2025-01-01')).toBeNull();
  });
});

describe('commitmentState', () => {
  it('puts status, flags and progress together as of one day', () => {
    const state = commitmentState(
      { made: '2024-02-01', due: '2024-12-31' },
      [
        { id: 'u1', date: '2024-03-01', status: 'in-progress', progress: 30 },
        { id: 'u2', date: '2024-05-01', status: 'at-risk' },
      ],
      '2025-01-15',
    );
    expect(state).toEqual({ status: 'at-risk', lastUpdate: '2024-05-01', progress: 30, overdue: 15, stale: 259 });
  });
  it('says so plainly when there is nothing yet', () => {
    expect(commitmentState({ made: '2025-01-01' }, [], '2025-02-01')).toEqual({
      status: 'no-update',
      lastUpdate: undefined,
      progress: undefined,
      overdue: null,
      stale: null,
    });
  });
});

describe('finalSince: the day a commitment reached the final status it has now', () => {
  const u = (id: string, date: string, status: UpdateLike['status']): UpdateLike => ({ id, date, status });
  it('is the first of the run of delivered updates it ends with, not a later update saying so again', () => {
    expect(
      finalSince([
        u('a', '2025-09-01', 'in-progress'),
        u('c', '2026-01-26', 'delivered'),
        u('b', '2026-01-12', 'delivered'),
      ]),
    ).toBe('2026-01-12');
  });
  it('counts only the last run: delivered, taken up again, delivered again', () => {
    expect(
      finalSince([
        u('a', '2025-06-01', 'delivered'),
        u('b', '2025-07-01', 'in-progress'),
        u('c', '2025-09-01', 'delivered'),
      ]),
    ).toBe('2025-09-01');
  });
  it('is the day it was reported partly delivered, not delivered or withdrawn', () => {
    expect(finalSince([u('a', '2025-08-15', 'at-risk'), u('b', '2025-10-03', 'partly-delivered')])).toBe('2025-10-03');
    expect(finalSince([u('a', '2025-08-15', 'delivered'), u('b', '2025-10-03', 'withdrawn')])).toBe('2025-10-03');
  });
  it('is undefined while the status is not final, or there is no update', () => {
    expect(finalSince([u('a', '2025-06-01', 'delivered'), u('b', '2025-07-01', 'at-risk')])).toBeUndefined();
    expect(finalSince([])).toBeUndefined();
  });
});
