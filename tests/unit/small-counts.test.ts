// Counts of 1 to 4 people are withheld wherever they are published, and a total is withheld too
// when the numbers shown would let one be worked out. Checked against a reader who works out
// every count the report could stand for, however the meetings fall.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Group, Minutes } from '../../src/contract/index.ts';
import {
  involvementYear,
  peopleCount,
  grandTotalOfPeople,
  totalOfPeople,
  type PeopleCount,
} from '../../src/model/involvement.ts';
import { participantsWords, people } from '../../src/present/replies.ts';
import { minutesEntry } from '../../src/present/feeds.ts';
import { buildPortal } from '../../src/model/read-model.ts';
import { input, TODAY } from './small-partnership.ts';
import { catalogueCodes, en, messagesIn } from '../helpers/messages.ts';

describe('a total of counts of people, each shown on its own elsewhere', () => {
  const as = (c: PeopleCount) => (!c.withheld ? c.n : c.revealing ? 'protecting' : 'fewer than 5');
  it.each([
    [[20, 8], 28, 'no count in it is withheld'],
    [[20, 3], 'protecting', 'less 20 it would be the one withheld, 3'],
    [[20, 1, 1], 'protecting', 'less 20 it would be 2: each of two withheld counts is then 1'],
    [[20, 4, 4], 'protecting', 'less 20 it would be 8: each is then 4'],
    [[20, 1, 2], 23, 'less 20 it is 3: 1 and 2, or 2 and 1'],
    [[20, 3, 4], 27, 'less 20 it is 7: 3 and 4, or 4 and 3'],
    [[1, 1, 2], 'fewer than 5', 'three withheld counts making 3 or 4 could each be 1 or 2'],
    [[1, 1, 1, 1], 'protecting', '“fewer than 5” over four withheld counts says each is 1'],
    [[0, 0], 0, 'nobody is no one to recognise'],
  ])('%j is shown as %s: %s', (counts, expected, _why) => {
    expect(as(totalOfPeople(counts))).toBe(expected);
  });

  it.each([
    [[[20, 1, 2], [30]], 53, 'every group’s total is shown: the year adds nothing'],
    [[[20, 3], [6]], 'protecting', 'the first group’s 3 is only in the year’s total: less 26 it is 3'],
    [[[20, 1, 2], [3]], 'protecting', 'the second group’s “fewer than 5” is one meeting: the year less 23 is its 3'],
    [
      [[2, 2], [4]],
      'protecting',
      '8 in all, with each group “fewer than 5”: each group is then 4, so the second’s meeting is 4',
    ],
    [[[2, 1], [3]], 6, 'the groups’ 3 and 3 could be 2 and 4, 3 and 3 or 4 and 2'],
  ])('groups %j: the year is shown as %s, because %s', (groups, expected, _why) => {
    const shown = groups.map((counts) => totalOfPeople(counts));
    expect(as(grandTotalOfPeople(groups, shown))).toBe(expected);
  });

  it('a total of 1 to 4 says “fewer than 5”; one withheld to protect another says why', () => {
    const m = en;
    expect(people(m, totalOfPeople([2, 1]))).toBe('fewer than 5');
    expect(people(m, totalOfPeople([20, 3]))).toBe('not shown, so that a number under 5 cannot be worked out from it');
    expect(people(m, totalOfPeople([20, 3, 2]))).toBe('25');
    expect(people(m, totalOfPeople([0, 0]))).toBe('0');
  });
});

// ---- A reader working out what the report stands for ------------------------------------------

/** What a reader is told of a count: its number, that it is 1 to 4, or that it is not shown to protect another. */
type Shown = { exactly: number } | 'fewer than 5' | 'protecting';
const shown = (c: PeopleCount): Shown => (!c.withheld ? { exactly: c.n } : c.revealing ? 'protecting' : 'fewer than 5');
const fits = (n: number, s: Shown) => (s === 'fewer than 5' ? n >= 1 && n <= 4 : s === 'protecting' || n === s.exactly);

const group = (id: string) => ({ id, data: { name: id, kind: 'other', description: 'd' } as Group });

