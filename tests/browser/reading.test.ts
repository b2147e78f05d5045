// What a first reading by residents found, each put right: tested on the built example site as a
// reader meets it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/site.ts';
import { labels } from '../../src/present/labels.ts';
import { en } from '../helpers/messages.ts';
import { listPages } from '../gates/gates.ts';

const site = servedSite();

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
): Promise<Page> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

describe('the partners table', () => {
  it('has a column for every status, and each row’s status columns add up to the commitments made', async () => {
    const page = await open('/partners/');
    const table = await page.evaluate(() => {
      const t = document.querySelector('main table')!;
      const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      // Each row's cells by the header of the column they sit under (the last header row names every column).
      const lastRow = [...t.querySelectorAll('thead tr')].at(-1)!;
      const firstRow = t.querySelector('thead tr')!;
      const columns: string[] = [];
      for (const th of firstRow.querySelectorAll('th')) {
        const span = Number(th.getAttribute('colspan') ?? 1);
        if (th.getAttribute('rowspan') === '2' || lastRow === firstRow) columns.push(th.textContent!.trim());
        else columns.push(...Array.from({ length: span }, () => ''));
      }
      const sub = [...lastRow.querySelectorAll('th')].map((th) => th.textContent!.trim());
      const named = columns.map((c) => (c === '' ? sub.shift()! : c));
      const rows = [...t.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.children].map((c) => c.textContent!.trim());
        return { partner: cells[0]!, byColumn: Object.fromEntries(named.map((n, i) => [n, cells[i]!])) };
      });
      return { headers, rows };
    });
    const statusWords = Object.values(labels(en).status);
    for (const word of statusWords) expect(table.headers, `a column for “${word}”`).toContain(word);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      const sum = statusWords.reduce((total, word) => total + Number(row.byColumn[word]), 0);
      expect(sum, `${row.partner}: status columns against made`).toBe(Number(row.byColumn['Made']));
    }
    await page.context().close();
  });
});

describe('a partner’s scorecard', () => {
  it('gives a figure for every status, adding up to the commitments made, for every partner', async () => {
    const page = await open('/partners/');
    const partners = await page
      .locator('main table tbody th a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(partners.length).toBeGreaterThan(0);
    const statusWords = Object.values(labels(en).status);
    for (const path of partners) {
      await page.goto(`${site.server.origin}${path}`);
      const card = await page.evaluate(() => {
        const list = document.querySelector('main ul[data-scorecard="statuses"]');
        const made = list?.previousElementSibling?.textContent ?? '';
        const figures = [...(list?.children ?? [])].map((li) => ({
          value: Number(li.querySelector('span')!.textContent),
          label: li.querySelectorAll('span')[1]!.textContent!.trim(),
        }));
        return { made: Number(made.match(/(\d+)\s+commitments? made/)?.[1]), figures };
      });
      for (const word of statusWords)
        expect(
          card.figures.map((f) => f.label),
          path,
        ).toContain(word);
      const sum = card.figures.filter((f) => statusWords.includes(f.label)).reduce((n, f) => n + f.value, 0);
      expect(sum, path).toBe(card.made);
    }
    await page.context().close();
  });
});

/** The text of the cell under the column headed "Status" in a table row, spaces collapsed. */
function statusCell(tr: Element): string {
  const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  const cell = tr.children[headers.indexOf('Status')];
  return cell?.textContent?.replace(/\s+/g, ' ').trim() ?? 'no status column';
}

describe('an action', () => {
  it('reads the same on its minutes page as on the list of every action', async () => {
    const page = await open('/actions/');
    const listed = await page.evaluate(
      (cellText) =>
        [...document.querySelectorAll('section[aria-label="All actions"] tbody tr')].map((tr) => ({
          href: tr.querySelector('a')!.getAttribute('href')!,
          status: new Function('tr', `return (${cellText})(tr)`)(tr) as string,
        })),
      statusCell.toString(),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some((a) => a.status.includes('Overdue by'))).toBe(true);
    for (const { href, status } of listed) {
      const [path, anchor] = href.split('#');
      await page.goto(`${site.server.origin}${path}`);
      const there = await page.evaluate(
        ([id, cellText]) => {
          const row = document.getElementById(id!);
          return row ? (new Function('tr', `return (${cellText})(tr)`)(row) as string) : `no row #${id}`;
        },
        [anchor, statusCell.toString()] as const,
      );
      expect(there, `${href} against /actions/`).toBe(status);
    }
    await page.context().close();
  });
});

describe('the lists of commitments', () => {
  /** How many times each commitment is linked in the page's main content. */
  async function linksPerCommitment(page: Page): Promise<Record<string, number>> {
    return page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
        const match = new URL(a.href).pathname.match(/^\/commitments\/([^/]+)\/$/);
        if (!match || ['by-partner', 'by-aim', 'overdue'].includes(match[1]!)) continue;
        counts[match[1]!] = (counts[match[1]!] ?? 0) + 1;
      }
      return counts;
    });
  }

  it.each(['/commitments/', '/commitments/by-partner/', '/commitments/by-aim/'])(
    '%s lists every commitment exactly once, with JavaScript off',
    async (path) => {
      const page = await open(path, { javaScriptEnabled: false });
      const counts = await linksPerCommitment(page);
      const total = Number(
        (await page.locator('main p').first().textContent())!.match(/There are (\d+) commitments/)![1],
      );
      expect(Object.keys(counts).length, `commitments listed on ${path}`).toBe(total);
      expect(
        Object.entries(counts).filter(([, n]) => n !== 1),
        `commitments listed more than once on ${path}`,
      ).toEqual([]);
      await page.context().close();
    },
  );
  it('lists each overdue commitment once on its own page', async () => {
    const page = await open('/commitments/overdue/', { javaScriptEnabled: false });
    const counts = await linksPerCommitment(page);
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    await page.context().close();
  });
  it('links between the groupings without JavaScript, marking the one shown', async () => {
    const page = await open('/commitments/', { javaScriptEnabled: false });
    for (const [name, heading] of [
      ['partner', 'Commitments by partner'],
      ['aim', 'Commitments by aim'],
      ['status', 'Commitments'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Ways to list commitments' }).getByRole('link', { name }).click();
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(
        await page.locator('nav[aria-label="Ways to list commitments"] a[aria-current="page"]').textContent(),
      ).toContain(name);
    }
    await page.context().close();
  });
});

