// Each way of listing the commitments holds every commitment exactly once.
import { describe, expect, it } from 'vitest';
import { examplePortal } from './example-portal.ts';

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