describe('the year’s involvement report, read by someone working out withheld counts', () => {
  // Up to three groups of up to three meetings each, each with 0 to 9 people with lived experience.
  const years = fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  });

  it('never lets a meeting’s count of 1 to 4 be worked out from what is shown', () => {
    fc.assert(
      fc.property(years, (lived) => {
        const groups = lived.map((_, i) => group(`g${i}`));
        const minutes = lived.flatMap((counts, gi) =>
          counts.map((n, mi) => ({
            id: `m${gi}-${mi}`,
            data: {
              title: 't',
              date: `2026-0${mi + 1}-01`,
              group: `g${gi}`,
              attendance: { total: 9, livedExperience: n },
            } as Minutes,
            group: groups[gi]!,
          })),
        );
        const year = involvementYear({ groups, minutes, inputs: [], commitments: [] }, '2026', '2026-12-03');
        // What the pages show: each meeting's count (minutes), each group's total and the year's.
        const meetingShown = lived.map((counts) => counts.map((n) => shown(peopleCount(n))));
        const groupShown = year.groups.map((g) => shown(g.livedExperience));
        const yearShown = shown(year.livedExperience);
        // Every way the withheld meetings could be filled in (each 1 to 4) that agrees with all of it.
        const hidden = meetingShown.flatMap((row, gi) =>
          row.flatMap((s, mi) => (s === 'fewer than 5' ? [[gi, mi] as const] : [])),
        );
        const possible = hidden.map(() => new Set<number>());
        const guess = lived.map((row) => [...row]);
        const tryAll = (k: number): void => {
          if (k === hidden.length) {
            const totals = guess.map((row) => row.reduce((a, b) => a + b, 0));
            if (!totals.every((t, gi) => fits(t, groupShown[gi]!))) return;
            if (
              !fits(
                totals.reduce((a, b) => a + b, 0),
                yearShown,
              )
            )
              return;
            hidden.forEach(([gi, mi], i) => possible[i]!.add(guess[gi]![mi]!));
            return;
          }
          const [gi, mi] = hidden[k]!;
          for (let n = 1; n <= 4; n++) {
            guess[gi]![mi] = n;
            tryAll(k + 1);
          }
        };
        tryAll(0);
        // The true counts always fit; and no withheld count is left with only one value it could be.
        hidden.forEach(([gi, mi], i) => {
          expect(possible[i]!.has(lived[gi]![mi]!)).toBe(true);
          expect(possible[i]!.size).toBeGreaterThan(1);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('the people who took part in one review', () => {
  it('are “fewer than 5” for 1 to 4, on its page and beside its finding', () => {
    expect([3, 4, 5, 12].map((n) => participantsWords(en, 'reviews', n))).toEqual([
      'Fewer than 5 people with lived experience',
      'Fewer than 5 people with lived experience',
      '5 people with lived experience',
      '12 people with lived experience',
    ]);
    expect(participantsWords(en, 'verdict', 1)).toBe('Fewer than 5 people with lived experience took part.');
    expect(participantsWords(en, 'verdict', 0)).toBe('0 people with lived experience took part.');
  });

  it.each(catalogueCodes())('are never given as a number from 1 to 4 in %s', (lang) => {
    const m = messagesIn(lang);
    for (const n of [1, 2, 3, 4])
      for (const form of ['reviews', 'verdict'] as const) expect(participantsWords(m, form, n)).not.toMatch(/[1-4]/u);
  });
});

describe('a meeting of 1 to 4 people in the feeds', () => {
  it('says fewer than 5 people came, never how many', () => {
    const few = structuredClone(input);
    few.minutes[0]!.data.attendance = { total: 3 };
    const [meeting] = buildPortal(few, TODAY).minutes;
    const { summary } = minutesEntry(en, meeting!, TODAY);
    expect(summary).toContain('fewer than 5 people came;');
    expect(summary).not.toMatch(/\b3\b/u);
    const [twelve] = buildPortal(input, TODAY).minutes;
    expect(minutesEntry(en, twelve!, TODAY).summary).toContain('12 people came;');
  });
});