describe('the timeline of updates', () => {
  it('gives each update its heading first, then its date and status', async () => {
    const page = await open('/commitments/crisis-cafe/');
    const items = await page.evaluate(() =>
      [...document.querySelectorAll('main li:has(> h3 a[href*="/updates/"])')].map((li) => {
        const heading = li.querySelector(':scope > h3')!;
        const before = [...li.childNodes].slice(0, [...li.childNodes].indexOf(heading));
        let after = '';
        for (let el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
          after += el.outerHTML;
        }
        return {
          title: heading.textContent!.trim(),
          before: before
            .map((n) => n.textContent)
            .join('')
            .trim(),
          dateAfter: after.includes('<time'),
          afterText: after.replace(/<[^>]+>/g, ' '),
        };
      }),
    );
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      expect(item.before, `text before the heading “${item.title}”`).toBe('');
      expect(item.dateAfter, `a date after “${item.title}”`).toBe(true);
      expect(
        Object.values(labels(en).status).some((word) => item.afterText.includes(word)),
        `a status after “${item.title}”`,
      ).toBe(true);
    }
    await page.context().close();
  });
});

describe('a chart as it draws', () => {
  it('leaves the focus where it was, in the table beside it', async () => {
    // A short window, so the last chart is far below it and not drawn yet.
    const page = await open('/you-said/', { width: 1280, height: 400 });
    // A chart not yet drawn: the table region beside it takes the focus, which brings it near the screen.
    const figure = page.locator('figure[data-feature="chart"]').last();
    expect(await figure.locator('[data-chart]').getAttribute('data-drawn')).toBeNull();
    const region = figure.locator('details [tabindex="0"]');
    await region.focus();
    await page.waitForFunction(
      (f) =>
        f!.querySelector<HTMLElement>('[data-chart]')!.dataset.drawn === 'yes' &&
        !f!.querySelector('[data-chart]')!.hasAttribute('hidden'),
      await figure.elementHandle(),
    );
    await page.waitForTimeout(500);
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await figure.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // And the summary keeps it too.
    const summary = page.locator('figure[data-feature="chart"] summary').first();
    await summary.focus();
    await page.waitForTimeout(300);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it.each([1280, 320])('moves nothing on /you-said/ at %ipx wide (no layout shift)', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/you-said/`);
    for (const figure of await page.locator('figure[data-feature="chart"]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (f) => !f!.querySelector('[data-chart]')!.hasAttribute('hidden'),
        await figure.elementHandle(),
      );
    }
    await page.waitForTimeout(600);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(
      shifts.reduce((a, b) => a + b, 0),
      `layout shifts: ${shifts.join(', ')}`,
    ).toBe(0);
    await context.close();
  });
});

describe('focus on every control', () => {
  /** Tabs through a page; for each stop, the focused text against its background, and the focus indicator against what surrounds it. */
  async function focusContrasts(page: Page, stops: number) {
    const found: { name: string; text: number; indicator: number }[] = [];
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      const measured = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        /** Any CSS colour as [r, g, b, a], read back through a canvas (Tailwind's colours are oklch). */
        const rgba = (colour: string): number[] => {
          ctx.clearRect(0, 0, 1, 1);
          ctx.fillStyle = '#000';
          ctx.fillStyle = colour;
          ctx.fillRect(0, 0, 1, 1);
          const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
          return [r!, g!, b!, a! / 255];
        };
        const luminance = ([r, g, b]: number[]) => {
          const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const contrast = (a: number[], b: number[]) => {
          const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        /** The first opaque background at or above an element. */
        const backgroundOf = (start: Element | null): number[] => {
          for (let node = start; node; node = node.parentElement) {
            const c = rgba(getComputedStyle(node).backgroundColor);
            if (c[3]! > 0.5) return c;
          }
          return [255, 255, 255, 1];
        };
        const style = getComputedStyle(el);
        const own = backgroundOf(el);
        const around = backgroundOf(el.parentElement);
        // A box you type in must be ringed all round (an outline, or a shadow spread 2px or more);
        // its own background is the box, not a sign of focus. Anything else may also show focus by its fill.
        const isBox = ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
        const marks: number[][] = [];
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) marks.push(rgba(style.outlineColor));
        for (const m of style.boxShadow.matchAll(
          /(rgba?\([^)]*\)|oklch\([^)]*\)|#[0-9a-f]+)\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+(-?[\d.]+)px/gi,
        )) {
          if (!isBox || parseFloat(m[5]!) >= 2) marks.push(rgba(m[1]!));
        }
        if (!isBox) marks.push(own);
        const visible = marks.filter((m) => m[3]! > 0.5);
        return {
          name: `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}”`,
          text: contrast(rgba(style.color), own),
          indicator: Math.max(0, ...visible.map((m) => contrast(m, around))),
        };
      });
      if (!measured) break;
      found.push(measured);
    }
    return found;
  }

  it.each([
    ['/', 60],
    ['/you-said/', 30],
    ['/search/', 30],
    ['/commitments/crisis-cafe/', 40],
    ['/partners/', 40],
  ] as const)('%s: focused text reads at 4.5:1 or more, and the focus shows at 3:1 or more', async (path, stops) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${path}`);
      const stopsFound = await focusContrasts(page, stops);
      expect(stopsFound.length).toBeGreaterThan(5);
      const poor = stopsFound.filter((s) => s.text < 4.5 || s.indicator < 3);
      expect(
        poor.map((s) => `${s.name}: text ${s.text.toFixed(1)}:1, focus ${s.indicator.toFixed(1)}:1`),
        `${path} (${colorScheme})`,
      ).toEqual([]);
      await context.close();
    }
  });
});

