// Each way of listing the commitments holds every commitment exactly once, and no list page grows
// with the number of commitments.
import { describe, expect, it } from 'vitest';
import { shortlist, shortlistSize } from '../../src/model/lists.ts';
import type { CommitmentView } from '../../src/model/read-model.ts';
import { examplePortal, generatedPortal } from './example-portal.ts';

describe('the groupings of the commitments', () => {
  const portal = examplePortal('2026-11-24');
  const ids = portal.commitments.map((c) => c.id).sort();
  const listed = (groups: { commitments: { items: { id: string }[] } }[]) =>
    groups.flatMap((g) => g.commitments.items.map((c) => c.id)).sort();

  it('by status holds every commitment once', () => {
    expect(listed(portal.lists.commitmentsByStatus)).toEqual(ids);
  });
  it('by partner holds every commitment once', () => {
    expect(listed(portal.lists.commitmentsByPartner)).toEqual(ids);
  });
  it('by aim holds every commitment once, under the first aim it names', () => {
    expect(listed(portal.lists.commitmentsByAim)).toEqual(ids);
    for (const g of portal.lists.commitmentsByAim) {
      for (const c of g.commitments.items) expect(c.data.aims[0]).toBe(g.key.id);
    }
    expect(portal.commitments.some((c) => c.data.aims.length > 1)).toBe(true);
  });
});

describe('a list page stays the same size however many commitments there are', () => {
  // Stand-ins: the shortlist only counts and slices, so any objects will do.
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }) as unknown as CommitmentView);

  it('lists up to 10 under each heading, fewer when there are more than 12 headings, and none past 120', () => {
    expect(shortlistSize(1)).toBe(10);
    expect(shortlistSize(12)).toBe(10);
    expect(shortlistSize(13)).toBe(9); // 120 / 13 = 9.2
    expect(shortlistSize(50)).toBe(2);
    expect(shortlistSize(120)).toBe(1);
    expect(shortlistSize(121)).toBe(0);
  });

  it('keeps every commitment of a heading on its own pages of 100, in order, the last page holding the rest', () => {
    const list = shortlist(many(250));
    expect(list.shown.items.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
    expect(list.pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(list.pages.flatMap((p) => p.items)).toEqual(list.commitments.items);
    expect(list.pages.map((p) => [p.number, p.last, p.prev, p.next])).toEqual([
      [1, 3, undefined, 2],
      [2, 3, 1, 3],
      [3, 3, 2, undefined],
    ]);
  });

  it('shows everything, and is not cut short, when a heading has no more than its shortlist', () => {
    const list = shortlist(many(4));
    expect(list.shown.count).toBe(4);
    expect(list.cut).toBe(false);
    expect(shortlist(many(10)).cut).toBe(false);
    expect(shortlist(many(11)).cut).toBe(true);
  });

  it('gives pages of their own only to the headings an overview cuts short', () => {
    const { shortlistPages, commitmentsByStatus, commitmentsByPartner } = generatedPortal(3000, 5).lists;
    expect(shortlistPages.status).toEqual(commitmentsByStatus.filter((g) => g.commitments.count > 10));
    // 15 partners: 120 / 15 = 8 under each.
    expect(commitmentsByPartner).toHaveLength(15);
    expect(commitmentsByPartner.every((g) => g.shown.count === Math.min(8, g.commitments.count))).toBe(true);
    expect(shortlistPages.partner).toEqual(commitmentsByPartner.filter((g) => g.commitments.count > 8));
    const example = examplePortal('2026-11-24').lists.shortlistPages;
    expect([example.status, example.partner, example.aim]).toEqual([[], [], []]);
  });

  describe('on a large partnership (3,000 generated entries)', () => {
    const portal = generatedPortal(3000, 5);
    const overviews = {
      'by status': portal.lists.commitmentsByStatus,
      'by partner': portal.lists.commitmentsByPartner,
      'by aim': portal.lists.commitmentsByAim,
    };
    it.each(Object.entries(overviews))('%s lists at most 120 commitments and links to the rest', (_, groups) => {
      expect(groups.reduce((n, g) => n + g.shown.count, 0)).toBeLessThanOrEqual(120);
      for (const g of groups) {
        expect(g.pages.flatMap((p) => p.items)).toEqual(g.commitments.items);
        for (const p of g.pages) expect(p.items.length).toBeLessThanOrEqual(100);
      }
      expect(groups.some((g) => g.cut)).toBe(true);
      for (const g of groups) expect(g.cut).toBe(g.commitments.count > g.shown.count);
    });
    it('the overdue list is split into pages of 100 holding every overdue commitment, longest overdue first', () => {
      const pages = portal.lists.overduePages;
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.flatMap((p) => p.items)).toEqual(portal.lists.overdue.items);
      const days = pages.flatMap((p) => p.items.map((c) => c.state.overdue!));
      expect(days).toEqual([...days].sort((a, b) => b - a));
    });
    it("a vision's page lists at most 120 commitments across its aims", () => {
      for (const aims of Object.values(portal.lists.aimsOfVision))
        expect(aims.reduce((n, a) => n + a.shown.count, 0)).toBeLessThanOrEqual(120);
    });
  });
});
