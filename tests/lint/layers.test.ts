// The layer rules in eslint.config.js bite: ESLint lints small snippets placed at made-up paths inside each layer,
// each importing a real file of another layer, and reports exactly the imports the layer table forbids.
// The rule works on the path an import names, so a snippet's file need not exist (ESLint's lintText takes the
// path as a name only); the snippets import real files all the same, so the table is tested on the real tree.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

/** Lints `code` as if it were the file at `file` (relative to the project root). */
async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  if (!result) throw new Error(`ESLint returned no result for ${file}`);
  return result.messages;
}

/** An import of `target` (a real file) written from `file`, used so that no unused-import rule fires. */
function importing(file: string, target: string): string {
  let spec = posix.relative(posix.dirname(file), target);
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return `import * as dep from '${spec}';\nexport const used = dep;\n`;
}

/** As `importing`, in an Astro component: in the frontmatter, or in a client-side <script>. */
function importingInAstro(file: string, target: string, where: 'frontmatter' | 'script'): string {
  const spec = posix.relative(posix.dirname(file), target);
  return where === 'frontmatter'
    ? `---\nimport * as dep from '${spec}';\nconst used = Object.keys(dep);\n---\n<p>{used.length}</p>\n`
    : `<p>Hello</p>\n<script>\n  import * as dep from '${spec}';\n  console.log(dep);\n</script>\n`;
}

/** A real source file inside `place` (a folder, or a single file), so the import resolves to a file on disk. */
function realFileIn(place: string): string {
  const absolute = join(ROOT, place);
  if (!existsSync(absolute)) throw new Error(`${place} is not in the project any more: update this test`);
  if (!/\.(ts|mjs|astro)$/.test(place)) {
    const file = readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro)$/.test(name))
      .sort()[0];
    if (!file) throw new Error(`No .ts or .astro file in ${place}: update this test`);
    return posix.join(place, file.split('\\').join('/'));
  }
  return place;
}

/** Where a snippet "lives" in a place: a made-up file in a folder, or the single file itself. */
function probeIn(place: string): string {
  return /\.(ts|mjs)$/.test(place) ? place : `${place}/lint-probe.ts`;
}

// What each rule says, in the words of eslint.config.js; the test fails if a message loses its meaning.
const SAYS = {
  contract: 'src/contract is the bottom layer: it may import only other files in src/contract',
  model: 'src/model is pure: it may import only src/contract.',
  check: 'src/check reads and checks content: it may import only src/contract and src/model.',
  present:
    'src/present turns values into words, routes and chart specs: it may import only src/contract and src/model.',
  client: 'src/client runs in the browser: it may import only src/present, src/model and src/contract.',
  srcToBinOrTests: 'Nothing in src/ may import from bin/ or tests/',
  bin: 'bin/ tools run in Node, outside Astro: they may import src/contract, src/check, src/model and src/present',
} as const;

const SITE = [
  'src/site',
  'src/components',
  'src/layouts',
  'src/pages',
  'src/integrations',
  'src/content.config.ts',
  'astro.config.mjs',
];
const LOWER = ['src/contract', 'src/model', 'src/check', 'src/present', 'src/client'] as const;
type Lower = (typeof LOWER)[number];
const EVERY_PLACE = [...LOWER, ...SITE, 'bin', 'tests'];

/** The layer table: which places each layer may import from (besides itself). */
const MAY_IMPORT: Record<Lower, readonly string[]> = {
  'src/contract': [],
  'src/model': ['src/contract'],
  'src/check': ['src/contract', 'src/model'],
  'src/present': ['src/contract', 'src/model'],
  'src/client': ['src/present', 'src/model', 'src/contract'],
};
const MESSAGE_OF: Record<Lower, string> = {
  'src/contract': SAYS.contract,
  'src/model': SAYS.model,
  'src/check': SAYS.check,
  'src/present': SAYS.present,
  'src/client': SAYS.client,
};

type Case = { from: string; to: string; says: string | null };

