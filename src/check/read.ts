// Reads each content file once: bytes to text (UTF-8 only), front matter and YAML with the one
// YAML parser, and the body with the real Markdown or MDX parser into sanitised HTML. Each field
// keeps its line, so problems can point at it. The check validates what this returns and the
// build publishes it; neither reads the file again.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Registry } from '../contract/index.ts';
import {
  renderBody,
  single,
  type BodyAddress,
  type Heading,
  type LineEndComment,
  type ReadableText,
} from './body/render.ts';
import { TOO_DEEP } from './body/parse.ts';
import { listContent, type ContentFile } from './files.ts';
import type { Problem } from './problem.ts';

/** One content file, read but not yet validated. */
export interface RawEntry {
  collection: string;
  /** The file name without its ending: the entry's id and the last part of its URL. */
  id: string;
  /** Path from the project root. */
  file: string;
  /** The front matter (or whole YAML file) as parsed. */
  data: unknown;
  /** The Markdown after the front matter, line endings made \n; empty for YAML files. */
  body: string;
  /** The line where the body starts in the file. */
  bodyLine: number;
  /** The whole file as text, line endings made \n. */
  text: string;
  /** The body as the site publishes it: sanitised HTML, its headings, and the links and pictures in it (at file lines). */
  rendered?: { html: string; headings: Heading[]; addresses?: BodyAddress[] };
  /** Text as readers will see it (YAML values, the rendered body), with file lines, for the personal-data scan. */
  readable: ReadableText[];
  /** The comments in the body that end their line, at file lines, as its parser found them. */
  comments?: LineEndComment[];
  /** The line of the field at `path`, or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Every field's line, by path (see `lineTable`): what `lineOf` answers from, kept when the check's result is cached. */
  lines?(): LineTable;
}

/**
 * Each field's line, keyed by its path: each step is `k`, the map key's length, `:` and the key, or
 * `i` and a list position, after a NUL. A key may hold any character, a NUL or a `k` included; its
 * length says where it ends, so no two paths share a table key.
 */
export type LineTable = Record<string, number>;

const STEP = '\u0000';
const keyStep = (key: string) => `${STEP}k${key.length}:${key}`;
const itemStep = (position: number) => `${STEP}i${position}`;

/** `lineOf` answered from a line table, exactly as it is from the YAML document. */
export function lineOfTable(table: LineTable): (path: readonly PropertyKey[]) => number {
  return (path) => {
    let at = '';
    let line = table[''] ?? 1;
    for (const step of path) {
      const key = `${at}${keyStep(String(step))}`;
      const item = typeof step === 'number' ? `${at}${itemStep(step)}` : undefined;
      if (key in table) at = key;
      else if (item !== undefined && item in table) at = item;
      else break;
      line = table[at]!;
    }
    return line;
  };
}

/** A line table's key as the path it stands for: \0k3:aim\0i2 is ['aim', 2]. */
function pathOfKey(key: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (let i = 0; i < key.length;) {
    if (key[i + 1] === 'i') {
      const end = key.indexOf(STEP, i + 2);
      const stop = end === -1 ? key.length : end;
      path.push(Number(key.slice(i + 2, stop)));
      i = stop;
    } else {
      const colon = key.indexOf(':', i + 2);
      const length = Number(key.slice(i + 2, colon));
      path.push(key.slice(colon + 1, colon + 1 + length));
      i = colon + 1 + length;
    }
  }
  return path;
}

/**
 * The field a line of YAML belongs to: the last field that starts on it or above it, the deepest
 * of those that start on the same line. Undefined above the first field.
 */
