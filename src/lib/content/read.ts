// Reads the content folder as files, keeping each field's line so problems can point at it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { BODY_ENDINGS, COLLECTION_NAMES, collections, type CollectionName } from '../schema/index.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** One content file, read but not yet validated. */
export interface RawEntry {
  collection: CollectionName | 'site';
  /** The file name without its ending: the entry's id and the last part of its URL. */
  id: string;
  /** Path from the project root. */
  file: string;
  /** The front matter (or whole YAML file) as parsed. */
  data: unknown;
  /** The Markdown after the front matter; empty for YAML files. */
  body: string;
  /** The line where the body starts in the file. */
  bodyLine: number;
  /** The whole file, as written. */
  text: string;
  /** The line of the field at `path`, or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

const IGNORED = new Set(['.gitkeep', '.DS_Store', 'README.md', 'Thumbs.db']);

function parseYaml(text: string, file: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // Only the first YAML error: the ones after it are nearly always knock-on effects of it.
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `This line is not valid YAML (${error.message.split('\n')[0]}). Check the indentation, that each field is \`name: value\`, and that text with a colon in it is in quotes.`,
  }));
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
  return { data: problems.length ? undefined : doc.toJS(), problems, lineOf };
}

/** Reads one file of a collection (or site.yaml) into a RawEntry, or says why it cannot. */
export function readEntry(
  root: string,
  path: string,
  collection: CollectionName | 'site',
): { entry?: RawEntry; problems: Problem[] } {
  const file = relative(root, path).split('\\').join('/');
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const id = basename(path, extname(path));
  const isBody = collection !== 'site' && (BODY_ENDINGS as readonly string[]).includes(extname(path));
  if (!isBody) {
    const yaml = parseYaml(text, file, 1);
    return { entry: yaml.data === undefined ? undefined : { collection, id, file, data: yaml.data, body: '', bodyLine: 1, text, lineOf: yaml.lineOf }, problems: yaml.problems };
  }
  const lines = text.split(/\r?\n/);
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
          message: 'The front matter is never closed. Add a line with just `---` after the last field, before the text.',
        },
      ],
    };
  }
  const yaml = parseYaml(lines.slice(1, close).join('\n'), file, 2);
  if (yaml.data === undefined) return { problems: yaml.problems };
  const data = yaml.data === null ? {} : yaml.data;
  const body = lines.slice(close + 1).join('\n');
  return { entry: { collection, id, file, data, body, bodyLine: close + 2, text, lineOf: yaml.lineOf }, problems: yaml.problems };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? walk(path) : [path];
  });
}

/**
 * Reads every file under the content folder. A file the site would not read (a wrong ending, a
 * folder that is not a collection) is a problem, not skipped: nothing a volunteer wrote is
 * silently dropped.
 */
export function readContent(contentDir: string, root: string): ReadResult {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const where = (path: string) => relative(root, path).split('\\').join('/');
  try {
    if (!statSync(contentDir).isDirectory()) throw new Error('not a folder');
  } catch {
    return { entries, problems: [{ file: where(contentDir), line: 1, message: 'There is no content folder here. Create it, with site.yaml and a folder for each collection.' }] };
  }

  const sitePath = join(contentDir, 'site.yaml');
  let hasSite = false;
  try {
    hasSite = statSync(sitePath).isFile();
  } catch {
    hasSite = false;
  }
  if (hasSite) {
    const read = readEntry(root, sitePath, 'site');
    if (read.entry) entries.push(read.entry);
    problems.push(...read.problems);
  } else {
    problems.push({
      file: where(sitePath),
      line: 1,
      message: 'There is no site.yaml. Create it with the fields name, partnership, description, contact and exampleContent.',
    });
  }

  for (const item of readdirSync(contentDir, { withFileTypes: true })) {
    if (IGNORED.has(item.name) || item.name === 'site.yaml') continue;
    const known = (COLLECTION_NAMES as string[]).includes(item.name);
    if (!item.isDirectory() || !known) {
      problems.push({
        file: where(join(contentDir, item.name)),
        line: 1,
        message: `This is not part of the content, so the site would not read it.${didYouMean(item.name, [...COLLECTION_NAMES, 'site.yaml'])} The content folder holds site.yaml and the folders ${COLLECTION_NAMES.join(', ')}.`,
      });
    }
  }

  for (const name of COLLECTION_NAMES) {
    const dir = join(contentDir, name);
    let files: string[] = [];
    try {
      files = walk(dir);
    } catch {
      continue; // An empty collection is allowed: a new partnership may have no minutes yet.
    }
    const endings = collections[name].endings as readonly string[];
    const seen = new Map<string, string>();
    for (const path of files.sort()) {
      if (IGNORED.has(basename(path))) continue;
      if (!endings.includes(extname(path))) {
        problems.push({
          file: where(path),
          line: 1,
          message: `The site only reads files ending ${endings.join(' or ')} in ${name}/, so it would not read this one. Rename it to end ${endings[0]}.`,
        });
        continue;
      }
      const read = readEntry(root, path, name);
      problems.push(...read.problems);
      const id = basename(path, extname(path));
      const other = seen.get(id);
      if (other) {
        problems.push({
          file: where(path),
          line: 1,
          message: `Another file, ${other}, has the same name, so both would be the ${collections[name].noun} \`${id}\`. Rename one of them.`,
        });
        continue;
      }
      seen.set(id, where(path));
      if (read.entry) entries.push(read.entry);
    }
  }
  return { entries, problems };
}