describe('on a 320px screen', () => {
  const pages = listPages(site.dir);

  it.each(pages)(
    '%s does not scroll sideways, and each table too wide for its box scrolls in a named, focusable region',
    async (path) => {
      const page = await open(path, { width: 320 });
      // Charts draw, and scroll-state queries settle, a frame or two after the page loads.
      await page.waitForLoadState('load');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
      );
      const found = await page.evaluate(() => {
        const wide = document.documentElement.scrollWidth > window.innerWidth;
        const tables = [...document.querySelectorAll('main table')]
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => {
            let region: HTMLElement | null = t.parentElement;
            while (region && !['auto', 'scroll'].includes(getComputedStyle(region).overflowX))
              region = region.parentElement;
            const overflows = region
              ? region.scrollWidth > region.clientWidth
              : t.getBoundingClientRect().width > t.parentElement!.clientWidth;
            return {
              caption: (t.querySelector('caption')?.textContent ?? t.querySelector('th')?.textContent ?? '')
                .trim()
                .slice(0, 40),
              overflows,
              focusable: region?.tabIndex === 0,
              named: Boolean(region?.getAttribute('aria-label') || region?.getAttribute('aria-labelledby')),
              hint: region
                ? [...region.querySelectorAll('.scroll-hint')].some((h) => h.getBoundingClientRect().width > 0)
                : false,
            };
          });
        return { wide, scrollWidth: document.documentElement.scrollWidth, tables };
      });
      expect(found.wide, `${path} is ${found.scrollWidth}px wide at 320px`).toBe(false);
      for (const t of found.tables.filter((t) => t.overflows)) {
        expect(
          t.focusable && t.named,
          `the table “${t.caption}” on ${path} sits in a named, focusable scroll region`,
        ).toBe(true);
        expect(t.hint, `the table “${t.caption}” on ${path} says that it scrolls`).toBe(true);
      }
      await page.context().close();
    },
  );
});

describe('the next meeting of each group', () => {
  it('is on the group’s page, with its day, time, place, address and how to join online', async () => {
    const page = await open('/groups/community-forum/', { javaScriptEnabled: false });
    const next = page.locator('h2:has-text("Next meeting") + ul');
    expect(await next.innerText()).toBe(
      [
        'Tuesday, 8 December 2026, 6pm to 8pm (doors open at 5.30pm)',
        'Wrenfold Library, community room (ground floor, step-free)',
        '1 Market Square, Wrenfold',
        'To join online: email us and we will send you a Zoom link',
      ].join('\n'),
    );
    await page.context().close();
  });

  it('is on /get-involved/ for every group, with its day and time', async () => {
    const page = await open('/get-involved/');
    const nextOf = (name: string) =>
      page
        .locator('section', { has: page.getByRole('heading', { name, level: 2 }) })
        .locator('h3:has-text("Next meeting") + *')
        .innerText();
    expect(await nextOf('Wrenfold Community Mental Health Forum')).toContain('Tuesday, 8 December 2026, 6pm to 8pm');
    expect(await nextOf('Co-production Working Group')).toContain('Tuesday, 26 January 2027, 2pm to 4pm');
    expect(await nextOf('Lived Experience Board')).toContain('Tuesday, 19 January 2027, 10am to 1pm');
    await page.context().close();
  });
});