export function fieldAtLine(table: LineTable, line: number): (string | number)[] | undefined {
  let best: string | undefined;
  for (const [key, at] of Object.entries(table)) {
    if (key === '' || at > line) continue;
    if (best === undefined || at > table[best]! || (at === table[best]! && key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : pathOfKey(best);
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

export interface ReadOptions {
  /** The path the site is published under (default `/`), for links inside bodies. */
  base?: string;
  /** The collections to read (default: the project's registry). */
  registry?: Registry;
}

/** A YAML problem in plain words, by the parser's error code (its own wording never reaches a volunteer). */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'This line is not valid YAML: the field is written twice. Keep one of them.',
  TAB_AS_INDENT: 'This line is not valid YAML: it is indented with a tab. Indent with spaces instead.',
  BAD_INDENT:
    'This line is not valid YAML: the indentation is not right. Line up each field under the one before it, with spaces, and close any `[` with `]`.',
  MISSING_CHAR:
    'This line is not valid YAML: a quote or bracket opened here is never closed. Add the closing `"`, `\'`, `]` or `}`.',
  BLOCK_AS_IMPLICIT_KEY:
    'This line is not valid YAML: it has more than one `name: value`. Put text that contains a colon in quotes, like `title: "Crisis care: what changed"`.',
  MULTILINE_IMPLICIT_KEY:
    'This line is not valid YAML: a field name runs over more than one line. Each field is `name: value`, with the name on one line.',
  BAD_DQ_ESCAPE:
    'This line is not valid YAML: text in double quotes here has a backslash that is not allowed. Use single quotes, or write `\\\\` for a backslash.',
  MULTIPLE_DOCS:
    'This line is not valid YAML: the file has a second `---` section. A content file holds one set of fields.',
};
const YAML_FALLBACK =
  'This line is not valid YAML. Check the indentation, that each field is `name: value`, and that text with a colon in it is in quotes.';

/**
 * The line a quote or bracket never closed was opened on. The parser finds the fault only at the
 * end of the text, so it is asked again of the text up to each line in turn: the first line whose
 * text so far is missing the closing character is the one that opened it. Only run for that fault.
 */
function lineNeverClosed(text: string): number | undefined {
  const lines = text.split('\n');
  for (let n = 1; n <= lines.length; n++)
    if (
      parseDocument(lines.slice(0, n).join('\n'), { logLevel: 'silent' }).errors.some((e) => e.code === 'MISSING_CHAR')
    )
      return n;
  return undefined;
}

/** How the check has the YAML parser read data: every key once, and its errors as data, not printed. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

function parseYaml(text: string, file: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...YAML_OPTIONS });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // Only the first YAML error: the ones after it are nearly always knock-on effects of it.
  // A fault the parser finds only at the end of the text (a bracket never closed) is put on the
  // last line with anything on it, not on the empty line after it.
  const lastWritten = text.trimEnd().split('\n').length + firstLine - 1;
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => ({
    file,
    line:
      error.code === 'MISSING_CHAR'
        ? (lineNeverClosed(text) ?? 1) + firstLine - 1
        : Math.min(lineAt(error.pos[0]), lastWritten),
    message: YAML_MESSAGES[error.code] ?? YAML_FALLBACK,
  }));
  problems.push(...unusedYamlFeatures(doc, file, lineAt));
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        const key = pair.key as YamlNode;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        node = node.items[step];
        const range = (node as YamlNode).range;
        if (range) line = lineAt(range[0]);
      } else break;
    }
    return line;
  };
  // The same walk as lineOf over every field at once, for a cached result to answer from.
  const lines = (): LineTable => {
    const table: LineTable = { '': firstLine };
    const walk = (node: unknown, at: string, line: number) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair) || !isScalar(pair.key)) continue;
          const key = `${at}${keyStep(String(pair.key.value))}`;
          // The first of two same-named keys is the one lineOf finds.
          if (key in table) continue;
          const range = (pair.key as YamlNode).range;
          const keyLine = range ? lineAt(range[0]) : line;
          table[key] = keyLine;
          walk(pair.value, key, keyLine);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          if (!item) return;
          const key = `${at}${itemStep(i)}`;
          const range = (item as YamlNode).range;
          const itemLine = range ? lineAt(range[0]) : line;
          table[key] = itemLine;
          walk(item, key, itemLine);
        });
      }
    };
    walk(doc.contents, '', firstLine);
    return table;
  };
  let data: unknown;
  if (problems.length === 0) data = doc.toJS({ maxAliasCount: 0 });
  return { data, problems, lineOf, lines, doc, lineAt, source: text };
}

/** Tags (`!!binary`, `!foo`), anchors (`&a`) and aliases (`*a`) are YAML programming: content never needs them, and aliases can blow up. */
function unusedYamlFeatures(doc: Document, file: string, lineAt: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Alias(_, node) {
      problems.push({
        file,
        line: lineAt(node.range?.[0] ?? 0),
        message:
          'A YAML alias (`*name`) repeats another value. Content does not use them: write the value out in full.',
      });
    },
    Node(_, node) {
      const at = lineAt(node.range?.[0] ?? 0);
      if (node.anchor)
        problems.push({
          file,
          line: at,
          message: 'A YAML anchor (`&name`) is not used in content. Remove it and write each value out in full.',
        });
      if (node.tag)
        problems.push({
          file,
          line: at,
          message: `A YAML tag (\`${node.tag.replace('tag:yaml.org,2002:', '!!')}\`) is not used in content. Remove it and write the plain value.`,
        });
    },
  });
  return problems;
}

/** Every string value in parsed YAML, with its line, as readers will see it (folded lines joined). */
function yamlText(doc: Document, lineAt: (offset: number) => number, source: string): ReadableText[] {
  const runs: ReadableText[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range)
        runs.push(blockText(source, node.range[0], node.range[1], lineAt));
      else runs.push(single(node.value, lineAt(node.range?.[0] ?? 0)));
    },
  });
  return runs;
}