/** Every direction the table decides, and the message a forbidden one must give (null: allowed). */
function cases(): Case[] {
  const all: Case[] = [];
  for (const from of LOWER) {
    for (const to of EVERY_PLACE) {
      if (to === from) continue;
      if (to === 'bin' || to === 'tests') all.push({ from, to, says: SAYS.srcToBinOrTests });
      else if (to === 'astro.config.mjs')
        continue; // Not under src/: outside the table.
      else all.push({ from, to, says: MAY_IMPORT[from].includes(to) ? null : MESSAGE_OF[from] });
    }
  }
  for (const from of SITE) {
    for (const to of EVERY_PLACE) {
      if (to === from || to === 'astro.config.mjs') continue;
      all.push({ from, to, says: to === 'bin' || to === 'tests' ? SAYS.srcToBinOrTests : null });
    }
  }
  for (const to of EVERY_PLACE) {
    if (to === 'bin' || to === 'tests') continue; // bin/ to tests/ is not in the table.
    const forbidden = to === 'src/client' || SITE.includes(to);
    all.push({ from: 'bin', to, says: forbidden ? SAYS.bin : null });
  }
  return all;
}

const layerRule = 'portal/layers';

describe('the layer table, as lint errors', () => {
  const forbidden = cases().filter((c) => c.says !== null);
  const allowed = cases().filter((c) => c.says === null);

  it('covers every direction: each lower layer is barred from every higher one', () => {
    // A guard on the matrix itself, so a slip in cases() cannot quietly test nothing.
    expect(forbidden.length).toBeGreaterThan(40);
    expect(allowed.length).toBeGreaterThan(60);
    for (const from of LOWER) expect(forbidden.some((c) => c.from === from && c.to === 'src/pages')).toBe(true);
  });

  it.each(forbidden)('$from may not import from $to', async ({ from, to, says }) => {
    const file = probeIn(from);
    const messages = await lint(file, importing(file, realFileIn(to)));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: layerRule, severity: 2, line: 1 });
    expect(messages[0]?.message).toContain(says);
  });

  it.each(allowed)('$from may import from $to', async ({ from, to }) => {
    const file = probeIn(from);
    // No message at all.
    expect(await lint(file, importing(file, realFileIn(to)))).toEqual([]);
  });

  it('a file imports freely from its own layer', async () => {
    for (const layer of [...LOWER, 'bin']) {
      const file = probeIn(layer);
      expect(await lint(file, importing(file, realFileIn(layer)))).toEqual([]);
    }
  });
});

describe('the examples, spelled out', () => {
  it('src/contract may not import the reader in src/check', async () => {
    const messages = await lint('src/contract/x.ts', importing('src/contract/x.ts', 'src/check/read.ts'));
    expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
    expect(messages[0]?.message).toContain('"../check/read.ts"');
    expect(messages[0]?.message).toContain(SAYS.contract);
  });

  it('src/model may not import routes from src/present, not even a type', async () => {
    const code = `import type { Route } from '../present/routes.ts';\nexport type Used = Route;\n`;
    const messages = await lint('src/model/x.ts', code);
    expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
    expect(messages[0]?.message).toContain(SAYS.model);
  });

  it('src/present may not import the browser code in src/client', async () => {
    const messages = await lint('src/present/x.ts', importing('src/present/x.ts', 'src/client/search.ts'));
    expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
    expect(messages[0]?.message).toContain(SAYS.present);
  });

  it('src/check may not import labels from src/present', async () => {
    const messages = await lint('src/check/x.ts', importing('src/check/x.ts', 'src/present/labels.ts'));
    expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
    expect(messages[0]?.message).toContain(SAYS.check);
  });

  it('src/check may use the day arithmetic in src/model', async () => {
    expect(await lint('src/check/x.ts', importing('src/check/x.ts', 'src/model/days.ts'))).toEqual([]);
  });

  it('an import written with a .js ending, or none, is resolved and checked the same', async () => {
    for (const spec of ['../check/read.js', '../check/read']) {
      const messages = await lint('src/contract/x.ts', `import * as dep from '${spec}';\nexport const used = dep;\n`);
      expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
    }
  });

  it('a dynamic import() and a re-export are checked too', async () => {
    const dynamic = await lint('src/model/x.ts', `export const later = () => import('../present/labels.ts');\n`);
    expect(dynamic.map((m) => m.ruleId)).toEqual([layerRule]);
    const reexport = await lint('src/model/x.ts', `export * from '../check/problem.ts';\n`);
    expect(reexport.map((m) => m.ruleId)).toEqual([layerRule]);
  });

  it('an import is judged by the path it names, even when no such file exists', async () => {
    const messages = await lint(
      'src/contract/x.ts',
      `import * as dep from '../check/no-such-file.ts';\nexport const used = dep;\n`,
    );
    expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
    expect(messages[0]?.message).toContain('which is src/check/no-such-file.ts');
  });
});

