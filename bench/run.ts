// `npm run bench`: builds the portal on generated content of a given size beside a bare Astro site
// of the same entries (bench/baseline), interleaved over several runs, and prints what each cost.
//   npm run bench -- --entries 1000,5000,10000 --runs 3 --seed 7
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { generateContent } from './generate.ts';
import { measure, type Measured } from './measure.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = join(PROJECT, 'bench', 'baseline');
/** Every entry is dated up to this day, and the portal is built as of it, so runs compare like with like. */
const TODAY = '2026-12-01';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-search-bytes': { type: 'boolean', default: false },
  },
});
const sizes = values.entries.split(',').map((n) => Number.parseInt(n, 10));
const runs = Number.parseInt(values.runs, 10);
const seed = Number.parseInt(values.seed, 10);
if (sizes.some((n) => !(n >= 50)) || !(runs >= 1) || Number.isNaN(seed)) {
  console.error('Usage: npm run bench -- --entries 1000[,5000,...] (50 or more) --runs 3 --seed 1');
  process.exit(2);
}

/** A folder laid out like the project, with its own caches and the project's packages linked. */
function projectCopy(from: string, parts: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  for (const part of parts) cpSync(join(from, part), join(root, part), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules')))
    if (!['.astro', '.vite', '.cache'].includes(entry))
      symlinkSync(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
  return root;
}

function freshCaches(root: string) {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(root, dir), { recursive: true, force: true });
}

const env = (extra: Record<string, string>) => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...extra,
});
const astro = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const pagefindBin = join(PROJECT, 'node_modules', '.bin', 'pagefind');

/** The portal built as `npm run build` builds it: Astro, then Pagefind once Astro has exited. */
async function asNpmRunBuild(root: string): Promise<Measured> {
  const site = await measure(process.execPath, [astro, 'build'], {
    cwd: root,
    env: env({ PORTAL_TODAY: TODAY, PORTAL_SEARCH_INDEX: 'after' }),
  });
  if (site.status !== 0) return site;
  const search = await measure(pagefindBin, ['--site', 'dist'], { cwd: root, env: env({}) });
  const peakByName = { ...site.peakByName };
  for (const [name, bytes] of Object.entries(search.peakByName))
    peakByName[name] = Math.max(peakByName[name] ?? 0, bytes);
  return {
    status: search.status,
    output: `${site.output}${search.output}`,
    wallMs: site.wallMs + search.wallMs,
    cpuMs: site.cpuMs + search.cpuMs,
    peakBytes: Math.max(site.peakBytes, search.peakBytes),
    peakByName,
    lines: [
      ...site.lines,
      { at: site.wallMs, text: '[bench] search index started' },
      ...search.lines.map((l) => ({ at: site.wallMs + l.at, text: l.text })),
      { at: site.wallMs + search.wallMs, text: '[bench] search index built' },
    ],
  };
}

interface Phases {
  check?: number;
  sync?: number;
  pages?: number;
  search?: number;
}

/** When each phase began and ended, from the build's log lines. */
function phases(m: Measured): Phases {
  const at = (pattern: RegExp, after = 0) => m.lines.find((l) => l.at >= after && pattern.test(l.text))?.at;
  const syncing = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/);
  const generating = at(/generating static routes/);
  const generated = generating === undefined ? undefined : at(/✓ Completed in/, generating);
  const indexing = at(/\[bench\] search index started/);
  const indexed = at(/\[bench\] search index built/);
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined ? to - from : undefined);
  return {
    check: syncing,
    sync: span(syncing, synced),
    pages: span(generating, generated),
    search: span(indexing, indexed),
  };
}

function htmlPages(dir: string): { path: string; bytes: number }[] {
  const found: { path: string; bytes: number }[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html'))
        found.push({ path: `/${relative(dir, path)}`, bytes: statSync(path).size });
    }
  };
  walk(dir);
  return found.sort((a, b) => b.bytes - a.bytes);
}

