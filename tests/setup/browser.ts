// Gets a Chromium for the browser tests, once per run, before any of them starts. Playwright's
// own browser download is not possible everywhere, so when none is on the machine this installs
// one: the distribution's package with apt-get where this machine can install packages (as root,
// or with sudo that asks no password), or else the Chromium that the npm package
// @sparticuz/chromium ships inside itself (Linux x64), unpacked into node_modules/.cache.
// Either is a headless shell, the build Playwright runs headless, which takes the browser tests
// about half the time a full Chromium does. It says in one line what it did, or stops the run
// saying what to do.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium } from 'playwright-core';
import { NO_CHROMIUM, NPM_CHROMIUM, NPM_CHROMIUM_DIR, findChrome } from '../helpers/find-chrome.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chrome or Chromium program the browser tests start. */
    chromePath: string;
  }
}

/** The npm package whose Chromium is unpacked when the machine cannot install one: a release known to start with playwright-core here. */
export const NPM_PACKAGE = '@sparticuz/chromium@153.0.0';

interface Ran {
  ok: boolean;
  output: string;
}

/** Runs a command without blocking (the sites build meanwhile), keeping the tail of what it printed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1) ?? 'no output';

const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;

/** The distribution's name, as /etc/os-release gives it ("Debian"), for the one line. */
function distribution(): string {
  try {
    const name = /^NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    return name?.split(' ')[0] ?? 'the distribution';
  } catch {
    return 'the distribution';
  }
}

/** Starts the browser once and closes it: a Chromium that cannot start here is not used. */
async function starts(path: string): Promise<string | undefined> {
  try {
    const browser = await chromium.launch({ executablePath: path, args: ['--no-sandbox', '--disable-gpu'] });
    await browser.close();
    return undefined;
  } catch (error) {
    return lastLine((error as Error).message);
  }
}

/**
 * Installs the distribution's Chromium headless shell (Debian's chromium-headless-shell), or its
 * chromium where it has no such package. Returns what happened when it could not.
 */
async function installWithApt(): Promise<{ path: string; pkg: string } | { failed: string }> {
  if (process.platform !== 'linux' || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0)
    return { failed: 'this machine has no apt-get' };
  const root = process.getuid?.() === 0;
  if (!root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status !== 0)
    return { failed: 'installing a package needs root, and sudo asks for a password (or is missing)' };
  // sudo resets the environment, so the variable that keeps apt-get from asking questions goes through env.
  const sudo = (args: string[]): [string, string[]] =>
    root ? [args[0]!, args.slice(1)] : ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args]];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another apt-get may hold the lock for a while (an unattended upgrade): wait for it rather than fail.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const update = await run(...sudo(['apt-get', ...lock, 'update', '-qq']), env);
  if (!update.ok) return { failed: `\`apt-get update\` failed: ${lastLine(update.output)}` };
  const known = (pkg: string) => spawnSync('apt-cache', ['show', pkg], { stdio: 'ignore' }).status === 0;
  const pkg = ['chromium-headless-shell', 'chromium'].find(known);
  if (!pkg) return { failed: 'the distribution has no chromium package' };
  const install = await run(...sudo(['apt-get', ...lock, 'install', '-y', '-qq', '--no-install-recommends', pkg]), env);
  if (!install.ok) return { failed: `\`apt-get install ${pkg}\` failed: ${lastLine(install.output)}` };
  // The program the package put on the PATH (/usr/bin/chromium-headless-shell, /usr/bin/chromium).
  const files = spawnSync('dpkg', ['-L', pkg], { encoding: 'utf8' }).stdout ?? '';
  const path = files.split('\n').find((file) => /^\/usr\/bin\/chrom/.test(file) && existsSync(file));
  if (!path) return { failed: `\`apt-get install ${pkg}\` installed no chromium program` };
  const failed = await starts(path);
  return failed ? { failed: `${path}, installed with apt-get, did not start: ${failed}` } : { path, pkg };
}

