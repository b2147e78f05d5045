// The feeds, calendars and open data of the built sites, read with independent parsers: every
// Atom feed with fast-xml-parser and @rowanmanning/feed-parser, every calendar with ical.js, every
// CSV with csv-parse against the Table Schema the data package gives it. And a second build of the
// same content on the same day writes them byte for byte the same.
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { isRealDate } from '../../src/contract/index.ts';
import { ACTION } from '../../src/present/json-ld.ts';
import { FIXTURE_DAY } from '../setup/build-site.ts';
import { astroBin, copyFixture, makeBuildable, runInBackground } from '../helpers/fixture.ts';

const siteDir = inject('siteDir');
const fixture = inject('fixtureSite');

function filesIn(dir: string, ending?: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory() ? walk(join(folder, item.name)) : [join(folder, item.name)],
    );
  return walk(dir)
    .filter((f) => !ending || f.endsWith(ending))
    .map((f) => relative(dir, f))
    .sort();
}

const feeds = filesIn(join(siteDir, 'feeds'), '.xml');
const calendars = filesIn(join(siteDir, 'calendars'), '.ics');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

describe('the example site’s feeds', () => {
  it('has the whole site’s, the overdue one, and one per commitment, partner, topic and group', () => {
    // As many as the open data has rows of each.
    const count = (folder: string) => (JSON.parse(read(`data/${folder}.json`)) as unknown[]).length;
    expect(feeds).toContain('updates.xml');
    expect(feeds).toContain('overdue.xml');
    for (const kind of ['commitments', 'partners', 'themes', 'groups']) {
      expect(feeds.filter((f) => f.startsWith(`${kind}/`)).length, kind).toBe(count(kind));
    }
  });

  it.each(feeds)(
    'feeds/%s is well-formed Atom with true dates, newest change first, and links that lead somewhere',
    (file) => {
      const xml = read(`feeds/${file}`);
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = parseFeed(xml);
      const day = (d: Date | null) => d!.toISOString().slice(0, 10);
      // An entry changed since it was published (corrected minutes) is as new as its change.
      const changed = feed.items.map((i) => day(i.updated));
      expect([...changed].sort().reverse()).toEqual(changed);
      for (const item of feed.items) expect(day(item.published) <= day(item.updated), item.id!).toBe(true);
      for (const item of feed.items) {
        const { pathname, hash } = new URL(item.url!, 'http://site.invalid');
        const page = join(siteDir, pathname, 'index.html');
        expect(existsSync(page), `${file}: ${item.url}`).toBe(true);
        if (hash) expect(readFileSync(page, 'utf8'), `${file}: ${item.url}`).toContain(`id="${hash.slice(1)}"`);
      }
      const ids = feed.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('every page that can be followed links its feed in its head and on the page', () => {
    for (const file of feeds.filter((f) => f.includes('/'))) {
      const page = join(siteDir, file.replace(/\.xml$/, ''), 'index.html');
      const html = readFileSync(page, 'utf8');
      const href = `/feeds/${file}`;
      expect(html, page).toContain(`<link rel="alternate" type="application/atom+xml" title=`);
      expect(html, page).toMatch(new RegExp(`<link rel="alternate"[^>]*href="${href}"`));
      expect(html, page).toMatch(new RegExp(`<a href="${href}">\\s*Follow:`));
    }
  });
});

describe('the example site’s calendars', () => {
  it.each(calendars)(
    'calendars/%s is iCalendar that ical.js reads, with unique UIDs, each meeting a day or hours within one',
    (file) => {
      const vcal = new ICAL.Component(ICAL.parse(read(`calendars/${file}`)));
      const events = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.length).toBeGreaterThan(0);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      for (const e of events) {
        const [start, end] = [e.startDate.toString(), e.endDate.toString()];
        if (e.startDate.isDate) expect(e.duration.toSeconds(), e.uid).toBe(86_400);
        else expect([start.slice(0, 10) === end.slice(0, 10), start < end], e.uid).toEqual([true, true]);
      }
    },
  );
});

describe('the follow page beside the calendars', () => {
  // The example is built without the site's address (PORTAL_SITE_URL): an event then has no
  // address of its minutes to carry, so the page must not promise one.
  it('says past meetings link to their minutes only when the calendars carry the links', () => {
    const vcal = new ICAL.Component(ICAL.parse(read('calendars/meetings.ics')));
    expect(vcal.getAllSubcomponents('vevent').some((v) => v.hasProperty('url'))).toBe(false);
    const page = read('follow/index.html').replace(/<[^>]+>/g, '');
    expect(page).toContain('The next meeting and past meetings appear in your calendar.');
    expect(page).not.toContain('link to their minutes');
  });
});

interface Field {
  name: string;
  type: string;
  constraints: { required: boolean; enum?: string[] };
}

/** Problems with one CSV cell, judged by the Table Schema field it belongs to. */
function cellProblem(value: string, field: Field): string | undefined {
  if (value === '') return field.constraints.required ? 'is empty but required' : undefined;
  if (field.constraints.enum && !field.constraints.enum.includes(value))
    return `is not one of ${field.constraints.enum}`;
  const ok: Record<string, (v: string) => boolean> = {
    string: () => true,
    integer: (v) => /^-?\d+$/.test(v),
    number: (v) => Number.isFinite(Number(v)),
    boolean: (v) => v === 'true' || v === 'false',
    date: (v) => isRealDate(v),
    array: (v) => Array.isArray(JSON.parse(v)),
    object: (v) => typeof JSON.parse(v) === 'object',
    any: () => true,
  };
  return ok[field.type]!(value) ? undefined : `is not a ${field.type}`;
}

describe('the example site’s open data', () => {
  const descriptor = JSON.parse(read('data/datapackage.json'));
  const csvResources = descriptor.resources.filter((r: { format: string }) => r.format === 'csv');

  it('the data package names the licence and a file for every resource', () => {
    expect(descriptor.licenses).toEqual([
      {
        path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
        title: 'Open Government Licence v3.0',
      },
    ]);
    for (const r of descriptor.resources) expect(existsSync(join(siteDir, 'data', r.path)), r.path).toBe(true);
  });

  it('every CSV has its Table Schema’s columns, and every cell fits its field', () => {
    for (const r of csvResources) {
      const rows = parse(read(`data/${r.path}`), { columns: true }) as Record<string, string>[];
      const fields = r.schema.fields as Field[];
      const json = JSON.parse(read(`data/${r.path.replace(/\.csv$/, '.json')}`)) as Record<string, unknown>[];
      expect(json.length, r.path).toBe(rows.length);
      expect(Object.keys(rows[0] ?? {}), r.path).toEqual(fields.map((f) => f.name));
      const problems = rows.flatMap((row, i) =>
        fields.flatMap((f) => {
          const problem = cellProblem(row[f.name]!, f);
          return problem ? [`${r.path} row ${i + 2} ${f.name} ${problem}`] : [];
        }),
      );
      expect(problems).toEqual([]);
    }
  });

  it('the commitments’ CSV agrees with each commitment’s page on its status', () => {
    const rows = parse(read('data/commitments.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const html = read(`commitments/${row.id}/index.html`);
      const shown = /Status:<\/span>\s*<strong[^>]*>([^<]+)<\/strong>/.exec(html)?.[1];
      expect(shown, row.id).toBe(row.statusLabel);
      expect(html.includes('>Overdue</strong>'), `${row.id} overdue`).toBe(row.overdue === 'true');
    }
  });

  it('each commitment’s page carries JSON-LD: an Action whose status is the one the CSV gives', () => {
    const rows = parse(read('data/commitments.csv'), { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const html = read(`commitments/${row.id}/index.html`);
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) =>
        JSON.parse(m[1]!),
      );
      const action = scripts.find((d) => d['@type'] === 'WebPage')?.mainEntity;
      expect(action?.name, row.id).toBe(row.title);
      expect(action?.actionStatus, row.id).toBe(
        `https://schema.org/${ACTION[row.status as keyof typeof ACTION].status}`,
      );
    }
  });

  it('the zip holds every other file under /data/', () => {
    const zip = unzipSync(readFileSync(join(siteDir, 'data', 'all-data.zip')));
    const others = filesIn(join(siteDir, 'data')).filter((f) => f !== 'all-data.zip' && !f.endsWith('.html'));
    expect(Object.keys(zip).sort()).toEqual(others);
  });
});

describe('a second build of the same content on the same day', () => {
  it('writes the feeds, calendars and data byte for byte the same', async () => {
    expect(fixture.status, fixture.output).toBe(0);
    const copy = copyFixture();
    makeBuildable(copy);
    const out = mkdtempSync(join(tmpdir(), 'portal-again-'));
    try {
      const run = await runInBackground(copy.root, [astroBin, 'build', '--outDir', out], { PORTAL_TODAY: FIXTURE_DAY });
      expect(run.status, run.output).toBe(0);
      const published = ['feeds', 'calendars', 'data'].flatMap((folder) =>
        filesIn(join(fixture.dir, folder)).map((f) => `${folder}/${f}`),
      );
      expect(published.length).toBeGreaterThan(10);
      for (const file of published) {
        expect(readFileSync(join(out, file)).equals(readFileSync(join(fixture.dir, file))), file).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
      copy.dispose();
    }
  });
});
