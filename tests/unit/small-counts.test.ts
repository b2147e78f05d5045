// Counts of 1 to 4 people are withheld wherever they are published, and a total with one in it is
// given as the least and the most it can be. Checked against a reader who works out every count
// the report could stand for, however the meetings fall.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Group, Minutes } from '../../src/contract/index.ts';
import { involvementYear, peopleCount, totalOfPeople, type PeopleCount } from '../../src/model/involvement.ts';
import { participantsWords, people, unknowns } from '../../src/present/replies.ts';
import { minutesEntry } from '../../src/present/feeds.ts';
import { buildPortal } from '../../src/model/read-model.ts';
import { input, TODAY } from './small-partnership.ts';
import { catalogueCodes, en, messagesIn } from '../helpers/messages.ts';

describe('a total of counts of people, each shown on its own elsewhere', () => {
  it.each([
    [[20, 8], '28', 'no count in it is withheld'],
    [[20, 3], '21 to 24', 'the 3 is withheld: 20 and 1 to 4'],
    [[20, 1, 1], '22 to 28', 'two withheld counts: 20 and 2 to 8'],
    [[20, 4, 4], '22 to 28', 'the same as two of 1: the total never depends on what a withheld count is'],
    [[1, 1, 2], '3 to 12', 'three withheld counts'],
    [[3], 'fewer than 5', 'one withheld count alone is 1 to 4'],
    [[3, 0], 'fewer than 5', 'a meeting of nobody adds nothing'],
    [[0, 0], '0', 'nobody is no one to recognise'],
  ])('%j is shown as “%s”: %s', (counts, expected, _why) => {
    expect(people(en, totalOfPeople(counts))).toBe(expected);
  });

  it('is the same whatever the withheld counts in it are, so no build and no pair of builds can tell them', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 });
    fc.assert(
      fc.property(counts, fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }), (ns, other) => {
        const swapped = ns.map((n, i) => (peopleCount(n).withheld ? other[i]! : n));
        expect(people(en, totalOfPeople(swapped))).toBe(people(en, totalOfPeople(ns)));
      }),
    );
  });
});

// ---- A reader working out what the report stands for ------------------------------------------

/** What a reader is told of a count: its number, or the least and the most it can be ("fewer than 5": 1 to 4). */
const shown = (c: PeopleCount): [number, number] => (!c.withheld ? [c.n, c.n] : (c.between ?? [1, 4]));
const fits = (n: number, [least, most]: [number, number]) => n >= least && n <= most;

const group = (id: string) => ({ id, data: { name: id, kind: 'other', description: 'd' } as Group });

describe('the year’s involvement report, read by someone working out withheld counts', () => {
  // Up to three groups of up to three meetings each, each with 0 to 9 people with lived experience.
  const years = fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  });

  it('leaves every meeting’s count of 1 to 4 as unknown as “fewer than 5” says it is', () => {
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
        const meetingShown = lived.map((counts) => counts.map((n) => peopleCount(n)));
        const groupShown = year.groups.map((g) => shown(g.livedExperience));
        const yearShown = shown(year.livedExperience);
        // Every way the withheld meetings could be filled in (each 1 to 4) that agrees with all of it.
        const hidden = meetingShown.flatMap((row, gi) =>
          row.flatMap((c, mi) => (c.withheld ? [[gi, mi] as const] : [])),
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
        // The true counts always fit, and every withheld count could still be any of 1 to 4.
        hidden.forEach((_, i) => expect([...possible[i]!].sort()).toEqual([1, 2, 3, 4]));
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

describe('the roles at a meeting of fewer than 5 people', () => {
  it('are left out of the year’s roles, and the report says so', () => {
    const forum = group('forum');
    const meeting = (id: string, total: number, roles: string[]) => ({
      id,
      data: { title: id, date: '2026-03-01', group: 'forum', attendance: { total, roles } } as Minutes,
      group: forum,
    });
    const year = involvementYear(
      {
        groups: [forum],
        minutes: [meeting('a', 12, ['Chair', 'Director']), meeting('b', 3, ['Chair', 'Councillor'])],
        inputs: [],
        commitments: [],
      },
      '2026',
      '2026-12-03',
    );
    expect(year.roles.map((r) => [r.role, r.meetings])).toEqual([
      ['Chair', 1],
      ['Director', 1],
    ]);
    expect(unknowns(en, year)).toContain(
      'The roles at 1 meeting of fewer than 5 people are left out, so that no one can be recognised.',
    );
  });
});
