// The files of the open data: each table as CSV (RFC 4180, through csv-stringify) and as JSON, a
// Frictionless Data Package descriptor with a Table Schema for every file, the contract's JSON
// Schemas, and one zip of everything (fflate). The same content on the same day gives the same bytes.
// The open data is one set of files for every reader, so its words are in the content's own language.
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Registry, Site } from '../contract/index.ts';
import { contractSchemas, schemaFileName, schemaText } from '../contract/json-schema.ts';
import { absolute } from './atom.ts';
import type { Column, Table } from './open-data.ts';
import { routes } from './routes.ts';
import { slugOf } from '../contract/slug.ts';

/** The name of the zip of everything. */
export const ZIP_NAME = 'all-data.zip';
export const DESCRIPTOR_NAME = 'datapackage.json';

/** A value as a CSV cell holds it: lists and sets of fields as JSON (as Table Schema reads `array` and `object`), nothing as empty. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A table as CSV. A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and
 * the cells hold what anyone wrote (a resident's words): such a cell starts with an apostrophe,
 * which spreadsheets hide and read as "this is text" (csv-stringify's escape_formulas, after
 * OWASP's advice). Numbers are left as they are; the JSON files have every text exactly as written.
 */
export function tableCsv(table: Table): string {
  return stringify(
    table.rows.map((row) =>
      table.columns.map((c) => (typeof row[c.name] === 'number' ? row[c.name] : csvCell(row[c.name]))),
    ),
    { header: true, columns: table.columns.map((c) => c.name), record_delimiter: 'windows', escape_formulas: true },
  );
}

export function tableJson(table: Table): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

/** A column as a Table Schema field. */
function tableField(c: Column) {
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: c.derived ? `${c.description} Worked out by the site.` : c.description,
    constraints: { required: c.required, ...(c.choices ? { enum: [...c.choices] } : {}) },
  };
}

export function tableSchema(table: Table) {
  return {
    fields: table.columns.map(tableField),
    primaryKey: ['id'],
    missingValues: [''],
  };
}

export interface DataOptions {
  site: Site;
  /** The day statuses were worked out for, and the data built. */
  today: string;
  origin?: string;
}

/** The Data Package descriptor: every file, its Table Schema, and the licence. */
export function dataPackage(tables: Table[], { site, today, origin }: DataOptions) {
  // A package's name takes lower-case letters, digits and hyphens: Łódź's partnership is lodz-….
  const name = slugOf(site.partnership) || 'portal';
  return {
    // Not `tabular-data-package`: that profile wants every resource a CSV table, and each table is
    // also offered as JSON.
    profile: 'data-package',
    name,
    title: `${site.partnership}: open data`,
    description: `Everything on ${site.name}: every commitment, update, meeting and “you said, we did”, with the statuses and flags the site works out, as of ${today}.`,
    ...(origin ? { homepage: absolute(routes.data(), origin) } : {}),
    created: `${today}T00:00:00Z`,
    licenses: [{ path: site.licence.url, title: site.licence.title }],
    contributors: [{ title: site.partnership, role: 'publisher', email: site.contact }],
    resources: tables.flatMap((t) => [
      {
        name: t.name,
        path: `${t.name}.csv`,
        profile: 'tabular-data-resource',
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(t),
      },
      {
        name: `${t.name}-json`,
        path: `${t.name}.json`,
        profile: 'data-resource',
        title: `${t.title} (JSON)`,
        description: `${t.description} The same rows as ${t.name}.csv, as a JSON list of objects.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: tableSchema(t),
      },
    ]),
  };
}

/** Every file under /data/ (but the page for people), by its path there. */
export function dataFiles(tables: Table[], registry: Registry, options: DataOptions): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const t of tables) {
    files.set(`${t.name}.csv`, tableCsv(t));
    files.set(`${t.name}.json`, tableJson(t));
  }
  files.set(DESCRIPTOR_NAME, `${JSON.stringify(dataPackage(tables, options), null, 2)}\n`);
  for (const [name, schema] of Object.entries(contractSchemas(registry))) {
    files.set(`schema/${schemaFileName(name)}`, schemaText(schema));
  }
  files.set(ZIP_NAME, zipOf(files, options.today));
  return files;
}

/**
 * One zip of the files, in name order, each dated the build day (a zip stores a local date and
 * time, so noon keeps the day whatever the time zone), so the same files give the same bytes.
 */
export function zipOf(files: Map<string, string | Uint8Array>, today: string): Uint8Array {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries = Object.fromEntries(
    [...files.keys()].sort().map((name) => {
      const value = files.get(name)!;
      return [name, [typeof value === 'string' ? strToU8(value) : value, { mtime }]];
    }),
  ) as Zippable;
  // fflate's usual level: level 9 took three times as long on the example's files for 0.1% fewer bytes.
  return zipSync(entries, { level: 6, mtime });
}
