import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Group, Input, Minutes } from '../../src/contract/index.ts';
import { involvementYear, peopleCount } from '../../src/model/involvement.ts';
import { levelsOf } from '../../src/model/levels.ts';
import { minutesRecord } from '../../src/model/minutes-record.ts';
import { median, replyBands, replyClock, replyFigures } from '../../src/model/replies.ts';
import {
  addWorkingDays,
  easterSunday,
  englandAndWalesBankHolidays,
  holidaysFor,
  workingDaysBetween,
} from '../../src/model/working-days.ts';

const H = holidaysFor();

describe('working days', () => {
  it('skips a weekend: Friday 14 Nov 2025 to Monday 17 Nov is 1 working day', () => {
    expect(workingDaysBetween('2025-11-14', '2025-11-17', H)).toBe(1);
  });
  it('skips Christmas, Boxing Day and the weekend: Wed 24 Dec 2025 to Fri 2 Jan 2026', () => {
    // 25, 26 Dec bank holidays; 27, 28 weekend; 29, 30, 31 Dec working; 1 Jan bank holiday; 2 Jan working.
    expect(workingDaysBetween('2025-12-24', '2026-01-02', H)).toBe(4);
  });
  it('skips Easter 2026: Thu 2 Apr to Tue 7 Apr is 1 working day (Good Friday, weekend, Easter Monday)', () => {
    expect(workingDaysBetween('2026-04-02', '2026-04-07', H)).toBe(1);
  });
  it('counts a partnership’s own bank holidays from site.yaml', () => {
    // Wednesday 12 July 2028, a bank holiday in Northern Ireland only.
    expect(workingDaysBetween('2028-07-11', '2028-07-13', holidaysFor(['2028-07-12']))).toBe(1);
    expect(workingDaysBetween('2028-07-11', '2028-07-13', H)).toBe(2);
  });
  it('counts only its own days for a partnership outside England and Wales', () => {
    // Christmas 2026 is a Friday, so Monday 28 December is Boxing Day's bank holiday in England.
    expect(workingDaysBetween('2026-12-24', '2026-12-29', H)).toBe(1);
    const poland = holidaysFor(['2026-12-25', '2026-12-26'], false);
    expect(workingDaysBetween('2026-12-24', '2026-12-29', poland)).toBe(2);
  });
});

describe('the bank holidays of England and Wales', () => {
  // As GOV.UK lists them (gov.uk/bank-holidays), copied by hand: the days in lieu at a weekend,
  // the jubilee, the state funeral and the coronation among them.
  const GOV_UK: Record<number, string[]> = {
    // The Golden Jubilee: the spring bank holiday moved to Tuesday 4 June, and Monday 3 June added.
    2002: ['01-01', '03-29', '04-01', '05-06', '06-03', '06-04', '08-26', '12-25', '12-26'],
    2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
    2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
    2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  };
  it.each(Object.entries(GOV_UK))('are worked out for %s as GOV.UK lists them', (year, days) => {
    expect(englandAndWalesBankHolidays(Number(year))).toEqual(days.map((d) => `${year}-${d}`));
  });
  it('keep counting after the years listed: 2028 worked out by hand', () => {
    // New Year's Day is a Saturday (Monday 3rd instead); Easter Sunday is 16 April.
    expect(englandAndWalesBankHolidays(2028)).toEqual([
      '2028-01-03',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ]);
    expect(H.has('2028-01-03')).toBe(true);
    expect(H.has('2099-12-25')).toBe(true);
  });
  it('find Easter on the days the church calendar gives', () => {
    expect(['2000', '2019', '2024', '2038', '2285'].map((y) => easterSunday(Number(y)))).toEqual([
      '2000-04-23',
      '2019-04-21',
      '2024-03-31',
      '2038-04-25',
      '2285-03-22',
    ]);
  });
  it('are eight or more weekdays in every year, none at a weekend', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        const days = englandAndWalesBankHolidays(year);
        const weekdays = days.map((d) => new Date(`${d}T00:00:00Z`).getUTCDay());
        return days.length >= 8 && new Set(days).size === days.length && weekdays.every((w) => w >= 1 && w <= 5);
      }),
    );
  });
  it('finds the last day of a 20-working-day promise across the May bank holiday', () => {
    // From Fri 1 May 2026: May 4 is a bank holiday, so 20 working days end on Mon 1 June... worked by hand:
    // 5-8 (4), 11-15 (5), 18-22 (5), 26-29 (4, 25th bank holiday) = 18, 1-2 June = 20.
    expect(addWorkingDays('2026-05-01', 20, H)).toBe('2026-06-02');
  });
  it('adding n working days then counting them gives n back, for any start and n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const start = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
        expect(workingDaysBetween(start, addWorkingDays(start, n, H), H)).toBe(n);
      }),
    );
  });
});