describe('astro:* modules', () => {
  const astroFree = [
    ['src/contract', 'src/contract must load outside Astro'],
    ['src/model', 'src/model is pure: no astro:* imports.'],
    ['src/present', 'src/present must run outside Astro'],
  ] as const;

  it.each(astroFree)('%s may not import astro:content', async (layer, says) => {
    const messages = await lint(
      `${layer}/x.ts`,
      `import { getCollection } from 'astro:content';\nexport const used = getCollection;\n`,
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    expect(messages[0]?.message).toContain(says);
  });

  it.each(astroFree)('%s may not import a type from astro:content, nor re-export from it', async (layer, says) => {
    for (const code of [
      `import type { CollectionEntry } from 'astro:content';\nexport type Used = CollectionEntry<'themes'>;\n`,
      `export { getCollection } from 'astro:content';\n`,
      `import 'astro:assets';\n`,
    ]) {
      const messages = await lint(`${layer}/x.ts`, code);
      expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
      expect(messages[0]?.message).toContain(says);
    }
  });

  it.each(astroFree)('%s may not load astro:content with import() or import types from it', async (layer, says) => {
    for (const code of [
      `export const later = () => import('astro:content');\n`,
      `export type Content = typeof import('astro:content');\n`,
    ]) {
      const messages = await lint(`${layer}/x.ts`, code);
      expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
      expect(messages[0]?.message).toContain(says);
    }
  });

  it('the rule covers Astro files in those layers too', async () => {
    const code = `---\nimport { getCollection } from 'astro:content';\nconst all = await getCollection('themes');\n---\n<p>{all.length}</p>\n`;
    const messages = await lint('src/present/x.astro', code);
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
  });

  it('src/contract may import astro/zod', async () => {
    const code = `import { z } from 'astro/zod';\nexport const schema = z.string();\n`;
    expect(await lint('src/contract/x.ts', code)).toEqual([]);
  });

  it('the site and src/check may import astro:content', async () => {
    const code = `import { getCollection } from 'astro:content';\nexport const used = getCollection;\n`;
    for (const file of ['src/site/x.ts', 'src/check/x.ts', 'src/content.config.ts']) {
      expect(await lint(file, code)).toEqual([]);
    }
  });
});

describe('Astro components', () => {
  const component = 'src/components/X.astro';

  it('may import every layer, in the frontmatter and in a client-side script', async () => {
    for (const layer of [...LOWER, 'src/site']) {
      const target = realFileIn(layer);
      expect(await lint(component, importingInAstro(component, target, 'frontmatter'))).toEqual([]);
      expect(await lint(component, importingInAstro(component, target, 'script'))).toEqual([]);
    }
  });

  it.each(['bin', 'tests'])('may not import from %s, in the frontmatter or in a script', async (place) => {
    const target = realFileIn(place);
    for (const where of ['frontmatter', 'script'] as const) {
      const messages = await lint(component, importingInAstro(component, target, where));
      expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
      expect(messages[0]?.message).toContain(SAYS.srcToBinOrTests);
    }
  });

  it('a page may not import from bin/', async () => {
    const page = 'src/pages/x.astro';
    const messages = await lint(page, importingInAstro(page, 'bin/check.ts', 'frontmatter'));
    expect(messages.map((m) => m.ruleId)).toEqual([layerRule]);
  });
});

describe('the real tree', () => {
  it('keeps to the layers: no layer or astro:* error in any file', async () => {
    const results = await eslint.lintFiles(['src', 'bin', 'astro.config.mjs']);
    const layerProblems = results.flatMap((result) =>
      result.messages
        .filter((m) => [layerRule, 'no-restricted-imports', 'no-restricted-syntax'].includes(m.ruleId ?? ''))
        .map((m) => `${relative(ROOT, result.filePath)}:${m.line} ${m.ruleId} ${m.message}`),
    );
    expect(layerProblems).toEqual([]);
  });
});