/**
 * A block of text (`|` or `>`) from the lines that hold it, joined as a page shows them, each part
 * at its own line: the value alone would put everything in it on the line of its `|`.
 */
function blockText(source: string, from: number, to: number, lineAt: (offset: number) => number): ReadableText {
  const first = lineAt(from) + 1;
  const starts: number[] = [];
  let text = '';
  for (const line of source.slice(from, to).split('\n').slice(1)) {
    starts.push(text.length);
    text += `${line.trim()} `;
  }
  return {
    text,
    lineAt(offset) {
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > offset) i--;
      return first + Math.max(i, 0);
    },
  };
}

// Made once: a decoder holds no state between whole-buffer decodes, and making one per file costs
// more than the decoding.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

/** The bytes as UTF-8 text, or the line of the first byte that is not. */
function decode(bytes: Buffer): { text?: string; badLine?: number } {
  try {
    return { text: STRICT_UTF8.decode(bytes) };
  } catch {
    const good = LENIENT_UTF8.decode(bytes);
    const bad = good.indexOf('\uFFFD');
    return { badLine: good.slice(0, Math.max(bad, 0)).split(/\r\n|\r|\n/).length };
  }
}

// One rule for line endings everywhere: a lone carriage return ends a line for Markdown and
// YAML alike, so every reader below sees the same lines.
const normalised = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * A file's text and body from its bytes, as readEntry made them, for a result kept from a run
 * before: the bytes are read anyway to see whether the file changed, so the text is not kept twice.
 */
export function textAndBody(bytes: Buffer, bodyLine: number, hasBody: boolean): { text: string; body: string } {
  const text = normalised(STRICT_UTF8.decode(bytes));
  return {
    text,
    body: hasBody
      ? text
          .split('\n')
          .slice(bodyLine - 1)
          .join('\n')
      : '',
  };
}

/**
 * The front matter of a Markdown file, as far as it can be found: the lines between its first two
 * `---` lines, or to the end when the second is missing (or from the start when the first is).
 */
function frontMatterOf(text: string): string {
  const lines = text.split('\n');
  const opened = lines[0]?.trim() === '---' ? 1 : 0;
  const close = lines.findIndex((line, i) => i >= opened && line.trim() === '---');
  return lines.slice(opened, close === -1 ? undefined : close).join('\n');
}

/**
 * What YAML can make of a file that cannot be read whole (a tab, a stray quote after a closing
 * one), for finding it by a field other than its name: site.yaml's contact details, an input's
 * reference code. Its own problem is reported by readEntry; this is never validated nor
 * published. Undefined when nothing like fields can be made of it.
 */