/** The bytes a reader's first search fetches, compressed as a host would send them. */
async function firstSearchBytes(dir: string): Promise<number | string> {
  const { findChrome } = await import('../tests/helpers/find-chrome.ts');
  const { serve } = await import('../tests/helpers/serve.ts');
  const path = findChrome();
  if (!path) return 'no Chromium found';
  const { chromium } = await import('playwright-core');
  const site = await serve(dir);
  const browser = await chromium.launch({
    executablePath: path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Pagefind's index and fragments are gzipped already; its script and settings are not.
      bytes += body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
    });
    await page.goto(`${site.origin}/search/?q=support`);
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await site.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seconds = (ms?: number) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`).join('\n');
}

// In the example's one language: the bare Astro baseline has one page per entry, so the portal is
// measured with one too (each language offered builds every page again).
// Read as YAML, not as lines, so `languages` written as a block list goes too.
const siteDocument = parseDocument(readFileSync(join(PROJECT, 'src', 'content', 'site.yaml'), 'utf8'));
siteDocument.delete('languages');
const siteYaml = siteDocument.toString({ lineWidth: 0 });
const summary: string[][] = [
  [
    'entries',
    'portal wall',
    'bare wall',
    'portal CPU',
    'bare CPU',
    'CPU ratio',
    'portal peak',
    'bare peak',
    'cold check',
    'parsers alone',
    'warm check',
    'check after an edit',
  ],
];

const PARSERS_ALONE = join(PROJECT, 'bench', 'parsers-alone.ts');

/** The content read and parsed by the check's two readers and nothing else (bench/parsers-alone.ts). */
async function parsersAlone(root: string): Promise<{ wallMs: number; cpuMs: number }> {
  const run = await measure(process.execPath, [PARSERS_ALONE, root], { cwd: root, env: env({}) });
  const printed = run.output.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !printed.startsWith('{')) {
    console.error(`Parsing the generated content alone failed:\n${run.output.slice(-4000)}`);
    process.exit(1);
  }
  return JSON.parse(printed) as { wallMs: number; cpuMs: number };
}

for (const entries of sizes) {
  const portal = projectCopy(PROJECT, [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'CONTRIBUTING.md',
    'public',
  ]);
  for (const part of readdirSync(join(PROJECT, 'src')))
    if (part !== 'content') cpSync(join(PROJECT, 'src', part), join(portal, 'src', part), { recursive: true });
  cpSync(join(PROJECT, 'bin'), join(portal, 'bin'), { recursive: true });
  const written = generateContent({ entries, seed, root: portal, siteYaml, today: TODAY });
  const bare = projectCopy(BASELINE, ['astro.config.mjs', 'src']);
  const content = join(portal, 'src', 'content');
  console.log(
    `\n${entries} entries (${Object.entries(written.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  );

  // `npm run check` from cold (nothing remembered), then warm (run again with nothing changed), then
  // after one file is edited (a volunteer checking their change, or a pull request's check in CI
  // with the results kept from main), each run. The edit is then undone, and the builds after it
  // reuse what the check found, as a build after the check in CI does.
  const checks = { cold: [] as Measured[], warm: [] as Measured[], edited: [] as Measured[] };
  const parsed: { wallMs: number; cpuMs: number }[] = [];
  const edited = join(content, 'updates', readdirSync(join(content, 'updates')).sort()[0]!);
  const original = readFileSync(edited);
  for (let run = 0; run < runs; run++) {
    rmSync(join(portal, 'node_modules', '.cache', 'portal-check'), { recursive: true, force: true });
    for (const which of ['cold', 'warm', 'edited'] as const) {
      if (which === 'edited')
        appendFileSync(edited, `\n\nThe group met again on run ${run + 1} and agreed what to do next.\n`);
      const check = await measure(process.execPath, [join(portal, 'bin', 'check.ts')], { cwd: portal, env: env({}) });
      if (check.status !== 0) {
        console.error(`The generated content did not pass the content check:\n${check.output.slice(0, 4000)}`);
        process.exit(1);
      }
      checks[which].push(check);
    }
    writeFileSync(edited, original);
    parsed.push(await parsersAlone(portal));
    const [cold, warm, edit] = [checks.cold.at(-1)!, checks.warm.at(-1)!, checks.edited.at(-1)!];
    console.log(
      `  check ${run + 1}: cold ${seconds(cold.wallMs)} wall, ${seconds(cold.cpuMs)} CPU; warm ${seconds(warm.wallMs)} wall, ${seconds(warm.cpuMs)} CPU; after an edit ${seconds(edit.wallMs)} wall, ${seconds(edit.cpuMs)} CPU; parsers alone (one thread) ${seconds(parsed.at(-1)!.wallMs)} wall, ${seconds(parsed.at(-1)!.cpuMs)} CPU`,
    );
  }
  const results = { portal: [] as Measured[], bare: [] as Measured[] };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['portal', 'bare'] as const) : (['bare', 'portal'] as const);
    for (const which of order) {
      const root = which === 'portal' ? portal : bare;
      freshCaches(root);
      const m =
        which === 'portal'
          ? await asNpmRunBuild(root)
          : await measure(process.execPath, [astro, 'build'], { cwd: root, env: env({ BENCH_CONTENT: content }) });
      if (m.status !== 0) {
        console.error(`The ${which} build failed:\n${m.output.slice(-4000)}`);
        process.exit(1);
      }
      results[which].push(m);
      console.log(
        `  run ${run + 1} ${which}: ${seconds(m.wallMs)} wall, ${seconds(m.cpuMs)} CPU, ${megabytes(m.peakBytes)} peak`,
      );
    }
  }

  const of = (ms: Measured[], pick: (m: Measured) => number) => median(ms.map(pick));
  const p = {
    wall: of(results.portal, (m) => m.wallMs),
    cpu: of(results.portal, (m) => m.cpuMs),
    peak: of(results.portal, (m) => m.peakBytes),
  };
  const b = {
    wall: of(results.bare, (m) => m.wallMs),
    cpu: of(results.bare, (m) => m.cpuMs),
    peak: of(results.bare, (m) => m.peakBytes),
  };
  summary.push([
    String(entries),
    seconds(p.wall),
    seconds(b.wall),
    seconds(p.cpu),
    seconds(b.cpu),
    `${(p.cpu / b.cpu).toFixed(2)}×`,
    megabytes(p.peak),
    megabytes(b.peak),
    ...[checks.cold, parsed, checks.warm, checks.edited].map(
      (ms) => `${seconds(median(ms.map((m) => m.wallMs)))} (${seconds(median(ms.map((m) => m.cpuMs)))} CPU)`,
    ),
  ]);

  const last = results.portal.at(-1)!;
  const phase = (key: keyof Phases) => {
    const xs = results.portal.map((m) => phases(m)[key]).filter((x): x is number => x !== undefined);
    return xs.length ? seconds(median(xs)) : '–';
  };
  const barePages = results.bare.map((m) => phases(m).pages).filter((x): x is number => x !== undefined);
  console.log(
    `\n  Phases of the portal's build (median): check and start ${phase('check')}, content sync ${phase('sync')}, ` +
      `page generation ${phase('pages')} (bare Astro ${barePages.length ? seconds(median(barePages)) : '–'}), search index ${phase('search')}`,
  );
  const peaks = Object.entries(last.peakByName)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([name, bytes]) => `${name} ${megabytes(bytes)}`);
  console.log(`  Peak memory of the largest processes (last run): ${peaks.join(', ')}`);
  const pages = htmlPages(join(portal, 'dist'));
  console.log(`  Pages: ${pages.length} from the portal, ${htmlPages(join(bare, 'dist')).length} from bare Astro`);
  console.log(
    `  The five largest pages: ${pages
      .slice(0, 5)
      .map((page) => `${page.path} ${kilobytes(page.bytes)}`)
      .join(', ')}`,
  );
  if (!values['no-search-bytes']) {
    const bytes = await firstSearchBytes(join(portal, 'dist'));
    console.log(`  A first search ("support") fetches: ${typeof bytes === 'number' ? kilobytes(bytes) : bytes}`);
  }
  rmSync(portal, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
}

console.log(
  `\nMedians of ${runs} interleaved run(s); CPU is user and system time of the whole process tree. The checks are wall time, with their CPU; ` +
    `"parsers alone" is every content file parsed by the check's two readers and nothing else, on one thread, without Node's start.\n`,
);
console.log(table(summary));
