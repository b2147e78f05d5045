// /you-said/ lists the first 50 inputs waiting for a reply, longest waiting first, and links to
// pages of 100 holding every one of them, so the page stays the same size however many are waiting.
import { describe, expect, it } from 'vitest';
import { cutList, inputShortlistSize } from '../../src/model/lists.ts';
import { buildPortal, type PortalInput } from '../../src/model/read-model.ts';
import { en, messagesIn } from '../helpers/messages.ts';
import { routesUnder } from '../../src/present/routes.ts';
import { examplePortal } from './example-portal.ts';
import { input, TODAY } from './small-partnership.ts';

/** An input with no reply yet, about the small partnership's one topic. */
const waitingInput = (n: number, received: string): PortalInput['inputs'][number] => ({
  id: `wt-2025-${n}`,
  data: {
    ref: `WT-2025-${n}`,
    received,
    source: 'Survey',
    themes: ['crisis'],
    said: `Thing ${n}.`,
    outcome: 'awaiting-response',
    commitments: [],
  },
});

// Worked out by hand, on 1 April 2025: WT-2025-1 to WT-2025-130 all arrived on 3 March, so they
// have waited the same and go by their number (2 before 10); WT-2025-131 arrived on 3 February,
// so it has waited longest and comes first. 131 waiting: 50 on /you-said/, pages of 100, 100 and 31.
const many = [
  ...Array.from({ length: 130 }, (_, i) => waitingInput(i + 1, '2025-03-03')),
  waitingInput(131, '2025-02-03'),
];
const refs = (items: { data: { ref: string } }[]) => items.map((i) => i.data.ref);
const numbered = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `WT-2025-${from + i}`);

describe('the inputs waiting for a reply', () => {
  const { waiting } = buildPortal({ ...input, inputs: [...input.inputs, ...many] }, TODAY).replies;

  it('counts every one of them', () => {
    expect(waiting.all.count).toBe(131);
  });

  it('shows the 50 that have waited longest on /you-said/, the oldest first, then by number', () => {
    expect(refs(waiting.shown.items)).toEqual(['WT-2025-131', ...numbered(1, 49)]);
  });

  it('is cut short there, with every one of them on two pages: 100, then the other 31', () => {
    expect(waiting.cut).toBe(true);
    expect(waiting.pages.map((p) => refs(p.items))).toEqual([['WT-2025-131', ...numbered(1, 99)], numbered(100, 130)]);
    expect(waiting.pages.map((p) => [p.number, p.last, p.total, p.prev, p.next])).toEqual([
      [1, 2, 131, undefined, 2],
      [2, 2, 131, 1, undefined],
    ]);
  });

  it('has no pages of its own, and is not cut short, when /you-said/ can list them all', () => {
    const fifty = buildPortal({ ...input, inputs: many.slice(0, 50) }, TODAY).replies.waiting;
    expect(fifty.shown.count).toBe(50);
    expect(fifty.cut).toBe(false);
    expect(fifty.pages).toEqual([]);
    const none = buildPortal(input, TODAY).replies.waiting;
    expect([none.all.count, none.cut, none.pages]).toEqual([0, false, []]);
  });

  it('links to its pages in words, /you-said/waiting/ first, then /you-said/waiting/page/2/', () => {
    expect(en.t('youSaid.seeAllWaiting', { count: 131 })).toBe(
      'See all 131 things people told us that are waiting for a reply',
    );
    expect(en.t('youSaid.waitingCount', { count: 1 })).toBe(
      '1 thing people told us is waiting for a reply, longest waiting first.',
    );
    expect(en.t('youSaid.waitingPageTitle', { page: 2, last: 2 })).toBe('Waiting for a reply, page 2 of 2');
    expect(messagesIn('pl').t('youSaid.waitingCount', { count: 5 })).toBe(
      '5 spraw czeka na naszą odpowiedź; najdłużej czekające są pierwsze.',
    );
    const routes = routesUnder('/');
    expect([routes.waitingPage(), routes.waitingPage(2)]).toEqual(['/you-said/waiting/', '/you-said/waiting/page/2/']);
    expect(routesUnder('/', 'ar').waitingPage(2)).toBe('/ar/you-said/waiting/page/2/');
  });
});

describe('a list an overview shows the start of', () => {
  const letters = [...'abcdefg'];

  it('shows the first few and puts all of them on pages when there are more', () => {
    const list = cutList(letters, 3, 5);
    expect([list.shown.items, list.cut, list.all.count]).toEqual([['a', 'b', 'c'], true, 7]);
    expect(list.pages.map((p) => p.items)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['f', 'g'],
    ]);
  });

  it('shows all of them, with no pages, when there are no more than it shows', () => {
    expect(cutList(letters, 7, 5)).toEqual({
      all: { items: letters, count: 7 },
      shown: { items: letters, count: 7 },
      cut: false,
      pages: [],
    });
  });
});

describe('what people said, topic by topic, on /you-said/', () => {
  it('lists up to 10 under each topic, fewer when there are more than 12 topics, and none past 120', () => {
    expect(inputShortlistSize(1)).toBe(10);
    expect(inputShortlistSize(12)).toBe(10);
    expect(inputShortlistSize(13)).toBe(9); // 120 / 13 = 9.2
    expect(inputShortlistSize(30)).toBe(4);
    expect(inputShortlistSize(121)).toBe(0);
  });

  it('is as it was on the example site: up to 10 under each of its few topics', () => {
    const { lists } = examplePortal('2026-11-24');
    expect(lists.inputsByTheme.length).toBeLessThanOrEqual(12);
    for (const { theme, shown, cut } of lists.inputsByTheme) {
      expect(shown.items).toEqual(theme.inputs.items.slice(0, 10));
      expect(cut).toBe(theme.inputs.count > 10);
    }
  });
});
