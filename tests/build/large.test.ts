// A large partnership's site: 2,000 entries of the benchmark's generated content and a backlog of
// 100 inputs waiting for a reply, built once. No page is over the budgets, and every commitment and
// every input waiting for a reply stays reachable from the lists through pages that pass the markup gate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { brokenLinks, fileFor, gluedText, markupErrors, overBudget, weighPages } from '../gates/gates.ts';
import {
  PROJECT,
  astroBin,
  checkScript,
  copyFixture,
  makeBuildable,
  runIn,
  type Copy,
  type Run,
} from '../helpers/fixture.ts';

const DAY = '2026-12-01';
let copy: Copy;
let check: Run;
let run: Run;
let dist: string;
const page = (path: string) => readFileSync(fileFor(dist, path), 'utf8');
const kilobytes = (path: string) => Buffer.byteLength(page(path)) / 1024;
const linksTo = (html: string, prefix: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith(prefix));
const commitmentLinks = (html: string) =>
  linksTo(html, '/commitments/').filter((h) => /^\/commitments\/commitment-[a-z]+\/$/.test(h));

beforeAll(() => {
  copy = copyFixture();
  for (const folder of readdirSync(copy.content)) copy.remove(folder);
  generateContent({
    entries: 2000,
    seed: 11,
    root: copy.root,
    siteYaml: readFileSync(join(PROJECT, 'src', 'content', 'site.yaml'), 'utf8'),
    today: DAY,
  });
  // A backlog: 100 more inputs with no reply yet, YS-2026-801 to YS-2026-900, all received on
  // 1 June (before the four months in which generated inputs wait), so /you-said/ has more waiting for a reply than it lists.
  for (let n = 801; n <= 900; n++)
    copy.write(
      `inputs/ys-2026-${n}.md`,
      `---\nref: YS-2026-${n}\nreceived: 2026-06-01\nsource: Survey\nthemes:\n  - theme-a\nsaid: Please keep the drop-in open on Sundays.\noutcome: awaiting-response\n---\n`,
    );
  makeBuildable(copy);
  // As CI does: npm run check, then the build, which reuses what the check found.
  check = runIn(copy.root, [checkScript], { PORTAL_TODAY: DAY });
  run = runIn(copy.root, [astroBin, 'build'], { PORTAL_TODAY: DAY });
  dist = join(copy.root, 'dist');
  // A check and a build of 2,000 entries, on a machine other work may be sharing.
}, 600_000);
afterAll(() => copy.dispose());

