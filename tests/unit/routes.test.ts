import { describe, expect, it } from 'vitest';
import { anchors, pageParam, refParam, routes, routesUnder } from '../../src/present/routes.ts';

describe('routes', () => {
  const atRoot = routesUnder('/');
  const onPages = routesUnder('/portal/');

  it('puts every address under the base path the site is published at', () => {
    expect(atRoot.commitment('crisis-cafe')).toBe('/commitments/crisis-cafe/');
    expect(onPages.commitment('crisis-cafe')).toBe('/portal/commitments/crisis-cafe/');
    expect(onPages.home()).toBe('/portal/');
    expect(onPages.favicon()).toBe('/portal/favicon.svg');
  });
  it('takes a base path with or without its closing slash', () => {
    expect(routesUnder('/portal').partner('council')).toBe('/portal/partners/council/');
  });
  it('writes a reference code in lower case in the address of what happened to it', () => {
    expect(atRoot.youSaid('YS-2025-014')).toBe('/you-said/ys-2025-014/');
    expect(refParam('YS-2025-014')).toBe('ys-2025-014');
  });
  it('gives the first page of updates the list’s own address, and later pages a page/N address', () => {
    expect(onPages.updatesPage(1)).toBe('/portal/updates/');
    expect(onPages.updates()).toBe('/portal/updates/');
    expect(onPages.updatesPage(3)).toBe('/portal/updates/page/3/');
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, 'page/3']);
  });
  it('links to a place inside a page by the same id the page gives that place', () => {
    expect(atRoot.visionAim('wrenfold', 'housing')).toBe(`/vision/wrenfold/#${anchors.aim('housing')}`);
    expect(atRoot.action('forum-2025-04-08', 'CF-2025-04-1')).toBe(
      `/minutes/forum-2025-04-08/#${anchors.action('CF-2025-04-1')}`,
    );
    expect(anchors.action('CF-2025-04-1')).toBe('action-cf-2025-04-1');
    expect(atRoot.commitmentsWithStatus('at-risk')).toBe('/commitments/#status-at-risk');
    expect(atRoot.codes()).toBe('/you-said/#codes');
    expect(atRoot.onPage(anchors.byStatus)).toBe('#by-status');
  });
  it('gives each grouping of the commitments a page of its own', () => {
    expect(atRoot.commitmentsByStatus()).toBe('/commitments/#by-status');
    expect(atRoot.commitmentsByPartner()).toBe('/commitments/by-partner/');
    expect(atRoot.commitmentsByAim()).toBe('/commitments/by-aim/');
    expect(atRoot.commitmentsOverdue()).toBe('/commitments/overdue/');
  });
  it('leaves e-mail addresses outside the base path', () => {
    expect(onPages.email('hello@example.org')).toBe('mailto:hello@example.org');
  });
  it('uses the root outside a build, where no base path is set', () => {
    expect(routes.theme('housing')).toBe('/themes/housing/');
  });
});