const input = (received: string, outcome: Input['outcome'], responded?: string): Input => ({
  ref: 'AB-2026-1',
  received,
  source: 'Forum',
  themes: ['t'],
  said: 's',
  outcome,
  response: outcome === 'awaiting-response' ? undefined : 'r',
  responded,
});

describe('the response clock', () => {
  it('counts an input waiting since 20 Oct 2026 as 32 working days on 3 Dec, 12 past the 20 promised', () => {
    // 21-23 Oct (3), then four full weeks (20), 23-27 Nov (5), 30 Nov-3 Dec (4) = 32.
    expect(replyClock(input('2026-10-20', 'awaiting-response'), '2026-12-03', 20, H)).toEqual({
      state: 'waiting',
      workingDays: 32,
      standard: 20,
      due: '2026-11-17',
      pastBy: 12,
    });
  });
  it('does not flag an input on the last day of the promise', () => {
    // 5 Nov to 3 Dec 2026: 6 Nov (1), 9-27 Nov (15), 30 Nov-3 Dec (4) = 20.
    const clock = replyClock(input('2026-11-05', 'awaiting-response'), '2026-12-03', 20, H);
    expect(clock).toMatchObject({ workingDays: 20, pastBy: null, due: '2026-12-03' });
  });
  it('says how long an answer took and how late it was', () => {
    // 5 Nov 2025 to 29 Dec 2025: 6-7 Nov (2), 10 Nov-19 Dec (30), 22-24 Dec (3), 29 Dec (1) = 36.
    expect(replyClock(input('2025-11-05', 'considering', '2025-12-29'), '2026-12-03', 20, H)).toEqual({
      state: 'answered',
      workingDays: 36,
      standard: 20,
      on: '2025-12-29',
      late: 16,
    });
  });
  it('says it does not know when an answer without a date was given', () => {
    expect(replyClock(input('2025-11-05', 'acted-on'), '2026-12-03', 20, H)).toEqual({
      state: 'unrecorded',
      standard: 20,
    });
  });
});

describe('median', () => {
  it('is the middle value, the mean of the two middle values, or nothing', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 7])).toBe(5.5);
    expect(median([])).toBeNull();
  });
  it('has as many values at or below it as at or above it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), (xs) => {
        const m = median(xs)!;
        expect(xs.filter((x) => x <= m).length).toBeGreaterThanOrEqual(xs.length / 2);
        expect(xs.filter((x) => x >= m).length).toBeGreaterThanOrEqual(xs.length / 2);
      }),
    );
  });
});

describe('reply figures and bands', () => {
  const clocks = [
    replyClock(input('2026-10-20', 'awaiting-response'), '2026-12-03', 20, H), // waiting 32, past
    replyClock(input('2026-11-05', 'awaiting-response'), '2026-12-03', 20, H), // waiting 20
    replyClock(input('2025-11-05', 'considering', '2025-12-29'), '2026-12-03', 20, H), // 36, late
    replyClock(input('2025-11-14', 'acted-on', '2025-11-17'), '2026-12-03', 20, H), // 1
    replyClock(input('2025-11-14', 'acted-on'), '2026-12-03', 20, H), // unrecorded
  ];
  it('counts answered, on time, late, unknown and waiting, with the median of those answered', () => {
    expect(replyFigures(clocks)).toEqual({
      received: 5,
      answered: 2,
      onTime: 1,
      late: 1,
      unrecorded: 1,
      waiting: 2,
      waitingPast: 1,
      median: 18.5,
    });
  });
  it('puts each in its band', () => {
    expect(replyBands(clocks).map((b) => [b.answered, b.waiting])).toEqual([
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
      [0, 0],
    ]);
  });
});

const m = (id: string, date: string, group: string, total: number, lived?: number, extra: Partial<Minutes> = {}) => ({
  id,
  data: { title: id, date, group, attendance: { total, livedExperience: lived }, ...extra } as Minutes,
});