describe('the lists of a large partnership (2,000 entries, 277 commitments, a backlog of replies)', () => {
  it('build', () => {
    expect(run.output).toContain('page(s) built');
    expect(run.status).toBe(0);
  });

  it('checks the content once: the build reuses every file npm run check has just checked', () => {
    expect(check.status).toBe(0);
    expect(run.output).toMatch(/Content checked in \d+ ms: 2100 of 2100 files unchanged since the last check\./);
  });

  it('prints no line for each page it writes, and says how many pages it built', () => {
    expect(run.output).not.toMatch(/[├└]─/);
    expect(run.output).toMatch(/\d+ page\(s\) built in/);
  });

  it.each(['/commitments/', '/commitments/by-partner/', '/commitments/by-aim/', '/vision/wrenfold-vision/'])(
    '%s stays under the 150 KB budget and links to the rest',
    (path) => {
      expect(kilobytes(path)).toBeLessThan(150);
      expect(page(path)).toContain('See all ');
    },
  );

  it('reaches every commitment from the pages of each status, once each', () => {
    const overview = page('/commitments/');
    const statusPages = [...new Set(linksTo(overview, '/commitments/status/'))];
    expect(statusPages.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const first of statusPages) {
      let at: string | undefined = first;
      while (at) {
        const html = page(at);
        expect(kilobytes(at)).toBeLessThan(150);
        listed.push(...commitmentLinks(html.slice(html.indexOf('<main'))));
        at = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
      }
    }
    // The statuses whose lists were not cut short are shown whole on the overview.
    const shownWhole = overview
      .split('<section')
      .filter((section) => !section.includes('/commitments/status/'))
      .flatMap(commitmentLinks);
    const all = [...listed, ...shownWhole].sort();
    expect(new Set(all).size).toBe(all.length);
    // 2,000 entries less 10 partners, 9 topics, 4 groups and the vision leave 1,976; 14% of them is 277.
    expect(all).toHaveLength(277);
  });

  it('splits the overdue commitments into pages, each under budget, linked next and previous', () => {
    const first = page('/commitments/overdue/');
    expect(first).toContain('rel="next"');
    expect(page('/commitments/overdue/page/2/')).toContain('rel="prev"');
    expect(kilobytes('/commitments/overdue/')).toBeLessThan(150);
  });

  it('splits the list of every action into pages of 100, each under budget, the charts on the first', () => {
    const first = page('/actions/');
    expect(kilobytes('/actions/')).toBeLessThan(150);
    expect(first).toContain('id="actions-chart-title"');
    const second = page('/actions/page/2/');
    expect(second).toContain('Actions from meetings, page 2 of');
    expect(second).not.toContain('id="actions-chart-title"');
    expect((second.match(/<tr>/g) ?? []).length).toBe(101); // the heading row and 100 actions
  });

  it('keeps /you-said/ under budget with what a member needs first, and a few inputs under each topic', () => {
    const youSaid = page('/you-said/');
    expect(kilobytes('/you-said/')).toBeLessThan(150);
    expect(youSaid.indexOf('Waiting for a reply')).toBeLessThan(youSaid.indexOf('How quickly we reply'));
    expect(youSaid).toContain('id="reply-times-chart-title"');
    expect(youSaid).toContain('Replies by where they came from');
    expect(linksTo(youSaid, '/themes/').length).toBeGreaterThan(0);
    expect(youSaid).toMatch(/See all \d+ things people said about/);
  });

  it('has no page over the budgets, none over 150,000 bytes of HTML', () => {
    expect(overBudget(weighPages(dist))).toEqual([]);
  });

  it('lists the 50 inputs waiting longest on /you-said/ and every one waiting on pages of 100, linked next and previous', () => {
    const youSaid = page('/you-said/');
    const waitingOn = (html: string) =>
      linksTo(/<ul[^>]*data-waiting[^>]*>[\s\S]*?<\/ul>/.exec(html)![0], '/you-said/ys-');
    const shown = waitingOn(youSaid);
    expect(shown).toHaveLength(50);
    const total = Number(/See all (\d+) things people told us that are waiting for a reply/.exec(youSaid)![1]);
    expect(linksTo(youSaid, '/you-said/waiting/')).toEqual(['/you-said/waiting/']);
    const listed: string[] = [];
    let at: string | undefined = '/you-said/waiting/';
    while (at) {
      const html = page(at);
      listed.push(...waitingOn(html));
      at = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
    }
    expect(page('/you-said/waiting/page/2/')).toContain('rel="prev"');
    expect(listed.slice(0, 50)).toEqual(shown);
    expect(new Set(listed).size).toBe(total);
    // The backlog, received on 1 June, has waited longest: its first 50 by number are listed first.
    expect(total).toBeGreaterThan(100);
    for (let n = 801; n <= 850; n++) expect(shown).toContain(`/you-said/ys-2026-${n}/`);
  });

  it('lists the reference codes by year, each year on a page of its own that links every code', () => {
    const years = linksTo(page('/you-said/'), '/you-said/codes/');
    expect(years.length).toBeGreaterThan(0);
    const codes = years.flatMap((year) => {
      expect(kilobytes(year)).toBeLessThan(150);
      return linksTo(page(year), '/you-said/ys-');
    });
    // 1,976 entries less 277 commitments (14%), 830 updates (42%) and 158 minutes (8%) leave 711
    // inputs, and the backlog adds 100.
    expect(new Set(codes).size).toBe(811);
  });

  it('splits what people said on a topic into pages of 50, the charts and links on the first', () => {
    const topic = linksTo(page('/you-said/'), '/themes/')[0]!;
    const first = page(topic);
    expect(kilobytes(topic)).toBeLessThan(150);
    expect(first).toContain('id="theme-outcomes-chart-title"');
    const second = /<a href="([^"]+)" rel="next"/.exec(first)![1]!;
    expect(second).toBe(`${topic}page/2/`);
    expect(page(second)).toContain('rel="prev"');
    expect(page(second)).not.toContain('id="theme-outcomes-chart-title"');
  });

  it('has no page of the code box or search carrying every code', () => {
    for (const path of ['/', '/search/', '/you-said/']) expect(page(path)).not.toContain('data-refs');
    expect(kilobytes('/search/')).toBeLessThan(150);
    expect(kilobytes('/')).toBeLessThan(150);
  });

  it('has no broken link, valid markup and no words run together on the pages of one heading', async () => {
    expect(brokenLinks(dist).filter((b) => /^\/(commitments|actions|you-said|themes)\//.test(b))).toEqual([]);
    const codeYear = linksTo(page('/you-said/'), '/you-said/codes/')[0]!;
    for (const path of [
      '/commitments/status/in-progress/',
      '/commitments/overdue/page/2/',
      '/actions/page/2/',
      '/you-said/',
      '/you-said/waiting/page/2/',
      codeYear,
      `${linksTo(page('/you-said/'), '/themes/')[0]!}page/2/`,
    ])
      expect(await markupErrors(fileFor(dist, path)), path).toEqual([]);
    const partnerPage = linksTo(page('/commitments/by-partner/'), '/commitments/by-partner/')[0]!;
    const aimPage = linksTo(page('/commitments/by-aim/'), '/commitments/by-aim/')[0]!;
    for (const path of ['/commitments/status/in-progress/', partnerPage, aimPage, '/commitments/overdue/'])
      expect(gluedText(page(path)), path).toEqual([]);
  });
});
