// What the last whole `npm run check` found, kept beside how every file it could have read looked on
// disk then, so that a check run with nothing changed since (again before a commit, or after the
// build has checked) answers at once, without loading the checker, its parsers and its schemas.
//
// Exact, not a guess from timestamps: a file whose size, inode, modified or changed time differ is
// read and hashed, and counts as changed only if its bytes hash differently. The changed time
// (ctime) cannot be set back by a program, so a file rewritten at the same size with its modified
// time put back is still hashed. A time too close to the moment the files were looked at is never
// trusted (a coarse file-system clock may not show an edit made in the same tick): such files are
// always hashed. Links are never trusted. The result also depends on the checker's own code and
// packages and on the day (nothing may be dated after it), so those are part of its key.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkerVersion, hashOf } from './cache.ts';
import type { Problem } from './problem.ts';
import { UPLOADS_DIR } from './uploads-dir.ts';

/** Beside the per-file cache, under node_modules/.cache, which git ignores. */
export const LAST_CHECK_FILE = join('node_modules', '.cache', 'portal-check', 'last-check.json');
/** How close to the moment files were looked at a time must be for the file to be hashed all the same. */
export const RACY_MS = 2000;

/** One file or folder as it was: path from the root, kind, and for a file its stat and the hash of its bytes. */
type Seen = [
  path: string,
  kind: 'file' | 'folder' | 'link' | 'other',
  size: number,
  mtime: number,
  ctime: number,
  ino: number,
  hash: string,
];

interface Stored {
  key: string;
  /** When the files were looked at (ms since 1970). */
  at: number;
  files: Seen[];
  problems: Problem[];
  warnings: Problem[];
}

export interface Findings {
  problems: Problem[];
  warnings: Problem[];
}

export interface LastCheck {
  /** The last check's findings, when nothing it could have read has changed since; with how many files it looked at. */
  unchanged?: Findings & { files: number };
  /** How many files were read and hashed, their stat not being the one remembered or not to be trusted. */
  hashed: number;
  /**
   * The hash of every readable file's bytes as they were looked at, by path from the root: the
   * check need not read a file again to know its per-file result still holds.
   */
  hashes: ReadonlyMap<string, string>;
  /** Keeps this run's findings, with the files as they were looked at before it ran. Never fails the check. */
  remember(findings: Findings): void;
}

/** The folders whose files the check reads: the content, and the uploads its bodies show. */
const FOLDERS = [join('src', 'content'), UPLOADS_DIR];

const kindOf = (stat: Stats): Seen[1] =>
  stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';

/**
 * Looks at every file under the content and uploads folders of `root`, hashing only those whose
 * stat is not the one remembered, and says whether the last check's findings still hold for `today`.
 * `now` is the clock the moment of looking is read from (a test's runs ahead, as if looking later).
 */
export function lastCheck(root: string, today: string, now: () => number = Date.now): LastCheck {
  const path = join(root, LAST_CHECK_FILE);
  const key = createHash('sha256')
    .update(`${checkerVersion(root)}\u0000${today}`)
    .digest('hex');
  let before: Stored | undefined;
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    if (stored.key === key) before = stored;
  } catch {
    // Never checked here, or a record that cannot be read: check.
  }
  const trusted = new Map<string, Seen>();
  for (const seen of before?.files ?? []) {
    const [file, kind, , mtime, ctime] = seen;
    if (kind === 'file' && mtime < before!.at - RACY_MS && ctime < before!.at - RACY_MS) trusted.set(file, seen);
  }

  const at = now();
  const files: Seen[] = [];
  let hashed = 0;
  // `file` is the path from the root as messages write it, with forward slashes on every system.
  const look = (abs: string, file: string) => {
    let stat: Stats;
    try {
      stat = lstatSync(abs);
    } catch {
      return; // Not there: its absence is part of the listing.
    }
    const kind = kindOf(stat);
    if (kind === 'folder') {
      files.push([file, kind, 0, 0, 0, 0, '']);
      for (const name of readdirSync(abs).sort()) look(join(abs, name), `${file}/${name}`);
      return;
    }
    const same = trusted.get(file);
    const stated = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] as const;
    if (
      kind === 'file' &&
      same &&
      same[2] === stated[0] &&
      same[3] === stated[1] &&
      same[4] === stated[2] &&
      same[5] === stated[3]
    ) {
      files.push(same);
      return;
    }
    let hash = '';
    if (kind === 'file') {
      try {
        hash = hashOf(readFileSync(abs));
        hashed++;
      } catch {
        hash = 'unreadable';
      }
    }
    files.push([file, kind, ...stated, hash]);
  };
  for (const folder of FOLDERS) look(join(root, folder), folder.split('\\').join('/'));

  const write = (findings: Findings) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}`;
      writeFileSync(partial, JSON.stringify({ key, at, files, ...findings } satisfies Stored));
      renameSync(partial, path);
    } catch {
      // A read-only project is still checked in full; only the next run is slower.
    }
  };
  const held =
    before !== undefined &&
    !files.some(([, kind]) => kind === 'link' || kind === 'other') &&
    sameFiles(before.files, files)
      ? { problems: before.problems, warnings: before.warnings }
      : undefined;
  // Files read again to find them unchanged are written down as they are now, to be trusted next time.
  if (held && hashed > 0) write(held);
  const hashes = new Map<string, string>();
  for (const [file, kind, , , , , hash] of files) if (kind === 'file' && hash !== 'unreadable') hashes.set(file, hash);
  return {
    ...(held ? { unchanged: { ...held, files: files.filter(([, kind]) => kind === 'file').length } } : {}),
    hashed,
    hashes,
    remember: write,
  };
}

/** The same files and folders, in the same order, each file's bytes hashing the same. */
function sameFiles(a: Seen[], b: Seen[]): boolean {
  return a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1] && x[6] === b[i]![6]);
}
