// The build stops on bad content with the same report as the check, and builds any valid
// partnership's content with no change to the code.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brokenLinks } from '../gates/gates.ts';
import { PROJECT, astroBin, copyFixture, makeBuildable, runIn, type Copy, type Run } from '../helpers/fixture.ts';

const html = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const dist = (copy: Copy) => join(copy.root, 'dist');
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1');

describe('astro build with a malformed file', () => {
  let copy: Copy;
  let run: Run;
  beforeAll(() => {
    copy = copyFixture();
    makeBuildable(copy);
    copy.edit('commitments/night-line.mdx', 'partner: north-council', 'partner: north-counci');
    copy.edit('inputs/nm-2024-1.md', 'ref: NM-2024-1', 'ref: NM2024');
    run = runIn(copy.root, [astroBin, 'build']);
  });
  afterAll(() => copy.dispose());

  it('fails', () => {
    expect(run.status).not.toBe(0);
  });
  it('names every file, line and field, as the check does', () => {
    expect(run.output).toContain('src/content/commitments/night-line.mdx:4  partner');
    expect(run.output).toContain('There is no partner `north-counci`');
    expect(run.output).toContain('src/content/inputs/nm-2024-1.md:2  ref');
    expect(run.output).toContain('The content has 2 problems, listed above. Nothing was built.');
  });
  it('builds nothing', () => {
    expect(existsSync(join(copy.root, 'dist', 'index.html'))).toBe(false);
  });
});