export function partlyRead(path: string): Record<string, unknown> | undefined {
  try {
    const text = normalised(LENIENT_UTF8.decode(readFileSync(path)));
    const yaml = ['.md', '.mdx'].includes(extname(path)) ? frontMatterOf(text) : text;
    const data: unknown = parseDocument(yaml, { logLevel: 'silent', uniqueKeys: false }).toJS({ maxAliasCount: 0 });
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one file of a collection (or site.yaml) into a RawEntry, or says why it cannot. */
export function readEntry(
  root: string,
  source: ContentFile,
  options: ReadOptions = {},
  bytes: Buffer = readFileSync(source.path),
  /** Filled with each upload the body refers to and whether it was there, when given. */
  images?: [string, boolean][],
): { entry?: RawEntry; problems: Problem[] } {
  const { path, file, collection } = source;
  const decoded = decode(bytes);
  if (decoded.text === undefined) {
    return {
      problems: [
        {
          file,
          line: decoded.badLine ?? 1,
          message:
            'This file is not saved as UTF-8 text, so some characters would come out wrong. Save it again as UTF-8 (most editors offer this under “Save as” or “Encoding”).',
        },
      ],
    };
  }
  const text = normalised(decoded.text);
  const id = basename(path, extname(path));
  const ending = extname(path);
  const base = { collection, id, file, text, bodyLine: 1, body: '' };
  if (ending !== '.md' && ending !== '.mdx') {
    const yaml = parseYaml(text, file, 1);
    if (yaml.data === undefined && yaml.problems.length) return { problems: yaml.problems };
    return {
      entry: {
        ...base,
        data: yaml.data,
        readable: yamlText(yaml.doc, yaml.lineAt, yaml.source),
        lineOf: yaml.lineOf,
        lines: yaml.lines,
      },
      problems: yaml.problems,
    };
  }
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      problems: [
        {
          file,
          line: 1,
          message:
            'The file does not start with front matter. Its first line must be `---`, then the fields (like `title: …`), then another line `---`, then the text.',
        },
      ],
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) {
    return {
      problems: [
        {
          file,
          line: 1,
          message:
            'The front matter is never closed. Add a line with just `---` after the last field, before the text.',
        },
      ],
    };
  }
  const yaml = parseYaml(lines.slice(1, close).join('\n'), file, 2);
  if (yaml.data === undefined && yaml.problems.length) return { problems: yaml.problems };
  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  const uploads = resolve(root, 'public');
  const rendered = renderBody(body, ending === '.mdx' ? 'mdx' : 'md', {
    base: options.base,
    imageExists: (sitePath) => {
      const there = uploadExists(uploads, sitePath);
      images?.push([sitePath, there]);
      return there;
    },
  });
  const shift = (line: number) => line + bodyLine - 1;
  const problems = [
    ...yaml.problems,
    ...rendered.problems.map((p) => ({ file, line: shift(p.line), field: 'text', message: p.message })),
  ];
  const readable = [
    ...yamlText(yaml.doc, yaml.lineAt, yaml.source),
    ...rendered.readable.map((r) => ({ text: r.text, lineAt: (offset: number) => shift(r.lineAt(offset)) })),
  ];
  return {
    entry: {
      ...base,
      data: yaml.data ?? {},
      body,
      bodyLine,
      rendered: {
        html: rendered.html,
        headings: rendered.headings,
        addresses: rendered.addresses.map((a) => ({ ...a, line: shift(a.line) })),
      },
      readable,
      comments: rendered.comments.map((c) => ({ ...c, line: shift(c.line) })),
      lineOf: yaml.lineOf,
      lines: yaml.lines,
    },
    problems,
  };
}

/** Whether an upload a body refers to is in `uploads` (public/), and not outside it. */
export function uploadExists(uploads: string, sitePath: string): boolean {
  const target = resolve(join(uploads, sitePath));
  return target.startsWith(uploads) && existsSync(target);
}

/** Reads one file as readEntry does; a file that cannot be read is a problem, never a crash. */
export function readOrExplain(
  root: string,
  source: ContentFile,
  options: ReadOptions = {},
  bytes?: Buffer,
  images?: [string, boolean][],
): { entry?: RawEntry; problems: Problem[] } {
  try {
    return readEntry(root, source, options, bytes ?? readFileSync(source.path), images);
  } catch (error) {
    // Past the parser, a body nested thousands deep can still run the renderer out of stack.
    if (error instanceof RangeError) return { problems: [{ file: source.file, line: 1, message: TOO_DEEP }] };
    return {
      problems: [
        {
          file: source.file,
          line: 1,
          message:
            'The site could not read this file. Check that it is a text file saved as UTF-8, with the fields between two `---` lines (or, for .yaml files, `name: value` lines).',
        },
      ],
    };
  }
}

/** Reads every content file, as listed by ./files.ts. A file that cannot be read is a problem, never a crash. */
export function readContent(contentDir: string, root: string, options: ReadOptions = {}): ReadResult {
  const listing = listContent(contentDir, root, options.registry);
  const entries: RawEntry[] = [];
  const problems = [...listing.problems];
  for (const source of listing.files) {
    const read = readOrExplain(root, source, options);
    problems.push(...read.problems);
    if (read.entry) entries.push(read.entry);
  }
  return { entries, problems };
}
