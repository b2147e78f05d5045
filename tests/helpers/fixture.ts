// Copies a fixture partnership into a fresh folder laid out like the project, so a test can
// break one thing in it and check what the content check (or the build) says.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(PROJECT, 'tests', 'fixtures');

export interface Copy {
  /** The folder standing in for the project root. */
  root: string;
  /** root/src/content. */
  content: string;
  /** Replaces `from` with `to` in one content file; fails the test if `from` is not there. */
  edit(file: string, from: string | RegExp, to: string): void;
  write(file: string, text: string): void;
  remove(file: string): void;
  rename(file: string, to: string): void;
  read(file: string): string;
  dispose(): void;
}

/** Copies a fixture (a name under tests/fixtures, or an absolute path) into a fresh project folder. */
export function copyFixture(name = 'minimal'): Copy {
  const root = mkdtempSync(join(tmpdir(), 'portal-test-'));
  const content = join(root, 'src', 'content');
  cpSync(isAbsolute(name) ? name : join(FIXTURES, name), content, { recursive: true });
  const at = (file: string) => join(content, file);
  return {
    root,
    content,
    edit(file, from, to) {
      const before = readFileSync(at(file), 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`The fixture edit found nothing to replace in ${file}: ${String(from)}`);
      writeFileSync(at(file), after);
    },
    write(file, text) {
      mkdirSync(dirname(at(file)), { recursive: true });
      writeFileSync(at(file), text);
    },
    remove(file) {
      rmSync(at(file), { recursive: true });
    },
    rename(file, to) {
      renameSync(at(file), at(to));
    },
    read(file) {
      return readFileSync(at(file), 'utf8');
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Makes the copy a buildable project: the real code, linked, with the copy's own content.
 * Only src/content differs from the real project, so a build proves the code relies on no
 * particular content.
 */
export function makeBuildable(copy: Copy): void {
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'CONTRIBUTING.md'])
    cpSync(join(PROJECT, file), join(copy.root, file));
  // The packages are linked one by one, not node_modules whole: Astro and Vite keep caches in
  // node_modules (.astro holds the content a build renders), and builds side by side must not share them.
  mkdirSync(join(copy.root, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry))
      symlinkSync(join(PROJECT, 'node_modules', entry), join(copy.root, 'node_modules', entry));
  }
  for (const part of readdirSync(join(PROJECT, 'src'))) {
    if (part !== 'content') cpSync(join(PROJECT, 'src', part), join(copy.root, 'src', part), { recursive: true });
  }
  cpSync(join(PROJECT, 'public'), join(copy.root, 'public'), { recursive: true });
}

export interface Run {
  status: number | null;
  output: string;
}

/** The environment a child command of the project's runs in. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // Vitest sets BASE_URL, MODE and the like for its own import.meta.env; a child build would
  // read them as its own (Astro lets the environment fill import.meta.env), so they are left out.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Runs a command of the project's (check or build) in the copy, as `npm run` would. */
export function runIn(root: string, args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: childEnv(env) });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** As runIn, without blocking: the global setup runs its builds side by side. */
export function runInBackground(root: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => resolve({ status: null, output: `${output}${error.message}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

export const checkScript = join(PROJECT, 'bin', 'check.ts');
export const astroBin = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
