// Shares the files to check afresh between the main thread and worker threads, one per other
// core. Each thread takes the next few files nobody has taken yet (a counter they share), so a
// worker still loading the checker simply takes fewer. Each file's result comes back as the record
// the cache stores (./cache.ts), and the main thread goes on exactly as for a remembered file.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { collections } from '../contract/index.ts';
import { hashOf, type FileRecord } from './cache.ts';
import { checkFile, recordOf } from './check-file.ts';
import type { ContentFile } from './files.ts';
import type { AllowList } from './personal-data.ts';
import { readOrExplain } from './read.ts';

/** What every thread needs to check its files as the main thread would. */
export interface Share {
  root: string;
  /** The path the site is published under, for links inside bodies. */
  base?: string;
  /** The contact details site.yaml allows. */
  allow: AllowList;
  /** Every file to check afresh; each thread takes some. */
  files: ContentFile[];
}

// A path, not `new URL(…, import.meta.url)`: the build bundles this module (without ever starting a
// worker), and Vite would take that pattern for a file to bundle alongside.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'check-worker.ts');

/**
 * A worker's stack, in MB: less than the main thread's (V8's 984 KB; a worker keeps 192 KB of its
 * own for Node), never more. Content nested thousands of levels deep runs a parser out of stack,
 * which the check reports as a file it cannot read; with a larger stack a worker would pass what
 * the main thread refuses. With a smaller one, a worker runs out first, finds a problem, and
 * leaves the file to the main thread, which then finds exactly what the check on one thread finds.
 */
const STACK_MB = 1;

/** Whether a file's record holds any problem or warning at all. */
const hasFindings = (record: FileRecord) =>
  [record.problems, record.validation, record.personal, record.wording].some((found) => found.length > 0);

/** Files taken at a time: enough that taking them costs nothing, few enough that threads finish together. */
const TAKEN = 16;

/**
 * Checks files from `share` until none are left: each taken file's position in `files` and its
 * record. In a worker (`inWorker`), a file with anything to say is left out, for the main thread.
 */
export function checkTaken(share: Share, next: Int32Array, inWorker: boolean): [number, FileRecord][] {
  const readOptions = { base: share.base, registry: collections };
  const done: [number, FileRecord][] = [];
  for (let from = Atomics.add(next, 0, TAKEN); from < share.files.length; from = Atomics.add(next, 0, TAKEN)) {
    for (const [i, source] of share.files.slice(from, from + TAKEN).entries()) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(source.path);
      } catch {
        continue; // The main thread reads it again, and explains why it cannot.
      }
      const images: [string, boolean][] = [];
      const result = checkFile(readOrExplain(share.root, source, readOptions, bytes, images), {
        registry: collections,
        allow: share.allow,
        translating: source.translates !== undefined,
      });
      const record = recordOf(hashOf(bytes), images, result);
      // A file with anything to say is left to the main thread (see STACK_MB): how deeply a file
      // can nest before its reading runs out of stack must not depend on which thread read it.
      if (record && !(inWorker && hasFindings(record))) done.push([from + i, record]);
    }
  }
  return done;
}

export interface WorkerOptions {
  /** How many workers (default: one for each core but this thread's). */
  workers?: number;
  /** Whether this thread checks files too while the workers start (default true; a test has the workers check them all). */
  alongside?: boolean;
}

/**
 * Each file's record, checked by this thread and the workers together. A file a worker did not
 * finish (it could not start, or failed) is simply missing, and the main thread checks it after.
 */
export async function checkInWorkers(
  share: Share,
  { workers: count = Math.max(1, availableParallelism() - 1), alongside = true }: WorkerOptions = {},
): Promise<Map<ContentFile, FileRecord>> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from(
    { length: count },
    () =>
      new Promise<[number, FileRecord][]>((resolve) => {
        const worker = new Worker(WORKER, { workerData: { share, next }, resourceLimits: { stackSizeMb: STACK_MB } });
        worker.once('message', resolve);
        worker.once('error', () => resolve([]));
        worker.once('exit', () => resolve([]));
      }),
  );
  const done = alongside ? checkTaken(share, next, false) : [];
  for (const theirs of await Promise.all(workers)) done.push(...theirs);
  return new Map(done.map(([i, record]) => [share.files[i]!, record]));
}