describe('astro build with another partnership’s content', () => {
  // Built once for the run, as of 15 January 2025, by tests/setup/build-site.ts (search.test.ts reads it too).
  const run = inject('fixtureSite');
  const site = run.dir;

  it('succeeds with no change to the code', () => {
    expect(run.status, run.output).toBe(0);
  });
  it('shows the commitment’s derived status and flags, worked out for the build day', () => {
    // Due 2024-12-31, last update 2024-05-01 (in progress); on 2025-01-15 it is 15 days overdue and 259 days without an update.
    const page = text(html(site, 'commitments/night-line'));
    expect(page).toContain('In progress');
    expect(page).toContain('Overdue 15 days past its due date');
    expect(page).toContain('nothing reported for 259 days');
  });
  it('builds content without the new fields of issue 13 and invents nothing for them', () => {
    // No minutes record agreement, so none is called a draft; NM-2024-1 has no responded date.
    expect(text(html(site, 'minutes/forum-one'))).not.toContain('draft');
    expect(text(html(site, 'you-said/nm-2024-1'))).toContain('We replied, but did not record the day we did.');
    // The 2024 report (built as of 15 January 2025, so the year is over) says what it does not know.
    const report = text(html(site, 'involvement/2024'));
    expect(report).toContain('For 1 thing people told us, we did not record the day we replied.');
    expect(report).toContain('1 meeting did not record how many people with lived experience came');
    expect(report).not.toContain('is not over');
    expect(existsSync(join(site, 'involvement', '2024', 'figures.csv'))).toBe(true);
    expect(text(html(site, 'groups/levels'))).toContain('The groups do not say yet which group each one reports to.');
  });
  it('says nothing of reviews in its report, the report’s CSV, an input’s story or any feed, having none', () => {
    expect(html(site, 'involvement/2024')).not.toContain('data-table="reviews"');
    expect(text(html(site, 'involvement/2024'))).not.toMatch(/review|took part/i);
    expect(readFileSync(join(site, 'involvement', '2024', 'figures.csv'), 'utf8')).not.toMatch(/review/i);
    expect(text(html(site, 'you-said/nm-2024-1'))).not.toMatch(/Review of|replied to the review/);
    const feeds = readdirSync(join(site, 'feeds'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.xml'),
    );
    expect(feeds.length).toBeGreaterThan(5);
    for (const feed of feeds) expect(readFileSync(join(site, 'feeds', feed), 'utf8'), feed).not.toMatch(/review/i);
  });
  it('says "No update yet" for a commitment without one', () => {
    expect(text(html(site, 'commitments/peer-homes'))).toContain('Status: No update yet');
  });
  it('shows each partner’s scorecard, counted by hand for 15 January 2025', () => {
    // north-council: night-line (in progress, 15 days overdue, stale) and crisis-beds (delivered 10 July 2024).
    expect(text(html(site, 'partners/north-council'))).toContain(
      '2 commitments made. Where they stand: 0 No update yet 0 Not started 1 In progress 0 At risk 1 Delivered 0 Partly delivered 0 Not delivered 0 Withdrawn Needing attention (these are already counted above): 1 Overdue 1 No recent update Last update: 10 July 2024.',
    );
    // peer-voices: peer-homes, made 1 March 2024 with no update: stale, not overdue (no due date).
    expect(text(html(site, 'partners/peer-voices'))).toContain(
      '1 commitment made. Where they stand: 1 No update yet 0 Not started 0 In progress 0 At risk 0 Delivered 0 Partly delivered 0 Not delivered 0 Withdrawn Needing attention (these are already counted above): 0 Overdue 1 No recent update Last update: none yet.',
    );
  });
  it('does not call a delivered commitment overdue, though its due date has passed', () => {
    const page = text(html(site, 'commitments/crisis-beds'));
    expect(page).toContain('Status: Delivered');
    expect(page).not.toContain('Overdue');
  });
  it('shows the status at a glance on the home page', () => {
    expect(text(html(site, ''))).toContain('1 Delivered 1 In progress 0 At risk 1 Overdue');
  });
  it('lists actions open first, with their age, then closed ones, most recent first', () => {
    const page = text(html(site, 'actions'));
    // OB-1 set 10 September 2024, due 1 October: on 15 January 2025 open for 127 days, 106 days overdue; the table
    // gives its due date before its status.
    expect(page).toContain(
      'OB-1 Report on the night line. Set at Forum, September Council lead 1 October 2024 Open Overdue by 106 days Open for 127 days',
    );
    const order = ['OB-1', 'OB-2', 'OF-1'].map((id) => page.indexOf(`${id} `));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('1 is still open');
  });
  it('makes a page for every entry at the contract’s addresses', () => {
    for (const path of [
      '',
      'vision/plan',
      'commitments',
      'commitments/night-line',
      'partners',
      'partners/north-council',
      'partners/peer-voices',
      'updates',
      'updates/night-line-started',
      'minutes',
      'minutes/forum-one',
      'actions',
      'you-said',
      'you-said/nm-2024-1',
      'themes/crisis',
      'groups/open-forum',
      'get-involved',
      'accessibility',
    ]) {
      expect(existsSync(join(site, path, 'index.html')), path).toBe(true);
    }
  });
  it('makes no Easy Read page for a vision without an Easy Read version', () => {
    expect(existsSync(join(site, 'vision', 'plan', 'easy-read', 'index.html'))).toBe(false);
    expect(html(site, 'vision/plan')).not.toContain('Easy Read');
  });
  it('shows no example notice when the content is real', () => {
    expect(html(site, '')).not.toContain('This is example content');
  });
  it('has no review, check-in or moved deadline, so none of them appears anywhere: the site is as it was before they existed', () => {
    expect(existsSync(join(site, 'reviews'))).toBe(false);
    expect(existsSync(join(site, 'check-ins'))).toBe(false);
    for (const path of ['', 'commitments/night-line', 'partners/north-council', 'vision/plan', 'groups/open-forum']) {
      const page = html(site, path);
      expect(page, path).not.toContain('/reviews/');
      expect(page, path).not.toContain('/check-ins/');
      expect(text(page), path).not.toMatch(
        /lived experience (have reviewed|found)|Not reviewed yet|Deadlines moved|Check-ins/,
      );
    }
    // The due date reads as it always has.
    expect(text(html(site, 'commitments/night-line'))).toContain('Due by: 31 December 2024 Last update');
  });
});

describe('astro build with the example content', () => {
  // The example site every browser test reads, built once for the run by tests/setup/build-site.ts,
  // which stops the run, with the build's output, when it fails.
  const site = inject('siteDir');

  it('succeeds', () => {
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });
  it('says on every page that the content is an example', () => {
    for (const path of [
      '',
      'commitments/crisis-cafe',
      'you-said/ys-2025-014',
      'vision/wrenfold-vision/easy-read',
      'accessibility',
    ]) {
      expect(html(site, path), path).toContain('This is example content.');
    }
  });
  it('gives every reference code a page at its lower-case address', () => {
    expect(text(html(site, 'you-said/ys-2025-014'))).toContain('YS-2025-014: what happened');
  });
  it('gives every review and check-in a page, and lists them', () => {
    for (const path of [
      'reviews',
      'reviews/crisis-line-24-7-2026-04-21',
      'reviews/crisis-cafe-2025-07-15',
      'check-ins',
      'check-ins/wrenfold-vision-2025-09-20',
      'check-ins/wrenfold-vision-2026-09-19',
    ]) {
      expect(existsSync(join(site, path, 'index.html')), path).toBe(true);
    }
  });
  it('says on the home page how many partner reports people with lived experience reviewed, agreed with and disputed', () => {
    expect(text(html(site, ''))).toContain(
      'People with lived experience have reviewed what partners report on 13 of 17 commitments: they agreed with 7 reports and disputed 4. See what they found.',
    );
  });
  it('shows every move of a moved deadline, with why and where it was agreed', () => {
    expect(text(html(site, 'commitments/talking-therapy-waits'))).toContain(
      'Due by: 30 September 2026 (moved once, 183 days later than first promised) Due 31 March 2026, moved to 30 September 2026. Reason: The new therapists could not start until their training finished in the summer. The working group asked for the new date, and the Lived Experience Board agreed it at the working group’s meeting. Agreed on 27 January 2026 at Co-production Working Group, January 2026.',
    );
  });
  it('sets the partner’s report and the community’s verdict side by side on a commitment, with the reply under them', () => {
    const page = text(html(site, 'commitments/crisis-line-24-7'));
    expect(page).toContain('Verdict of people with lived experience: Partly delivered Disputed');
    expect(page).toContain(
      'What the partner reported On 21 April 2026, Wrenfold Community Health NHS Trust reported: Delivered',
    );
    expect(page).toContain(
      'What people with lived experience found Lived Experience Board found, on 21 April 2026: Partly delivered 35 people with lived experience took part.',
    );
    expect(page).toContain('The partner’s reply We accept that night-time waits are too long.');
    expect(page).toContain('Director of Mental Health Services, Wrenfold Community Health NHS Trust, 12 May 2026');
    expect(text(html(site, 'commitments/stigma-campaign'))).toContain(
      'Not reviewed yet. No group of people with lived experience has reviewed this commitment yet.',
    );
  });
});

describe('astro build under a base path, as on a GitHub Pages project site', () => {
  let copy: Copy;
  let run: Run;
  beforeAll(() => {
    copy = copyFixture(join(PROJECT, 'src', 'content'));
    makeBuildable(copy);
    // A project site has its full address too: https://<owner>.github.io/portal/.
    run = runIn(copy.root, [astroBin, 'build'], {
      PORTAL_BASE_PATH: '/portal/',
      PORTAL_SITE_URL: 'https://owner.example/portal/',
    });
  });
  afterAll(() => copy.dispose());

  it('succeeds', () => {
    expect(run.status, run.output).toBe(0);
  });
  it('keeps every internal link and asset inside the base path, and every one resolves', () => {
    expect(brokenLinks(join(copy.root, 'dist'), '/portal/')).toEqual([]);
    expect(html(dist(copy), 'commitments/crisis-cafe')).toContain('href="/portal/partners/kestrel-house/"');
  });
  it('says past meetings in the calendars link to their minutes, as their events then do', () => {
    const calendar = readFileSync(join(dist(copy), 'calendars', 'meetings.ics'), 'utf8');
    expect(calendar).toMatch(/^URL:https:\/\/owner\.example\/portal\/minutes\//m);
    expect(html(dist(copy), 'follow').replace(/<[^>]+>/g, '')).toContain(
      'The next meeting appears in your calendar, and past meetings link to their minutes.',
    );
  });
  it('leads from the words of a Turkish page to the Turkish pages, inside the base path, and to the one data file', () => {
    expect(html(dist(copy), 'tr/commitments/crisis-cafe')).toContain('href="/portal/tr/commitments/crisis-line-24-7/"');
    const update = html(dist(copy), 'tr/updates/talking-therapy-waits-2026-07-15');
    expect(update).toContain('href="/portal/tr/data/"');
    expect(update).toContain('href="/portal/data/updates.csv"');
  });
});

describe('astro build with content that tries to read a secret and run a command', () => {
  const canary = `canary-${Math.random().toString(36).slice(2)}`;
  const marker = join(tmpdir(), `portal-marker-${canary}`);
  const leak = [
    '---',
    'title: Leak',
    'date: 2024-06-01',
    'commitment: night-line',
    'status: in-progress',
    '---',
    '',
    'export const leak = process.env.PORTAL_CANARY;',
    '',
    'The secret is {leak} and {process.env.PORTAL_CANARY}.',
    '',
    `export const ran = require('node:child_process').execSync('touch ${marker}');`,
    '',
  ].join('\n');
  let copy: Copy;
  let run: Run;
  beforeAll(() => {
    copy = copyFixture();
    makeBuildable(copy);
    copy.write('updates/leak.mdx', leak);
    run = runIn(copy.root, [astroBin, 'build'], { PORTAL_CANARY: canary });
  });
  afterAll(() => copy.dispose());

  it('fails before anything is built, naming the file and the lines', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('src/content/updates/leak.mdx:8  text');
    expect(run.output).toContain('src/content/updates/leak.mdx:10  text');
    expect(run.output).toContain('src/content/updates/leak.mdx:12  text');
    expect(run.output).toContain('The content has 3 problems, listed above. Nothing was built.');
  });
  it('prints the plain report and no stack trace or tool wording after it', () => {
    expect(run.output).not.toMatch(/^\s+at |Error:|\[ERROR\] \[vite\]|Unhandled/m);
  });
  it('publishes a harmless page even with the check switched off in the code (a control build)', () => {
    const control = copyFixture();
    try {
      makeBuildable(control);
      control.write('updates/leak.mdx', leak);
      const config = join(control.root, 'astro.config.mjs');
      writeFileSync(config, readFileSync(config, 'utf8').replace('integrations: [contentCheck(), ', 'integrations: ['));
      // Where the check stops a build (src/check/checked-content.ts), it no longer stops it.
      const stopper = join(control.root, 'src', 'check', 'checked-content.ts');
      const code = readFileSync(stopper, 'utf8');
      expect(code).toContain('process.exit(1);');
      writeFileSync(stopper, code.replace('process.exit(1);', ''));
      const built = runIn(control.root, [astroBin, 'build'], { PORTAL_CANARY: canary });
      expect(built.status, built.output).toBe(0);
      const page = readFileSync(join(control.root, 'dist', 'updates', 'leak', 'index.html'), 'utf8');
      expect(page).toContain('The secret is');
      expect(page).not.toContain(canary);
      expect(existsSync(marker)).toBe(false);
    } finally {
      control.dispose();
    }
  });
  it('leaves the secret nowhere in what was built, and ran no command', () => {
    const files = existsSync(join(copy.root, 'dist'))
      ? readdirSync(join(copy.root, 'dist'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
      : [];
    for (const f of files) expect(readFileSync(join(f.parentPath, f.name), 'utf8')).not.toContain(canary);
    expect(run.output).not.toContain(canary);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('astro build with files beside the content', () => {
  let copy: Copy;
  let run: Run;
  beforeAll(async () => {
    copy = copyFixture();
    makeBuildable(copy);
    // A README in a collection folder, written to redirect readers and to change a status.
    copy.write(
      'updates/README.md',
      '---\ntitle: x\ndate: 2024-12-01\ncommitment: night-line\nstatus: delivered\n---\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n',
    );
    // A photo that says who took it, and an update that shows it.
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Named Person', ImageDescription: 'Taken at home' } })
      .toBuffer();
    mkdirSync(join(copy.root, 'public', 'uploads'), { recursive: true });
    writeFileSync(join(copy.root, 'public', 'uploads', 'cafe.jpg'), photo);
    // Notes beside the uploads, which the check leaves for people: not images, and not to be published.
    writeFileSync(join(copy.root, 'public', 'uploads', 'README.md'), 'Photos for updates go here.\n');
    writeFileSync(join(copy.root, 'public', 'uploads', '.gitkeep'), '');
    copy.write(
      'updates/photo.mdx',
      '---\ntitle: A photo\ndate: 2024-06-02\ncommitment: night-line\nstatus: in-progress\n---\n\n![The café table](/uploads/cafe.jpg)\n',
    );
    run = runIn(copy.root, [astroBin, 'build'], { PORTAL_TODAY: '2025-01-15' });
  });
  afterAll(() => copy.dispose());

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });
  it('publishes nothing from a README in a collection folder, and its status counts for nothing', () => {
    expect(existsSync(join(copy.root, 'dist', 'updates', 'README'))).toBe(false);
    const files = readdirSync(join(copy.root, 'dist'), { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && f.name.endsWith('.html'),
    );
    for (const f of files)
      expect(readFileSync(join(f.parentPath, f.name), 'utf8')).not.toContain('http-equiv="refresh"');
    expect(text(html(dist(copy), 'commitments/night-line'))).toContain('Status: In progress');
  });
  it('leaves the notes beside the uploads out of the site', () => {
    expect(readdirSync(join(copy.root, 'dist', 'uploads'))).toEqual(['cafe.jpg']);
  });
  it('shows an uploaded photo without the metadata it was taken with', async () => {
    expect(html(dist(copy), 'updates/photo')).toContain('<img src="/uploads/cafe.jpg" alt="The café table">');
    const served = readFileSync(join(copy.root, 'dist', 'uploads', 'cafe.jpg'));
    expect(served.includes('Named Person')).toBe(false);
    expect((await sharp(served).metadata()).exif).toBeUndefined();
  });
});
