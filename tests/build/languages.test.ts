// Languages: adding one is a catalogue file and a line in site.yaml, with no change to the code;
// a partnership that lists none gets a site in its content's language alone.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroBin, copyFixture, makeBuildable, runIn, type Copy, type Run } from '../helpers/fixture.ts';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('adding a language', () => {
  let copy: Copy;
  let run: Run;
  beforeAll(() => {
    copy = copyFixture();
    makeBuildable(copy);
    // The one catalogue file: here English with two of its words in Welsh, as a translator starts.
    const catalogues = join(copy.root, 'src', 'present', 'catalogues');
    const english = readFileSync(join(catalogues, 'en.yaml'), 'utf8');
    writeFileSync(
      join(catalogues, 'cy.yaml'),
      english
        .replace(/^language\.name: .*$/m, 'language.name: Cymraeg')
        .replace(/^nav\.commitments: .*$/m, 'nav.commitments: Ymrwymiadau'),
    );
    // The one line in site.yaml.
    copy.edit('site.yaml', 'exampleContent: false\n', 'exampleContent: false\nlanguages: [en, cy]\n');
    run = runIn(copy.root, [astroBin, 'build']);
  }, 300_000);
  afterAll(() => copy.dispose());

  it('builds with no change to the code', () => {
    expect(run.status, run.output).toBe(0);
  });
  it('builds every page again under /cy/, saying it is in Welsh', () => {
    const home = page(join(copy.root, 'dist'), 'cy');
    expect(home).toMatch(/<html lang="cy" dir="ltr">/);
    expect(home).toContain('>Ymrwymiadau<');
    expect(existsSync(join(copy.root, 'dist', 'cy', 'commitments', 'night-line', 'index.html'))).toBe(true);
  });
  it('links each page to itself in the new language, named in that language', () => {
    const english = page(join(copy.root, 'dist'), 'commitments/night-line');
    expect(english).toContain('<link rel="alternate" hreflang="cy" href="/cy/commitments/night-line/">');
    expect(english).toMatch(
      /<a href="\/cy\/commitments\/night-line\/" hreflang="cy" lang="cy" dir="ltr"[^>]*>Cymraeg<\/a>/,
    );
  });
});

describe('a partnership whose content is in Turkish, in one language', () => {
  let copy: Copy;
  let run: Run;
  beforeAll(() => {
    copy = copyFixture();
    makeBuildable(copy);
    copy.edit('site.yaml', 'exampleContent: false\n', 'exampleContent: false\nlocale: tr\n');
    run = runIn(copy.root, [astroBin, 'build']);
  }, 300_000);
  afterAll(() => copy.dispose());

  it('gets the site’s own words and dates in Turkish at the site’s own address', () => {
    expect(run.status, run.output).toBe(0);
    const home = page(join(copy.root, 'dist'), '');
    expect(home).toMatch(/<html lang="tr" dir="ltr">/);
    expect(home).toContain('>Taahhütler<');
    expect(home).not.toContain('hreflang');
  });
  it('gets its feeds and calendars in Turkish too, each one file for every reader', () => {
    const feed = readFileSync(join(copy.root, 'dist', 'feeds', 'updates.xml'), 'utf8');
    expect(feed).toContain('xml:lang="tr"');
    expect(feed).toMatch(/<title>[^<]*: yenilikler<\/title>/);
    expect(feed).toContain('<title>Yeni taahhüt: ');
    expect(feed).not.toMatch(/New commitment|An update from|What is new|met on/i);
    const calendar = readFileSync(join(copy.root, 'dist', 'calendars', 'meetings.ics'), 'utf8');
    expect(calendar).toMatch(/^X-WR-CALNAME:[^\r]*: toplantılar\r$/m);
    expect(calendar).not.toMatch(/next meeting|met on|The minutes say/i);
  });
  it('is not warned that a collection it has written nothing in yet is "empty", as if that were an error', () => {
    expect(run.output).toContain('page(s) built in');
    expect(run.output).not.toMatch(/does not exist or is empty/);
  });
  it('writes no line, and no time, for each page it builds', () => {
    expect(run.output).toMatch(/\d+ page\(s\) built in/);
    expect(run.output).not.toMatch(/├─|└─|\(\+\d/);
  });
});

describe('a partnership that lists no languages', () => {
  const site = inject('fixtureSite');

  it('gets its pages in its content’s language alone, with no language links', () => {
    const home = page(site.dir, '');
    expect(home).toMatch(/<html lang="en-GB" dir="ltr">/);
    expect(home).not.toContain('hreflang');
    expect(existsSync(join(site.dir, 'tr'))).toBe(false);
  });
});
