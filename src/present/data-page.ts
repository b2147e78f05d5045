// What the open data page and the schema page show: each file, what it holds, its size, and what
// each column means (the data dictionary), from the same tables the files are written from.
import type { Registry } from '../contract/index.ts';
import { contractSchemas, schemaFileName } from '../contract/json-schema.ts';
import { DESCRIPTOR_NAME, ZIP_NAME } from './data-files.ts';
import type { DownloadLike } from './json-ld.ts';
import type { ColumnType, Table } from './open-data.ts';
import { plural } from './plural.ts';
import { routes } from './routes.ts';

/** What each column type means, in words. */
export const COLUMN_TYPE_WORDS: Record<ColumnType, string> = {
  string: 'text',
  integer: 'whole number',
  number: 'number',
  boolean: 'true or false',
  date: 'date (YYYY-MM-DD)',
  array: 'list (JSON)',
  object: 'set of fields (JSON)',
  any: 'text or a set of fields (JSON)',
};

export interface FileLink {
  href: string;
  label: string;
  /** Its size, like "12 KB". */
  size: string;
}

export interface DataPageView {
  zip: FileLink;
  descriptor: FileLink;
  tables: {
    name: string;
    title: string;
    description: string;
    rows: string;
    csv: FileLink;
    json: FileLink;
    columns: { name: string; type: string; description: string; source: string }[];
  }[];
  schemas: { name: string; href: string; file: string }[];
  /** For the Dataset's structured data. */
  downloads: DownloadLike[];
}

export function fileSize(bytes: number): string {
  return bytes < 1024 ? plural(bytes, 'byte') : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function dataPage(
  tables: readonly Table[],
  files: ReadonlyMap<string, string | Uint8Array>,
  registry: Registry,
): DataPageView {
  const link = (file: string, label: string): FileLink => {
    const body = files.get(file);
    const bytes = body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    return { href: routes.dataFile(file), label, size: fileSize(bytes) };
  };
  return {
    zip: link(ZIP_NAME, 'Everything in one zip file'),
    descriptor: link(DESCRIPTOR_NAME, 'The data package descriptor (datapackage.json)'),
    tables: tables.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      rows: plural(t.rows.length, 'row'),
      csv: link(`${t.name}.csv`, `${t.name}.csv`),
      json: link(`${t.name}.json`, `${t.name}.json`),
      columns: t.columns.map((c) => ({
        name: c.name,
        type: COLUMN_TYPE_WORDS[c.type],
        description: c.choices ? `${c.description} One of: ${c.choices.join(', ')}.` : c.description,
        source: c.derived ? 'Worked out by the site' : 'As written in the content',
      })),
    })),
    schemas: Object.keys(contractSchemas(registry)).map((name) => ({
      name,
      file: schemaFileName(name),
      href: routes.schema(schemaFileName(name)),
    })),
    downloads: [
      { name: 'Everything (zip)', file: ZIP_NAME, format: 'application/zip' },
      { name: 'Data package descriptor', file: DESCRIPTOR_NAME, format: 'application/json' },
      ...tables.flatMap((t) => [
        { name: `${t.title} (CSV)`, file: `${t.name}.csv`, format: 'text/csv' },
        { name: `${t.title} (JSON)`, file: `${t.name}.json`, format: 'application/json' },
      ]),
    ],
  };
}