/** Unpacks a brotli-compressed file, or a brotli-compressed tar archive into a folder. */
async function unbrotli(file: string, to: string, tar: boolean): Promise<void> {
  if (!tar) {
    await pipeline(createReadStream(file), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
    return;
  }
  mkdirSync(to, { recursive: true });
  const untar = spawn('tar', ['-x', '-C', to], { stdio: ['pipe', 'ignore', 'pipe'] });
  let error = '';
  untar.stderr.on('data', (chunk: Buffer) => (error += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    untar.on('error', reject);
    untar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar failed: ${lastLine(error)}`))));
  });
  await pipeline(createReadStream(file), createBrotliDecompress(), untar.stdin);
  await done;
}

/** Fetches the npm package and unpacks its Chromium, with the libraries and fonts it ships. */
async function unpackFromNpm(): Promise<{ path: string } | { failed: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { failed: `${NPM_PACKAGE} ships a Chromium for Linux x64 only, not ${process.platform} ${process.arch}` };
  rmSync(NPM_CHROMIUM_DIR, { recursive: true, force: true });
  const download = join(NPM_CHROMIUM_DIR, 'download');
  mkdirSync(download, { recursive: true });
  const pack = await run('npm', ['pack', NPM_PACKAGE, '--pack-destination', download, '--silent']);
  const tarball = pack.ok ? join(download, lastLine(pack.output)) : '';
  if (!pack.ok || !existsSync(tarball))
    return { failed: `\`npm pack ${NPM_PACKAGE}\` failed: ${lastLine(pack.output)}` };
  const untar = await run('tar', ['-xzf', tarball, '-C', download]);
  if (!untar.ok) return { failed: `unpacking ${tarball} failed: ${lastLine(untar.output)}` };
  const bin = join(download, 'package', 'bin');
  const browser = join(NPM_CHROMIUM_DIR, 'browser');
  try {
    mkdirSync(browser, { recursive: true });
    await Promise.all([
      unbrotli(join(bin, 'chromium.br'), join(browser, 'chromium'), false),
      // The GL libraries it loads from its own folder; the NSS libraries it links to, which a
      // machine without a browser may lack; a font, for a machine with none.
      unbrotli(join(bin, 'swiftshader.tar.br'), browser, true),
      unbrotli(join(bin, 'al2023.tar.br'), NPM_CHROMIUM_DIR, true),
      unbrotli(join(bin, 'fonts.tar.br'), NPM_CHROMIUM_DIR, true),
    ]);
  } catch (error) {
    return { failed: `unpacking the Chromium from ${NPM_PACKAGE} failed: ${(error as Error).message}` };
  }
  // Paths relative to the files themselves, so the folder still works if the project moves.
  writeFileSync(
    join(NPM_CHROMIUM_DIR, 'fonts.conf'),
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir prefix="relative">fonts</dir>\n  <cachedir prefix="relative">fonts-cache</cachedir>\n</fontconfig>\n',
  );
  // The program the tests start: the Chromium, with its libraries, and its font where the machine has no fonts set up.
  writeFileSync(
    NPM_CHROMIUM,
    [
      '#!/bin/sh',
      `# The Chromium unpacked from the npm package ${NPM_PACKAGE} by tests/setup/browser.ts.`,
      'here=$(cd "$(dirname "$0")" && pwd)',
      'export LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"',
      '[ -e /etc/fonts/fonts.conf ] || export FONTCONFIG_FILE="$here/fonts.conf"',
      'exec "$here/browser/chromium" "$@"',
      '',
    ].join('\n'),
  );
  chmodSync(NPM_CHROMIUM, 0o755);
  rmSync(download, { recursive: true, force: true });
  // Shown to start here, or not used at all.
  const failed = await starts(NPM_CHROMIUM);
  if (failed) {
    rmSync(NPM_CHROMIUM_DIR, { recursive: true, force: true });
    return { failed: `the Chromium from ${NPM_PACKAGE} did not start: ${failed}` };
  }
  return { path: NPM_CHROMIUM };
}

/**
 * The Chromium for this run: the one found, or one installed now. PORTAL_CHROME_INSTALL lists the
 * ways to install one, in order (default `apt,npm`; `none` to see the message when nothing works).
 */
export async function getChrome(): Promise<{ path: string; said?: string }> {
  const found = findChrome();
  if (found) return { path: found };
  const ways = (process.env.PORTAL_CHROME_INSTALL ?? 'apt,npm').split(',').map((way) => way.trim());
  const failures: string[] = [];
  for (const way of ways) {
    const started = performance.now();
    if (way === 'apt') {
      const got = await installWithApt();
      if ('path' in got)
        return {
          path: got.path,
          said: `No Chromium was found: installed ${distribution()}'s ${got.pkg} with apt-get (took ${seconds(started)}).`,
        };
      failures.push(`apt-get: ${got.failed}`);
    } else if (way === 'npm') {
      const got = await unpackFromNpm();
      if ('path' in got) {
        const why = failures.length ? ` (${failures.join('; ')})` : '';
        return {
          path: got.path,
          said: `No Chromium was found: unpacked the Chromium in the npm package ${NPM_PACKAGE} into node_modules/.cache (took ${seconds(started)})${why}.`,
        };
      }
      failures.push(`npm: ${got.failed}`);
    }
  }
  const message = [
    NO_CHROMIUM,
    'None could be installed here:',
    ...(failures.length ? failures : ['installing was switched off (PORTAL_CHROME_INSTALL)']).map((f) => `  - ${f}`),
  ].join('\n');
  // The message is the whole story: no stack trace into this file after it.
  throw Object.assign(new Error(message), { stack: `Error: ${message}` });
}
