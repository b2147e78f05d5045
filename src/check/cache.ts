// Remembers what the check found in each file, so that a second run (the build after `npm run
// check`, or the check after an edit) reads, parses and scans only the files that changed. A file's
// result is reused only when its bytes hash the same, it was checked by this same code (the
// checker's own sources and the installed packages, hashed), for the same base path and the same
// allowed contact details, and every upload its body refers to is still there or still missing.
// Anything else is checked again. Rules across files and the schemas always run, on the remembered
// data, so a change in one file is seen wherever it matters.
import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from './problem.ts';
import type { BodyAddress, Heading } from './body/render.ts';
import type { LineTable } from './read.ts';

/** Where the cache lives, under the project: node_modules/.cache is where tools keep theirs, and git ignores it. */
export const CACHE_FILE = join('node_modules', '.cache', 'portal-check', 'results.v8');
/**
 * The results that differ from CACHE_FILE's, beside it: after an edit or two only these are
 * written, not every file's again (at 10,000 entries that is 16 MB, and a tenth of the check).
 */
export const CHANGES_FILE = join('node_modules', '.cache', 'portal-check', 'changes.v8');
/** Most results kept apart from the whole before the whole is written again with them. */
export const MOST_CHANGES = 500;

/** What the check found in one file alone, without the functions a fresh read carries. */
export interface FileRecord {
  /** SHA-1 of the file's bytes. */
  hash: string;
  /** Each upload the body refers to, and whether it was in public/ then. */
  images: [string, boolean][];
  /** The problems found reading this file. */
  problems: Problem[];
  /** What its schema found, and whether it passed; its data after the schema read it. */
  validation: Problem[];
  valid: boolean;
  data?: unknown;
  /** The personal-data and wording problems found in it (they look at this file alone). */
  personal: Problem[];
  wording: Problem[];
  /** The entry as read, when the file could be read. */
  entry?: {
    collection: string;
    id: string;
    file: string;
    data: unknown;
    /** The text and body are made again from the file's bytes (read.ts textAndBody). */
    bodyLine: number;
    rendered?: { html: string; headings: Heading[]; addresses?: BodyAddress[] };
    lines: LineTable;
  };
}

interface Stored {
  key: string;
  files: Record<string, FileRecord>;
}

/** SHA-1 of a file's bytes: enough to tell an edited file, and the quickest Node has for 10,000 files. */
export const hashOf = (data: string | Buffer): string => hash('sha1', data);

/** Every source file of the checker (src/check, src/contract, src/model), in a fixed order. */
function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(?:ts|js|json)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** A hash of the code that does the checking: a cache written by other code is never read. */
export function checkerVersion(root: string): string {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..');
  const version = createHash('sha256');
  for (const part of ['check', 'contract', 'model'])
    for (const file of sourcesOf(join(src, part))) version.update(file.slice(src.length)).update(readFileSync(file));
  // The parsers and schema library the checker uses, as installed.
  for (const lock of [join(root, 'package-lock.json'), join(root, 'node_modules', '.package-lock.json')])
    if (existsSync(lock)) version.update(readFileSync(lock));
  version.update(process.version);
  return version.digest('hex');
}

export interface CheckCache {
  /** The remembered result for `file`, if its bytes, uploads and settings are the same. */
  get(file: string, hash: string, uploadThere: (sitePath: string) => boolean): FileRecord | undefined;
  set(file: string, record: FileRecord): void;
  /** Writes what this run found (files no longer there are forgotten). Never fails the check. */
  save(): void;
}

/** Opens the cache under `root`; `settings` are what every file's result depends on (base path, allowed contacts). */
export function openCache(root: string, settings: string): CheckCache {
  const path = join(root, CACHE_FILE);
  const key = createHash('sha256')
    .update(`${checkerVersion(root)}\u0000${settings}`)
    .digest('hex');
  const changesPath = join(root, CHANGES_FILE);
  const stored = (at: string) => {
    try {
      const read = deserialize(readFileSync(at)) as Stored;
      if (read.key === key) return read.files;
    } catch {
      // No cache yet, or one that cannot be read: check everything.
    }
    return {};
  };
  const whole = stored(path);
  // Each result says which bytes it is for, so a change kept from another run is never wrongly used.
  const changes = stored(changesPath);
  const before = { ...whole, ...changes };
  const now: Record<string, FileRecord> = {};
  let reused = 0;
  let changed = false;
  const write = (at: string, files: Record<string, FileRecord>) => {
    const partial = `${at}.${process.pid}`;
    writeFileSync(partial, serialize({ key, files } satisfies Stored));
    renameSync(partial, at);
  };
  return {
    get(file, hash, uploadThere) {
      const record = before[file];
      if (!record || record.hash !== hash) return undefined;
      if (!record.images.every(([sitePath, there]) => uploadThere(sitePath) === there)) return undefined;
      now[file] = record;
      reused++;
      return record;
    },
    set(file, record) {
      now[file] = record;
      changed = true;
    },
    save() {
      // Every file reused and none gone: what is stored is already right.
      if (!changed && reused === Object.keys(before).length) return;
      try {
        mkdirSync(dirname(path), { recursive: true });
        const apart = Object.entries(now).filter(([file, record]) => whole[file] !== record);
        // Results of files gone since stay in the whole until it is next written: never used, as no file asks for them.
        const gone = Object.keys(whole).filter((file) => !(file in now)).length;
        if (apart.length + gone <= MOST_CHANGES && Object.keys(whole).length > 0) {
          write(changesPath, Object.fromEntries(apart));
          return;
        }
        write(path, now);
        rmSync(changesPath, { force: true });
      } catch {
        // A read-only project still gets checked; only the next run is slower.
      }
    },
  };
}