describe('minutes as a record', () => {
  it('is agreed where it says so, a draft where others say so, and unknown where none do', () => {
    const agreed = m('a', '2026-01-01', 'g', 9, undefined, { agreed: { date: '2026-02-01', meeting: 'b' } }).data;
    expect(minutesRecord(agreed, true, (id) => id.toUpperCase())).toEqual({
      state: 'agreed',
      date: '2026-02-01',
      meeting: 'B',
    });
    expect(minutesRecord(m('b', '2026-02-01', 'g', 9).data, true, () => undefined)).toEqual({ state: 'draft' });
    expect(minutesRecord(m('b', '2026-02-01', 'g', 9).data, false, () => undefined)).toEqual({
      state: 'not-recorded',
    });
  });
});

const g = (id: string, reportsTo?: string) => ({
  id,
  data: { name: id, kind: 'other', description: 'd', reportsTo } as Group,
});

describe('levels of representation', () => {
  it('runs from the forum up to the board, with a group reporting to none apart', () => {
    const forum = g('forum', 'wg');
    const wg = g('wg', 'board');
    const board = g('board');
    const club = g('club');
    const second = g('second-forum', 'wg');
    expect(levelsOf([board, club, wg, forum, second])).toEqual({
      levels: [[forum, second], [wg], [board]],
      apart: [club],
    });
  });
});

describe('the year’s involvement report', () => {
  const forum = g('forum');
  const board = g('board');
  const minutes = [
    {
      ...m('f1', '2026-03-01', 'forum', 30, 20, { actions: [{ id: 'A', action: 'a', owner: 'o', status: 'done' }] }),
      group: forum,
    },
    { ...m('f2', '2026-06-01', 'forum', 12, undefined), group: forum },
    {
      ...m('b1', '2026-04-01', 'board', 4, 3, { attendance: { total: 4, livedExperience: 3, roles: ['Director'] } }),
      group: board,
    },
    { ...m('old', '2025-12-01', 'board', 8, 8), group: board },
  ];
  const year = involvementYear({ groups: [forum, board], minutes, inputs: [], commitments: [] }, '2026', '2026-12-03');
  it('adds up meetings and attendance per group, withholding a group’s total under 5', () => {
    expect(
      year.groups.map((y) => [y.group.id, y.meetings, y.attendance, y.livedExperience, y.livedUnrecorded]),
    ).toEqual([
      ['forum', 2, { n: 42, withheld: false }, { n: 20, withheld: false }, 1],
      ['board', 1, { n: 4, withheld: true }, { n: 3, withheld: true }, 0],
    ]);
  });
  it('gives a year’s total with a withheld count in it as the least and the most it can be, and no share', () => {
    // The forum's 20 shown and the board's 3 withheld ("fewer than 5"): 21 to 24, never 23, which
    // less the forum's 20 would be the board's 3.
    expect(year.livedExperience).toEqual({ n: 23, withheld: true, between: [21, 24] });
    // 42 shown and the board's 4 withheld: 43 to 46.
    expect(year.attendance).toEqual({ n: 46, withheld: true, between: [43, 46] });
    expect(year.livedShare).toBeNull();
  });
  it('gives the share with lived experience over the meetings that recorded it: 28 of 40 is 70%', () => {
    const shown = involvementYear(
      {
        groups: [forum, board],
        minutes: [minutes[0]!, minutes[1]!, { ...m('b2', '2026-05-01', 'board', 10, 8), group: board }, minutes[3]!],
        inputs: [],
        commitments: [],
      },
      '2026',
      '2026-12-03',
    );
    // f1 (30, 20) and b2 (10, 8) recorded it; f2 (12) did not.
    expect([shown.livedExperience, shown.livedOf, shown.livedShare]).toEqual([{ n: 28, withheld: false }, 40, 70]);
  });
  it('says the year is not over, and counts roles and the meetings that recorded none', () => {
    expect([year.to, year.complete]).toEqual(['2026-12-03', false]);
    // The board's Director came to a meeting of 4: fewer than 5, so its roles are left out.
    expect(year.roles).toEqual([]);
    expect(year.rolesWithheld).toBe(1);
    expect(year.rolesUnrecorded).toBe(2);
    expect(year.actions).toEqual({ agreed: 1, done: 1, dropped: 0, open: 0 });
  });
  it('withholds 1 to 4 people and shows 0 and 5', () => {
    expect([0, 1, 4, 5].map((n) => peopleCount(n).withheld)).toEqual([false, true, true, false]);
  });
});
