// The response clock, the input's story, agreed minutes, the levels page and the involvement
// report, read in the built example site with JavaScript off, as a member meets them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

async function open(path: string, width = 320): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

describe('what happened to what I said', () => {
  it('says plainly that YS-2026-007 has had no reply and is past the promise', async () => {
    // Received 20 October 2026, so past 20 working days from 18 November 2026 on.
    const page = await open('/you-said/ys-2026-007/');
    const clock = await page.locator('[data-reply-clock]').innerText();
    expect(clock).toMatch(
      /^We have not replied yet\. We are \d+ working days? past the 20 working days we promised\.$/,
    );
    expect(await page.getByText('Reply overdue', { exact: true }).count()).toBe(1);
    await page.context().close();
  });
  it('tells YS-2025-006’s story on to the board’s review and the partner’s reply, which its link reaches', async () => {
    const page = await open('/you-said/ys-2025-006/');
    const story = await page.locator('[data-story] > li').allInnerTexts();
    expect(story.at(-2)).toMatch(
      /^15 July 2025\s+Review of Tell people what happened to what they said: .+\. Lived Experience Board reviewed it and found it partly delivered\. The partner reports more than the reviewers found\.$/,
    );
    expect(story.at(-1)).toMatch(
      /^5 August 2025\s+Wrenfold Voices replied to the review \(Partnership Coordinator\)\./,
    );
    await page
      .getByRole('link', { name: 'Read the reply to the review of Tell people what happened to what they said' })
      .click();
    expect(await page.locator(':target').innerText()).toBe('The partner’s reply');
    await page.context().close();
  });
  it('gives a reason not to act under a heading of its own', async () => {
    const page = await open('/you-said/ys-2025-012/');
    expect(await page.locator('main h3').allInnerTexts()).toContain('Why we did not take it forward');
    expect(await page.locator('[data-reply-clock]').innerText()).toBe(
      'We replied on 22 July 2025, after 28 working days: 8 working days later than the 20 working days we promised.',
    );
    await page.context().close();
  });
  it('lists what waits for a reply first on /you-said/, oldest first', async () => {
    const page = await open('/you-said/');
    const waiting = await page.locator('[data-waiting] > li a').allInnerTexts();
    expect(waiting).toEqual(['YS-2026-007', 'YS-2026-008', 'YS-2026-009', 'YS-2026-010']);
    await page.context().close();
  });
});

describe('minutes and groups', () => {
  it('says a draft is a draft, and where agreed minutes were agreed', async () => {
    const draft = await open('/minutes/forum-2026-09-15/');
    expect(await draft.locator('[data-minutes-record]').innerText()).toMatch(/^These minutes are a draft\./);
    await draft.context().close();
    const agreed = await open('/minutes/forum-2025-10-14/');
    expect(await agreed.locator('[data-minutes-record]').innerText()).toBe(
      'The group agreed these minutes as a true record on 15 September 2026 at the Community Forum, September 2026.',
    );
    expect(await agreed.locator('[data-corrections] li').allInnerTexts()).toEqual([
      '15 September 2026: The forum corrected the number of people who came: it was 52, not 25.',
    ]);
    await agreed.context().close();
  });
  it('draws the levels without any script, from the forum up to the board', async () => {
    const html = readFileSync(join(site.dir, 'groups', 'levels', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script/);
    const page = await open('/groups/levels/', 1280);
    const levels = await page.locator('main ol > li > ul > li p:first-child a').allInnerTexts();
    expect(levels).toEqual([
      'Wrenfold Community Mental Health Forum',
      'Co-production Working Group',
      'Lived Experience Board',
    ]);
    await page.context().close();
  });
});

describe('the involvement report', () => {
  it('has the same first table on the page as in its CSV', async () => {
    const page = await open('/involvement/2025/', 1280);
    const rows = await page.locator('[data-table="meetings"] tbody tr').allInnerTexts();
    const csv = readFileSync(join(site.dir, 'involvement', '2025', 'figures.csv'), 'utf8').split('\r\n');
    // The notes come first; the first table's rows run from its third line to the next blank one.
    const table = csv.indexOf('') + 1;
    const csvRows = csv.slice(table + 2, csv.indexOf('', table)).map((l) => l.slice(1, -1).split('","').join('\t'));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.replace(/\s*\t\s*/g, '\t').trim())).toEqual(csvRows);
    await page.context().close();
  });
  it('has every table of the page in its CSV, the reviews too, cell for cell', async () => {
    const page = await open('/involvement/2026/', 1280);
    const tables = await page
      .locator('[data-table]')
      .evaluateAll((blocks) =>
        blocks.map((b) => [
          [b.querySelector('h2')!.textContent!.trim()],
          [...b.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
          ...[...b.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim())),
        ]),
      );
    const csv = readFileSync(join(site.dir, 'involvement', '2026', 'figures.csv'), 'utf8')
      .trim()
      .split('\r\n\r\n')
      .filter(Boolean)
      .map((block) => block.split('\r\n').map((l) => l.slice(1, -1).split('","')));
    const [notes, ...figures] = csv;
    expect(tables).toEqual(figures);
    // What the figures cover comes with them: the page's heading, what it says they run to and the
    // share with lived experience (one paragraph on the page, a line each in the CSV).
    expect(notes![0]).toEqual([await page.locator('h1').innerText()]);
    expect(`${notes![1]![0]} ${notes![2]![0]}`).toBe(await page.locator('h1 + p').innerText());
    // The example publishes reviews, so the report has their table: 12 published in 2026.
    expect(tables.at(-1)!.slice(0, 3)).toEqual([
      ['Reviews by people with lived experience'],
      ['Reviews', 'Number'],
      ['Published', '12'],
    ]);
    await page.context().close();
  });
});
