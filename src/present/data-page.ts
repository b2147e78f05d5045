// What the open data page and the schema page show: each file, what it holds, its size, and what
// each column means (the data dictionary), from the same tables the files are written from.
// The files are one set for every reader; the page around them speaks the reader's language. What
// each column holds is described in the contract's own words, which are English: the page says so
// once and marks each description as English, rather than keep hundreds of them translated.
import type { Registry } from '../contract/index.ts';
import { contractSchemas, schemaFileName } from '../contract/json-schema.ts';
import { DESCRIPTOR_NAME, ZIP_NAME } from './data-files.ts';
import type { DownloadLike } from './json-ld.ts';
import type { Messages } from './messages.ts';
import type { ColumnType, Table } from './open-data.ts';
import { routes } from './routes.ts';

/** The language the contract describes its fields in. */
export const CONTRACT_LANGUAGE = 'en';

/** Each column type's words in the catalogues. */
const COLUMN_TYPE_KEYS: Record<ColumnType, string> = {
  string: 'data.typeString',
  integer: 'data.typeInteger',
  number: 'data.typeNumber',
  boolean: 'data.typeBoolean',
  date: 'data.typeDate',
  array: 'data.typeArray',
  object: 'data.typeObject',
  any: 'data.typeAny',
};

/** A published file: where it is, its name and how big it is. */
export interface FileFacts {
  href: string;
  file: string;
  bytes: number;
}

/** The open data as any language's page shows it, before it is put into words. */
export interface DataPageFacts {
  zip: FileFacts;
  descriptor: FileFacts;
  tables: {
    name: string;
    /** The contract's English name for it, for a table the catalogues have no name for. */
    title: string;
    /** True when the site adds columns it works out to the fields volunteers write. */
    worksOut: boolean;
    rows: number;
    csv: FileFacts;
    json: FileFacts;
    columns: { name: string; type: ColumnType; description: string; choices?: readonly string[]; derived: boolean }[];
  }[];
  schemas: { name: string; href: string; file: string }[];
}

export function dataPage(
  tables: readonly Table[],
  files: ReadonlyMap<string, string | Uint8Array>,
  registry: Registry,
): DataPageFacts {
  const facts = (file: string): FileFacts => {
    const body = files.get(file);
    const bytes = body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    return { href: routes.dataFile(file), file, bytes };
  };
  return {
    zip: facts(ZIP_NAME),
    descriptor: facts(DESCRIPTOR_NAME),
    tables: tables.map((t) => ({
      name: t.name,
      title: t.title,
      // Every table with a page has its address worked out; only other columns the site works out count.
      worksOut: t.columns.some((c) => c.derived && c.name !== 'address'),
      rows: t.rows.length,
      csv: facts(`${t.name}.csv`),
      json: facts(`${t.name}.json`),
      columns: t.columns.map((c) => ({
        name: c.name,
        type: c.type,
        description: c.description,
        ...(c.choices ? { choices: c.choices } : {}),
        derived: c.derived ?? false,
      })),
    })),
    schemas: Object.keys(contractSchemas(registry)).map((name) => ({
      name,
      file: schemaFileName(name),
      href: routes.schema(schemaFileName(name)),
    })),
  };
}

/** Words, and the language they are in when that is not the page's. */
export interface Worded {
  text: string;
  lang?: string;
}

/** A piece of a list of values: a value, which is code, or the words between values. */
export type ListPart = string | { code: string };

export interface FileLink {
  href: string;
  label: string;
  /** Its size, like "12 KB". */
  size: string;
}

/** The open data page in one language. */
export interface DataPageView {
  zip: FileLink;
  descriptor: FileLink;
  tables: {
    name: string;
    title: Worded;
    /** What a row is, and how many rows there are. */
    about: string;
    csv: FileLink;
    json: FileLink;
    columns: {
      name: string;
      kind: string;
      /** In the contract's language, English. */
      description: Worded;
      /** The values allowed, for a choice of words, as a list in the page's language. */
      choices?: ListPart[];
      source: string;
    }[];
  }[];
  schemas: { name: string; href: string; file: string }[];
  /** Said once when the descriptions of the columns are not in the page's language. */
  descriptionsLanguage?: string;
  /** Said once when the schemas are not in the page's language. */
  schemasLanguage?: string;
  /** For the Dataset's structured data: each file named in the page's language, as the page names it. */
  downloads: DownloadLike[];
}

/** A file's size in the page's language: "812 bytes", "12 KB". */
export function fileSize(m: Messages, bytes: number): string {
  return bytes < 1024
    ? m.t('data.sizeBytes', { count: bytes })
    : m.t('data.sizeKb', { count: Math.max(1, Math.round(bytes / 1024)) });
}

/** The values as a list, joined with the page's own "or", each value kept whole as code. */
export function choiceList(m: Messages, choices: readonly string[]): ListPart[] {
  return new Intl.ListFormat(m.locale, { type: 'disjunction' })
    .formatToParts(choices)
    .map((part) => (part.type === 'element' ? { code: part.value } : part.value));
}

/** The open data page in `m`'s language. */
export function dataPageIn(m: Messages, facts: DataPageFacts): DataPageView {
  const link = (f: FileFacts, label: string): FileLink => ({ href: f.href, label, size: fileSize(m, f.bytes) });
  const english = m.lang.split('-')[0] === CONTRACT_LANGUAGE;
  const inContractLanguage = (text: string): Worded => (english ? { text } : { text, lang: CONTRACT_LANGUAGE });
  const tables = facts.tables.map((t) => {
    const key = `data.table.${t.name}`;
    const about = t.name === 'actions' ? 'data.aboutActions' : t.worksOut ? 'data.aboutWorkedOut' : 'data.aboutWritten';
    return {
      name: t.name,
      title: m.has(key) ? { text: m.t(key) } : inContractLanguage(t.title),
      about: `${m.t(about)} ${m.t('data.rows', { count: t.rows })}`,
      csv: link(t.csv, t.csv.file),
      json: link(t.json, t.json.file),
      columns: t.columns.map((c) => ({
        name: c.name,
        kind: m.t(COLUMN_TYPE_KEYS[c.type]),
        description: inContractLanguage(c.description),
        ...(c.choices ? { choices: choiceList(m, c.choices) } : {}),
        source: m.t(c.derived ? 'data.sourceDerived' : 'data.sourceWritten'),
      })),
    };
  });
  const zip = link(facts.zip, m.t('data.zipLabel'));
  const descriptor = link(facts.descriptor, m.t('data.descriptorLabel', { file: facts.descriptor.file }));
  return {
    zip,
    descriptor,
    tables,
    schemas: facts.schemas,
    ...(english ? {} : { descriptionsLanguage: m.t('data.descriptionsInEnglish') }),
    ...(english ? {} : { schemasLanguage: m.t('data.schemasInEnglish') }),
    downloads: [
      { name: zip.label, file: facts.zip.file, format: 'application/zip' },
      { name: descriptor.label, file: facts.descriptor.file, format: 'application/json' },
      ...tables.flatMap((t) => [
        { name: `${t.title.text} (CSV)`, lang: t.title.lang, file: t.csv.label, format: 'text/csv' },
        { name: `${t.title.text} (JSON)`, lang: t.title.lang, file: t.json.label, format: 'application/json' },
      ]),
    ],
  };
}
